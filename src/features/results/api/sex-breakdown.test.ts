import { describe, expect, it } from 'vitest';
import { totalFromParts, yearTotals, yearsExceedingTotal } from './sex-breakdown';

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

describe('yearTotals', () => {
  const value = (year: number, sex: 'total' | 'women' | 'men', target_value: number | null, actual_value: number | null) => ({ id: `${year}/${sex}`, year, sex, target_value, actual_value, comment: '', version: 1, updated_at: '' });

  it('counts a number entered only by sex as the sum of its parts, and keeps a stored total', () => {
    const values = [value(2025, 'total', 20, null), value(2025, 'women', null, 11), value(2025, 'men', null, 8), value(2026, 'women', 5, null), value(2024, 'total', 10, 9), value(2024, 'women', 7, 7)];
    expect(yearTotals({ measure: 'number', disaggregated_by_sex: true, indicator_values: values })).toEqual([
      { year: 2024, target: 10, actual: 9 },
      { year: 2025, target: 20, actual: 19 },
      { year: 2026, target: 5, actual: null },
    ]);
  });

  it('does not add up percentages by sex, nor parts left from a breakdown no longer asked for', () => {
    const values = [value(2025, 'women', 70, 72), value(2025, 'men', 60, 64)];
    expect(yearTotals({ measure: 'percentage', disaggregated_by_sex: true, indicator_values: values })).toEqual([{ year: 2025, target: null, actual: null }]);
    expect(yearTotals({ measure: 'number', disaggregated_by_sex: false, indicator_values: values })).toEqual([{ year: 2025, target: null, actual: null }]);
  });
});

describe('totalFromParts', () => {
  it('is the sum by sex where the total is left empty, typed in the language', () => {
    const rows = [row(2025, 'total', '40', ''), row(2025, 'women', '24', '11'), row(2025, 'men', 16, '8'), row(2025, 'other', '', '')];
    expect(totalFromParts(rows, 2025)).toEqual({ target_value: null, actual_value: 19 });
  });
});
