import { describe, expect, it } from 'vitest';
import { caseYear } from './case-year';

describe('caseYear', () => {
  it('counts the project’s years from its first', () => {
    expect(caseYear(2024, { starts_year: 2024, ends_year: 2026 })).toEqual({ number: 1, of: 3 });
    expect(caseYear(2026, { starts_year: 2024, ends_year: 2026 })).toEqual({ number: 3, of: 3 });
    expect(caseYear(2030, { starts_year: 2024, ends_year: null })).toEqual({ number: 7, of: null });
  });

  it('has no number for a year outside the project', () => {
    expect(caseYear(2023, { starts_year: 2024, ends_year: 2026 })).toEqual({ number: null, of: 3 });
    expect(caseYear(2027, { starts_year: 2024, ends_year: 2026 })).toEqual({ number: null, of: 3 });
  });
});
