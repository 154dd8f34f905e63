import { describe, expect, it } from 'vitest';
import { overviewYear } from './overview-year';

const years = [2028, 2027, 2026, 2025];
const today = new Date('2026-12-02');

describe('overviewYear', () => {
  it('opens a new partnership on the current year, not its last one', () => {
    expect(overviewYear({ years, asked: 0, today })).toBe(2026);
  });

  it('follows the URL, then the latest report', () => {
    expect(overviewYear({ years, asked: 2027, latestReportYear: 2025, today })).toBe(2027);
    expect(overviewYear({ years, asked: 1999, latestReportYear: 2025, today })).toBe(2025);
  });

  it('opens on the last year of a partnership that has ended, or the first of one not yet begun', () => {
    expect(overviewYear({ years: [2024, 2023], asked: 0, today })).toBe(2024);
    expect(overviewYear({ years: [2028, 2027], asked: 0, today })).toBe(2028);
  });
});
