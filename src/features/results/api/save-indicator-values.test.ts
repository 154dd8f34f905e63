import { describe, expect, it } from 'vitest';
import type { IndicatorValue } from './get-results';
import { changedEntries, storedValues, valueGridSchemaFor } from './save-indicator-values';

const stored: IndicatorValue = { id: 'v1', year: 2025, sex: 'total', target_value: 40, actual_value: 27, comment: '', version: 3, updated_at: '2026-01-01T00:00:00Z' };

describe('the value grid', () => {
  it('reads empty cells as no value and refuses negative numbers and text', () => {
    const valueGridSchema = valueGridSchemaFor('number');
    const parsed = valueGridSchema.safeParse({ rows: [{ year: 2025, sex: 'total', target_value: '', actual_value: '12', comment: '' }] });
    expect(parsed.data?.rows[0]).toMatchObject({ target_value: null, actual_value: 12 });
    const refused = valueGridSchema.safeParse({ rows: [{ year: 2025, sex: 'total', target_value: '-1', actual_value: 'many', comment: '' }] });
    expect(refused.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['rows.0.target_value', 'validation.amount'],
      ['rows.0.actual_value', 'validation.amount'],
    ]);
  });

  it('keeps percentages within 0–100', () => {
    const row = { year: 2025, sex: 'total', target_value: '100', actual_value: '100.5', comment: '' };
    const issues = valueGridSchemaFor('percentage').safeParse({ rows: [row] }).error?.issues;
    expect(issues?.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['rows.0.actual_value', 'validation.percentage']]);
    expect(valueGridSchemaFor('number').safeParse({ rows: [row] }).success).toBe(true);
  });

  it('sends only the rows that changed, with the version each was read at', () => {
    const rows = [
      { year: 2025, sex: 'total' as const, target_value: 40, actual_value: 27, comment: '' },
      { year: 2025, sex: 'women' as const, target_value: null, actual_value: null, comment: '' },
      { year: 2026, sex: 'total' as const, target_value: 45, actual_value: null, comment: '' },
    ];
    expect(changedEntries(rows, storedValues([stored]))).toEqual([{ ...rows[2], version: null }]);
    expect(changedEntries([{ ...rows[0], actual_value: null }], storedValues([stored]))).toEqual([{ ...rows[0], actual_value: null, version: 3 }]);
  });
});
