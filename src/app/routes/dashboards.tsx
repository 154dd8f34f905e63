import type { QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { PageHeading } from '@/components/layout/page-heading';
import { sessionQuery } from '@/features/auth/api/session';
import { programmeChoicesQuery } from '@/features/programme/api/get-programme-choices';
import { goalsQuery } from '@/lib/sdg/get-goals';
import { programmeFilterArgs, programmeFiltersSchema, programmeFiltersSearch } from '@/lib/programme-filters';
import { GoalsPanel, TargetsPanel } from '@/features/dashboards/components/goal-panels';
import { HeadlineFigures } from '@/features/dashboards/components/headline-figures';
import { IndicatorProgressPanel, IndicatorSummaryPanel } from '@/features/dashboards/components/indicator-panels';
import { PeopleByYearPanel, PrinciplesPanel, TargetGroupsPanel } from '@/features/dashboards/components/people-panels';
import { ReportStatusPanel } from '@/features/dashboards/components/report-status-panel';
import { ResultChangesPanel } from '@/features/dashboards/components/result-changes-panel';
import { dashboardQueries, targetActivitiesPageSchema } from '@/features/dashboards/api/get-dashboard';
import { TargetActivities } from '@/features/dashboards/components/target-activities';
import { ProgrammeFilterBar } from './programme-filters';

/**
 * The figures the page opens with, asked for together as the navigation begins. A chart that fails
 * shows its own error, as it does when it loads by itself: one chart does not cost the page.
 */
export const dashboardsLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    // Signed out, the app layout sends the visitor to sign in: there is nothing of theirs to count.
    if (!(await queryClient.ensureQueryData(sessionQuery()))) return null;
    const args = programmeFilterArgs(programmeFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams)));
    await Promise.allSettled([
      queryClient.ensureQueryData(programmeChoicesQuery()),
      queryClient.ensureQueryData(goalsQuery()),
      ...(['dashboard_headline', 'dashboard_goals', 'dashboard_report_status', 'dashboard_years', 'dashboard_target_groups', 'dashboard_indicator_summary', 'dashboard_result_changes'] as const).map((name) =>
        queryClient.ensureQueryData(dashboardQueries.chart(name, args)),
      ),
    ]);
    return null;
  };

/**
 * Changing the filters stays on the page without waiting: the charts keep their previous figures
 * while the new ones load (see dashboardQueries).
 */
export const shouldRevalidate = () => false;

/**
 * The programme's dashboards for everyone signed in: row-level security decides what is counted,
 * so staff see the programme and members their own partnerships.
 */
export function DashboardsRoute() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const filters = programmeFiltersSchema.parse(Object.fromEntries(searchParams));
  const position = targetActivitiesPageSchema.parse(Object.fromEntries(searchParams));
  return (
    <>
      <PageHeading>{t('dashboards.title')}</PageHeading>
      <p className="lead">{t('dashboards.intro', { from: filters.from, to: filters.to })}</p>
      <ProgrammeFilterBar filters={filters} label={t('dashboards.filters')} />
      <HeadlineFigures filters={filters} />
      <GoalsPanel filters={filters} />
      {filters.goal && (
        <>
          <p>
            <Link to={programmeFiltersSearch(filters, { goal: undefined, target: undefined })}>{t('dashboards.allGoals')}</Link>
          </p>
          <TargetsPanel filters={filters} goalId={filters.goal} />
        </>
      )}
      {filters.target && <TargetActivities filters={filters} targetId={filters.target} position={position} />}
      <ReportStatusPanel filters={filters} />
      <PeopleByYearPanel filters={filters} />
      <TargetGroupsPanel filters={filters} />
      <PrinciplesPanel filters={filters} />
      <ResultChangesPanel filters={filters} />
      <IndicatorSummaryPanel filters={filters} />
      {filters.indicator && <IndicatorProgressPanel filters={filters} sdgIndicatorId={filters.indicator} />}
    </>
  );
}
