import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { programmeFilterArgs, principles, type ProgrammeFilters } from '@/lib/programme-filters';
import { vocabularies } from '@/lib/vocabularies';
import { dashboardQueries } from '../api/get-dashboard';
import { ChartPanel, LazyBarsChart, type Column } from './chart-panel';
import { palette } from './palette';

const sexes = [
  ['participants_women', 'women'],
  ['participants_men', 'men'],
  ['participants_other', 'other'],
] as const;
const stages = vocabularies.localisation_stage;

type People = { [key in (typeof sexes)[number][0]]: number } & { activities: number };
const people = (row: People) => row.participants_women + row.participants_men + row.participants_other;

function usePeopleColumns<Row extends People>(): Column<Row>[] {
  const { t } = useTranslation();
  return [
    { label: t('dashboards.activities'), value: (row) => row.activities },
    ...sexes.map(([key, sex]) => ({ label: t(`activities.${sex}`), value: (row: Row) => row[key] })),
    { label: t('dashboards.people.total'), value: (row) => people(row) },
  ];
}

function usePeopleSeries() {
  const { t } = useTranslation();
  return sexes.map(([key, sex]) => ({ key, name: t(`activities.${sex}`), colour: palette[sex], stack: 'people' }));
}

/** Participants by sex, year by year. */
export function PeopleByYearPanel({ filters }: { filters: ProgrammeFilters }) {
  const { t } = useTranslation();
  const query = useQuery(dashboardQueries.chart('dashboard_years', programmeFilterArgs(filters)));
  const columns = usePeopleColumns<NonNullable<typeof query.data>[number]>();
  const series = usePeopleSeries();
  return (
    <ChartPanel
      title={t('dashboards.people.title')}
      query={query}
      fileName="participants-by-sex"
      summary={(rows) => {
        const sum = (pick: (row: People) => number) => rows.reduce((total, row) => total + pick(row), 0);
        return t('dashboards.people.summary', { people: sum(people), women: sum((row) => row.participants_women), men: sum((row) => row.participants_men), other: sum((row) => row.participants_other), activities: sum((row) => row.activities) });
      }}
      columns={[{ label: t('reports.year'), value: (row) => String(row.year), header: true }, ...columns]}
      chart={(rows) => <LazyBarsChart label={t('dashboards.people.title')} data={rows.map((row) => ({ ...row, year: String(row.year) }))} categoryKey="year" series={series} />}
    />
  );
}

/** Participants by sex per target group. */
export function TargetGroupsPanel({ filters }: { filters: ProgrammeFilters }) {
  const { t } = useTranslation();
  const query = useQuery(dashboardQueries.chart('dashboard_target_groups', programmeFilterArgs(filters)));
  const columns = usePeopleColumns<NonNullable<typeof query.data>[number]>();
  const series = usePeopleSeries();
  const group = (key: string) => t(`activities.groups.${key}`);
  return (
    <ChartPanel
      title={t('dashboards.targetGroups.title')}
      note={t('dashboards.targetGroups.note')}
      query={query}
      fileName="participants-by-target-group"
      summary={(rows) => t('dashboards.targetGroups.summary', { count: rows.length, group: group(rows[0].target_group), activities: rows[0].activities })}
      columns={[{ label: t('activities.targetGroups'), value: (row) => group(row.target_group), header: true }, ...columns]}
      chart={(rows) => <LazyBarsChart label={t('dashboards.targetGroups.title')} horizontal data={rows.map((row) => ({ ...row, group: group(row.target_group) }))} categoryKey="group" series={series} />}
    />
  );
}

/** Activities per principle and per localisation stage, year by year. */
export function PrinciplesPanel({ filters }: { filters: ProgrammeFilters }) {
  const { t } = useTranslation();
  const query = useQuery(dashboardQueries.chart('dashboard_years', programmeFilterArgs(filters)));
  const kinds = [
    ...principles.map((key) => ({ key, name: t(`activities.principles.${key}`) })),
    ...stages.map((key) => ({ key, name: t(`activities.stages.${key}`) })),
  ];
  return (
    <ChartPanel
      title={t('dashboards.principles.title')}
      note={t('dashboards.principles.note')}
      query={query}
      fileName="principles-and-stages"
      summary={(rows) => {
        const covered = (key: (typeof kinds)[number]['key']) => rows.reduce((sum, row) => sum + row[key], 0);
        const principleTotals = principles.map((key) => `${t(`activities.principles.${key}`)} ${covered(key)}`).join(', ');
        const stageTotals = stages.map((key) => `${t(`activities.stages.${key}`)} ${covered(key)}`).join(', ');
        return t('dashboards.principles.summary', { principles: principleTotals, stages: stageTotals });
      }}
      columns={[{ label: t('reports.year'), value: (row) => String(row.year), header: true }, { label: t('dashboards.activities'), value: (row) => row.activities }, ...kinds.map((kind) => ({ label: kind.name, value: (row: NonNullable<typeof query.data>[number]) => row[kind.key] }))]}
      chart={(rows) => (
        <LazyBarsChart
          label={t('dashboards.principles.title')}
          data={rows.map((row) => ({ ...row, year: String(row.year) }))}
          categoryKey="year"
          series={kinds.map((kind) => ({ key: kind.key, name: kind.name, colour: palette[kind.key], stack: principles.includes(kind.key as (typeof principles)[number]) ? undefined : 'stages' }))}
        />
      )}
    />
  );
}
