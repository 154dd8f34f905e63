/**
 * The dashboard calls the benchmark makes, as the dashboard page makes them: every chart for the
 * last reporting year, for the whole programme period and for one partner country with a goal
 * drilled into; the first page of a target's activities; one official indicator's progress; the
 * filter choices; and a coordinator's goal chart, which counts their own partnership only.
 */
import { demoUsers } from '../supabase/demo-users.ts';

export type Viewer = keyof Pick<typeof demoUsers, 'analyst' | 'anna'>;

export interface DashboardCase {
  label: string;
  viewer: Viewer;
  fn: string;
  args: Record<string, string | number>;
  /** Rows from … to of the result, with the exact count, as a paged list asks. */
  page?: { from: number; to: number };
}

const charts = [
  'dashboard_headline', 'dashboard_goals', 'dashboard_targets', 'dashboard_years',
  'dashboard_target_groups', 'dashboard_report_status', 'dashboard_indicator_summary',
];

export function dashboardCases(firstYear: number, lastYear: number): DashboardCase[] {
  const reportingYear = lastYear - 1;
  const period = `${firstYear}–${lastYear}`;
  const wholePeriod = { year_from: firstYear, year_to: lastYear };
  const filterSets: [string, DashboardCase['args']][] = [
    [`${reportingYear}`, { year_from: reportingYear, year_to: reportingYear }],
    [period, wholePeriod],
    [`${period}, KE, goal 5`, { ...wholePeriod, country_code: 'KE', goal_id: 5 }],
  ];
  return [
    ...charts.flatMap((fn) =>
      filterSets.map(([filters, args]): DashboardCase => ({
        label: `${fn} ${filters}`,
        viewer: 'analyst',
        fn,
        // the targets chart is the drill-down into a goal: it always has one
        args: fn === 'dashboard_targets' ? { goal_id: 5, ...args } : args,
      })),
    ),
    {
      label: `dashboard_target_activities 5.5 ${period}, first page`,
      viewer: 'analyst',
      fn: 'dashboard_target_activities',
      args: { target_id: '5.5', ...wholePeriod },
      page: { from: 0, to: 24 },
    },
    { label: `dashboard_indicator_progress 5.5.1 ${period}`, viewer: 'analyst', fn: 'dashboard_indicator_progress', args: { sdg_indicator_id: '5.5.1', ...wholePeriod } },
    { label: 'dashboard_partnerships', viewer: 'analyst', fn: 'dashboard_partnerships', args: {} },
    { label: `dashboard_goals ${period} as a coordinator`, viewer: 'anna', fn: 'dashboard_goals', args: wholePeriod },
  ];
}
