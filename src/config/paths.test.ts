import { describe, expect, it } from 'vitest';
import { paths, safeNext } from './paths';

describe('safeNext', () => {
  it('follows paths inside the app only', () => {
    expect(safeNext('/partnerships/1')).toBe('/partnerships/1');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });

  it('keeps the page asked for in the sign-in address', () => {
    expect(paths.signIn.href('/partnerships/1?tab=activities')).toBe('/sign-in?next=%2Fpartnerships%2F1%3Ftab%3Dactivities');
    expect(paths.signIn.href('/')).toBe('/sign-in');
  });
});
