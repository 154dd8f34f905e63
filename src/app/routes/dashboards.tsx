import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeading } from '@/components/layout/page-heading';
import { programmeFiltersSchema, programmeFiltersSearch } from '@/lib/programme-filters';
import { GoalsPanel, TargetsPanel } from '@/features/dashboards/components/goal-panels';
import { HeadlineFigures } from '@/features/dashboards/components/headline-figures';
import { IndicatorProgressPanel, IndicatorSummaryPanel } from '@/features/dashboards/components/indicator-panels';
import { PeopleByYearPanel, PrinciplesPanel, TargetGroupsPanel } from '@/features/dashboards/components/people-panels';
import { ReportStatusPanel } from '@/features/dashboards/components/report-status-panel';
import { targetActivitiesPageSchema } from '@/features/dashboards/api/get-dashboard';
import { TargetActivities } from '@/features/dashboards/components/target-activities';
import { ProgrammeFilterBar } from './programme-filters';

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
      <IndicatorSummaryPanel filters={filters} />
      {filters.indicator && <IndicatorProgressPanel filters={filters} sdgIndicatorId={filters.indicator} />}
    </>
  );
}
