import { vocabularies, type Vocabulary } from '@/lib/vocabularies';

export const aggregations = vocabularies.aggregation;
export type Aggregation = Vocabulary<'aggregation'>;

export interface YearFigures {
  year: number;
  target: number | null;
  actual: number | null;
}

interface ProgressInput {
  aggregation: Aggregation;
  higherIsBetter: boolean;
  baseline: number | null;
  /** The totals of each year (yearTotals: a number entered only by sex counts as the sum of its parts). */
  years: YearFigures[];
}

export interface Progress {
  /** What has been achieved so far under the rule, and the latest year it includes. */
  achieved: number | null;
  throughYear: number | null;
  /** What it is measured against under the rule. */
  target: number | null;
  /** The share of the way from the baseline to the target: 1 is the target reached. */
  share: number | null;
}

/**
 * How far an indicator has come, by its aggregation rule, up to the last year with an actual
 * value (throughYear): the targets of later years are not yet due, so they do not count.
 * - sum: the years add up; the actual values against the targets of the same years;
 * - cumulative: each year's value is the running total since the baseline; the latest actual
 *   value against the target of that year (or the last one before it);
 * - latest: only the most recent state counts (a rate, a share, a number of days); the latest
 *   actual value against the target of that year (or the last one before it).
 * For cumulative and latest the share is measured from the baseline, so "lower is better"
 * indicators (days to respond, water lost) come out right without a special case.
 * The database counts the same way (private.indicator_period_progress) for reports and dashboards.
 */
export function indicatorProgress({ aggregation, higherIsBetter, baseline, years }: ProgressInput): Progress {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const throughYear = sorted.filter((entry) => entry.actual !== null).at(-1)?.year ?? null;
  const counted = sorted.filter((entry) => throughYear === null || entry.year <= throughYear);
  const withActual = counted.filter((entry) => entry.actual !== null);
  const withTarget = counted.filter((entry) => entry.target !== null);

  if (aggregation === 'sum') {
    const achieved = withActual.length > 0 ? withActual.reduce((total, entry) => total + (entry.actual ?? 0), 0) : null;
    const target = withTarget.length > 0 ? withTarget.reduce((total, entry) => total + (entry.target ?? 0), 0) : null;
    return { achieved, throughYear, target, share: ratio(achieved, target, higherIsBetter) };
  }

  const achieved = withActual.at(-1)?.actual ?? null;
  const target = withTarget.at(-1)?.target ?? null;
  const share = baseline !== null && target !== null && achieved !== null && target !== baseline ? (achieved - baseline) / (target - baseline) : ratio(achieved, target, higherIsBetter);
  return { achieved, throughYear, target, share };
}

function ratio(achieved: number | null, target: number | null, higherIsBetter: boolean) {
  if (achieved === null || target === null) return null;
  if (higherIsBetter) return target === 0 ? null : achieved / target;
  return achieved === 0 ? null : target / achieved;
}
