import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { goalsQuery } from '@/lib/sdg/get-goals';
import { programmeFilterArgs, programmeFiltersSearch, type ProgrammeFilters } from '@/lib/programme-filters';
import { dashboardQueries, type ChartRows } from '../api/get-dashboard';
import { ChartPanel, LazyBarsChart, type Column } from './chart-panel';
import { palette } from './palette';

interface Contribution {
  activities_direct: number;
  activities_indirect: number;
  results_direct: number;
  results_indirect: number;
}

/** The four counts of a goal or target, as table columns. */
function useContributionColumns<Row extends Contribution>(): Column<Row>[] {
  const { t } = useTranslation();
  return [
    { label: t('partnership.activitiesDirect'), value: (row) => row.activities_direct },
    { label: t('partnership.activitiesIndirect'), value: (row) => row.activities_indirect },
    { label: t('partnership.resultsDirect'), value: (row) => row.results_direct },
    { label: t('partnership.resultsIndirect'), value: (row) => row.results_indirect },
  ];
}

/** Activities in the goals' colours beside results in grey; direct solid, indirect pale. */
interface ContributionChartProps {
  label: string;
  rows: (Contribution & Record<string, string | number>)[];
  categoryKey: string;
  colourOf: (category: string | number | null) => string | undefined;
  /** Where a bar leads when clicked. */
  hrefOf: (row: Contribution & Record<string, string | number>) => string;
}

function ContributionChart({ label, rows, categoryKey, colourOf, hrefOf }: ContributionChartProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <LazyBarsChart
      label={label}
      data={rows}
      categoryKey={categoryKey}
      categoryColour={colourOf}
      onSelect={(index) => navigate(hrefOf(rows[index]))}
      series={[
        { key: 'activities_direct', name: t('partnership.activitiesDirect'), colour: palette.activities, stack: 'activities', inCategoryColour: true },
        { key: 'activities_indirect', name: t('partnership.activitiesIndirect'), colour: palette.activities, stack: 'activities', pale: true, inCategoryColour: true },
        { key: 'results_direct', name: t('partnership.resultsDirect'), colour: palette.results, stack: 'results' },
        { key: 'results_indirect', name: t('partnership.resultsIndirect'), colour: palette.results, stack: 'results', pale: true },
      ]}
    />
  );
}

const total = (row: Contribution) => row.activities_direct + row.activities_indirect;

function useGoalNames() {
  const { i18n } = useTranslation();
  const goals = useQuery(goalsQuery());
  const goalOf = (id: number) => goals.data?.find((goal) => goal.id === id);
  return {
    name: (id: number) => {
      const goal = goalOf(id);
      return goal ? `${id}. ${i18n.language === 'sv' ? goal.short_title_sv : goal.short_title_en}` : String(id);
    },
    colour: (id: string | number | null) => goalOf(Number(id))?.colour,
  };
}

/** Contribution by goal; a goal's row leads to its targets. */
export function GoalsPanel({ filters }: { filters: ProgrammeFilters }) {
  const { t } = useTranslation();
  const goals = useGoalNames();
  const query = useQuery(dashboardQueries.chart('dashboard_goals', programmeFilterArgs(filters)));
  const contribution = useContributionColumns<ChartRows<'dashboard_goals'>[number]>();
  const goalHref = (goalId: number) => programmeFiltersSearch(filters, { goal: goalId, target: undefined });
  return (
    <ChartPanel
      title={t('dashboards.goals.title')}
      note={t('dashboards.goals.note')}
      query={query}
      fileName="contribution-by-goal"
      summary={(rows) => {
        const top = [...rows].sort((a, b) => total(b) - total(a))[0];
        return t('dashboards.goals.summary', { count: rows.length, goal: goals.name(top.goal_id), direct: top.activities_direct, indirect: top.activities_indirect });
      }}
      columns={[{ label: t('activities.goal'), value: (row) => goals.name(row.goal_id), header: true, href: (row) => goalHref(row.goal_id) }, ...contribution]}
      chart={(rows) => (
        <ContributionChart
          label={t('dashboards.goals.title')}
          rows={rows.map((row) => ({ ...row, goal: String(row.goal_id) }))}
          categoryKey="goal"
          colourOf={goals.colour}
          hrefOf={(row) => goalHref(Number(row.goal))}
        />
      )}
    />
  );
}

/** The targets of the chosen goal; a target's row leads to the activities behind it. */
export function TargetsPanel({ filters, goalId }: { filters: ProgrammeFilters; goalId: number }) {
  const { t } = useTranslation();
  const goals = useGoalNames();
  const query = useQuery(dashboardQueries.chart('dashboard_targets', programmeFilterArgs(filters)));
  const contribution = useContributionColumns<ChartRows<'dashboard_targets'>[number]>();
  const goal = goals.name(goalId);
  const targetHref = (targetId: string) => programmeFiltersSearch(filters, { target: targetId });
  return (
    <ChartPanel
      title={t('dashboards.targets.title', { goal })}
      query={query}
      fileName={`contribution-by-target-goal-${goalId}`}
      summary={(rows) => {
        const top = [...rows].sort((a, b) => total(b) - total(a))[0];
        return t('dashboards.targets.summary', { count: rows.length, goal, target: top.target_id, direct: top.activities_direct, indirect: top.activities_indirect });
      }}
      columns={[{ label: t('dashboards.target'), value: (row) => row.target_id, header: true, href: (row) => targetHref(row.target_id) }, ...contribution]}
      chart={(rows) => (
        <ContributionChart label={t('dashboards.targets.title', { goal })} rows={rows} categoryKey="target_id" colourOf={() => goals.colour(goalId)} hrefOf={(row) => targetHref(String(row.target_id))} />
      )}
    />
  );
}
