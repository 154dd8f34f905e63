import { describe, expect, it } from 'vitest';
import { deadlineSchema, nextDeadline } from './reporting-deadlines';

describe('the reporting calendar', () => {
  const deadlines = [
    { year: 2026, due_on: '2027-03-31', version: 1 },
    { year: 2024, due_on: '2025-03-31', version: 1 },
    { year: 2025, due_on: '2026-03-31', version: 2 },
  ];

  it('tells the next deadline from a day on, that day included, and none once all have passed', () => {
    expect(nextDeadline(deadlines, '2025-12-01')?.year).toBe(2025);
    expect(nextDeadline(deadlines, '2026-03-31')?.year).toBe(2025);
    expect(nextDeadline(deadlines, '2026-04-01')?.year).toBe(2026);
    expect(nextDeadline(deadlines, '2027-04-01')).toBeNull();
  });

  it('puts a deadline after the year the report is about', () => {
    expect(deadlineSchema.safeParse({ year: 2025, due_on: '2025-12-31' }).error?.issues[0].message).toBe('validation.deadlineAfterYear');
    expect(deadlineSchema.parse({ year: '2025', due_on: '2026-03-31' })).toEqual({ year: 2025, due_on: '2026-03-31' });
  });
});
