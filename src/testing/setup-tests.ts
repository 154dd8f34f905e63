import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, expect } from 'vitest';
import { missingTranslation } from '@/lib/i18n';

// A rendered key that the catalogues lack fails the test that rendered it.
const missing: string[] = [];
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].startsWith(missingTranslation)) missing.push(args[0]);
  consoleError(...args);
};

afterEach(() => {
  cleanup();
  const found = missing.splice(0);
  expect(found, 'translations missing from a catalogue').toEqual([]);
});
