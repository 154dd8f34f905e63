import { describe, expect, it } from 'vitest';
import { yearsExceedingTotal } from './sex-breakdown';

const row = (year: number, sex: string, target_value: number | string | null, actual_value: number | string | null) => ({ year, sex, target_value, actual_value });

describe('yearsExceedingTotal', () => {
  it('finds the years whose breakdown by sex exceeds the total, for targets or actual values', () => {
    const rows = [
      row(2024, 'total', 40, 31), row(2024, 'women', 24, 19), row(2024, 'men', 16, 12),
      row(2025, 'total', 40, '27'), row(2025, 'women', '24', '20'), row(2025, 'men', 16, '9'),
      row(2026, 'total', 10, null), row(2026, 'women', 11, null),
    ];
    expect(yearsExceedingTotal(rows)).toEqual([2025, 2026]);
  });

  it('lets a breakdown add up to less than the total, or stand without one', () => {
    expect(yearsExceedingTotal([row(2025, 'total', 40, 30), row(2025, 'women', 10, 10)])).toEqual([]);
    expect(yearsExceedingTotal([row(2025, 'total', '', ''), row(2025, 'women', 10, 10)])).toEqual([]);
  });
});
