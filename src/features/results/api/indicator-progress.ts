export const aggregations = ['sum', 'cumulative', 'latest'] as const;
export type Aggregation = (typeof aggregations)[number];

export interface YearFigures {
  year: number;
  target: number | null;
  actual: number | null;
}

interface ProgressInput {
  aggregation: Aggregation;
  higherIsBetter: boolean;
  baseline: number | null;
  /** The totals of each year (not the breakdown by sex). */
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
 * How far an indicator has come, by its aggregation rule:
 * - sum: the years add up; all actual values so far against all yearly targets;
 * - cumulative: each year's value is the running total since the baseline; the latest actual
 *   value against the final target;
 * - latest: only the most recent state counts (a rate, a share, a number of days); the latest
 *   actual value against the target set for that year.
 * For cumulative and latest the share is measured from the baseline, so "lower is better"
 * indicators (days to respond, water lost) come out right without a special case.
 */
export function indicatorProgress({ aggregation, higherIsBetter, baseline, years }: ProgressInput): Progress {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const withActual = sorted.filter((entry) => entry.actual !== null);
  const withTarget = sorted.filter((entry) => entry.target !== null);
  const throughYear = withActual.at(-1)?.year ?? null;

  if (aggregation === 'sum') {
    const achieved = withActual.length > 0 ? withActual.reduce((total, entry) => total + (entry.actual ?? 0), 0) : null;
    const target = withTarget.length > 0 ? withTarget.reduce((total, entry) => total + (entry.target ?? 0), 0) : null;
    return { achieved, throughYear, target, share: ratio(achieved, target, higherIsBetter) };
  }

  const achieved = withActual.at(-1)?.actual ?? null;
  const target =
    aggregation === 'cumulative'
      ? (withTarget.at(-1)?.target ?? null)
      : (withTarget.filter((entry) => throughYear === null || entry.year <= throughYear).at(-1)?.target ?? null);
  const share = baseline !== null && target !== null && achieved !== null && target !== baseline ? (achieved - baseline) / (target - baseline) : ratio(achieved, target, higherIsBetter);
  return { achieved, throughYear, target, share };
}

function ratio(achieved: number | null, target: number | null, higherIsBetter: boolean) {
  if (achieved === null || target === null) return null;
  if (higherIsBetter) return target === 0 ? null : achieved / target;
  return achieved === 0 ? null : target / achieved;
}
