/**
 * The dashboard calls the benchmark makes, as the dashboard page makes them: every chart for the
 * last reporting year, for the whole programme period, for a world region and for one partner
 * country with a goal drilled into; the first page of a target's activities and a page halfway
 * down its list; one official indicator's progress; the filter choices; and a coordinator's goal
 * chart, which counts their own partnership only.
 */
import { demoUsers } from '../supabase/demo-users.ts';

export type Viewer = keyof Pick<typeof demoUsers, 'analyst' | 'anna'>;

export interface DashboardCase {
  label: string;
  viewer: Viewer;
  fn: string;
  args: Record<string, string | number>;
}

const charts = [
  'dashboard_headline', 'dashboard_goals', 'dashboard_targets', 'dashboard_years',
  'dashboard_target_groups', 'dashboard_report_status', 'dashboard_indicator_summary', 'dashboard_result_changes',
];

// The page the app asks for (targetActivitiesPageSize, src/features/dashboards/api/get-dashboard.ts).
const pageSize = 25;

export function dashboardCases(firstYear: number, lastYear: number): DashboardCase[] {
  const reportingYear = lastYear - 1;
  const period = `${firstYear}–${lastYear}`;
  const wholePeriod = { year_from: firstYear, year_to: lastYear };
  const filterSets: [string, DashboardCase['args']][] = [
    [`${reportingYear}`, { year_from: reportingYear, year_to: reportingYear }],
    [period, wholePeriod],
    [`${period}, Africa`, { ...wholePeriod, region: 'africa' }],
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
    ...[
      ['first page', {}],
      // any date and id make a key: this one is the middle of the period, half the list down
      ['a page halfway down', { after_key: `${Math.round((firstYear + lastYear) / 2)}-01-01_00000000-0000-0000-0000-000000000000` }],
    ].map(([page, key]): DashboardCase => ({
      label: `dashboard_target_activities 5.5 ${period}, ${page}`,
      viewer: 'analyst',
      fn: 'dashboard_target_activities',
      args: { target_id: '5.5', ...wholePeriod, ...(key as object), row_limit: pageSize },
    })),
    { label: `dashboard_indicator_progress 5.5.1 ${period}`, viewer: 'analyst', fn: 'dashboard_indicator_progress', args: { sdg_indicator_id: '5.5.1', ...wholePeriod } },
    { label: 'dashboard_partnerships', viewer: 'analyst', fn: 'dashboard_partnerships', args: {} },
    { label: `dashboard_goals ${period} as a coordinator`, viewer: 'anna', fn: 'dashboard_goals', args: wholePeriod },
  ];
}
