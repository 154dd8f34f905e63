import { describe, expect, it } from 'vitest';
import { indicatorProgress } from './indicator-progress';

const years = (...rows: [number, number | null, number | null][]) => rows.map(([year, target, actual]) => ({ year, target, actual }));

describe('indicatorProgress', () => {
  it('sum: adds up the actual values against the yearly targets', () => {
    const progress = indicatorProgress({ aggregation: 'sum', higherIsBetter: true, baseline: 0, years: years([2023, 30, 33], [2024, 40, 31], [2025, 40, 27]) });
    expect(progress).toEqual({ achieved: 91, throughYear: 2025, target: 110, share: 91 / 110 });
  });

  it('sum: leaves out the targets of years still to come (18 of 20 through 2025, not of 45), and nothing when nothing is reported', () => {
    expect(indicatorProgress({ aggregation: 'sum', higherIsBetter: true, baseline: null, years: years([2025, 20, 18], [2026, 25, null]) })).toEqual({ achieved: 18, throughYear: 2025, target: 20, share: 0.9 });
    expect(indicatorProgress({ aggregation: 'sum', higherIsBetter: true, baseline: null, years: years([2025, 10, null]) })).toEqual({ achieved: null, throughYear: null, target: 10, share: null });
  });

  it('cumulative: the latest running total against the target of its year, from the baseline', () => {
    const progress = indicatorProgress({ aggregation: 'cumulative', higherIsBetter: true, baseline: 0, years: years([2024, 20, 19], [2023, 10, 8], [2025, 35, null]) });
    expect(progress).toEqual({ achieved: 19, throughYear: 2024, target: 20, share: 19 / 20 });
  });

  it('latest: the most recent value against that year\'s target, from the baseline', () => {
    const progress = indicatorProgress({ aggregation: 'latest', higherIsBetter: true, baseline: 21, years: years([2023, 25, 24], [2024, 30, 29], [2025, 33, 31], [2026, 40, null]) });
    expect(progress).toEqual({ achieved: 31, throughYear: 2025, target: 33, share: (31 - 21) / (33 - 21) });
  });

  it('latest, lower is better: falling from the baseline towards the target is progress', () => {
    const progress = indicatorProgress({ aggregation: 'latest', higherIsBetter: false, baseline: 48, years: years([2023, 42, 44], [2024, 38, 40], [2025, 35, 37]) });
    expect(progress.share).toBeCloseTo(11 / 13);
    const noBaseline = indicatorProgress({ aggregation: 'latest', higherIsBetter: false, baseline: null, years: years([2025, 6, 8]) });
    expect(noBaseline.share).toBeCloseTo(0.75);
  });

  it('a target equal to the baseline or zero gives no share rather than a division by zero', () => {
    expect(indicatorProgress({ aggregation: 'latest', higherIsBetter: true, baseline: 5, years: years([2025, 5, 6]) }).share).toBeCloseTo(6 / 5);
    expect(indicatorProgress({ aggregation: 'sum', higherIsBetter: true, baseline: null, years: years([2025, 0, 3]) }).share).toBeNull();
  });
});

// The same cases and figures check the dashboards' SQL in supabase/tests/dashboards.test.ts, so
// the partnership pages and the dashboards apply one rule (there, 2032 lies outside the range).
describe('indicatorProgress, as the dashboards count it', () => {
  it.each([
    { name: 'cumulative from a baseline', aggregation: 'cumulative', higherIsBetter: true, baseline: 5, years: years([2030, 10, 8], [2031, 20, 15]), expected: { achieved: 15, target: 20, throughYear: 2031, share: 0.6667 } },
    { name: 'latest, lower is better', aggregation: 'latest', higherIsBetter: false, baseline: 30, years: years([2030, 25, 28], [2031, 20, null]), expected: { achieved: 28, target: 25, throughYear: 2030, share: 0.4 } },
    { name: 'sum, lower is better', aggregation: 'sum', higherIsBetter: false, baseline: null, years: years([2030, 10, 20]), expected: { achieved: 20, target: 10, throughYear: 2030, share: 0.5 } },
    { name: 'a target and no actual yet', aggregation: 'latest', higherIsBetter: true, baseline: null, years: years([2030, 10, null]), expected: { achieved: null, target: 10, throughYear: null, share: null } },
    { name: 'targets after the last actual value are not yet due', aggregation: 'sum', higherIsBetter: true, baseline: null, years: years([2030, 20, 18], [2031, 25, null]), expected: { achieved: 18, target: 20, throughYear: 2030, share: 0.9 } },
    { name: 'cumulative: the target of the last year with an actual value', aggregation: 'cumulative', higherIsBetter: true, baseline: 0, years: years([2030, 10, 8], [2031, 20, null]), expected: { achieved: 8, target: 10, throughYear: 2030, share: 0.8 } },
    { name: 'the years of the range', aggregation: 'sum', higherIsBetter: true, baseline: null, years: years([2030, 10, 4], [2031, 10, 6]), expected: { achieved: 10, target: 20, throughYear: 2031, share: 0.5 } },
  ] as const)('$name', ({ aggregation, higherIsBetter, baseline, years: values, expected }) => {
    const progress = indicatorProgress({ aggregation, higherIsBetter, baseline, years: [...values] });
    expect({ ...progress, share: progress.share === null ? null : Number(progress.share.toFixed(4)) }).toEqual(expected);
  });
});
