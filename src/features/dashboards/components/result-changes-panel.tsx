import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { programmeFilterArgs, type ProgrammeFilters } from '@/lib/programme-filters';
import { vocabularies } from '@/lib/vocabularies';
import { dashboardQueries, type ChartRows } from '../api/get-dashboard';
import { ChartPanel, LazyBarsChart } from './chart-panel';
import { palette } from './palette';

const levels = [...vocabularies.change_level, 'not_given'] as const;
const sides = [...vocabularies.change_side, 'not_given'] as const;
type Level = (typeof levels)[number];
type Side = (typeof sides)[number];
type LevelRow = { level: Level; total: number } & Record<Side, number>;

/** One row per level of change (and one for results without), the results of each side beside it. */
export function resultChangeRows(rows: ChartRows<'dashboard_result_changes'>): LevelRow[] {
  return levels.map((level) => {
    const row = { level, total: 0, ...Object.fromEntries(sides.map((side) => [side, 0])) } as LevelRow;
    for (const entry of rows) {
      if ((entry.change_level ?? 'not_given') !== level) continue;
      row[entry.change_side ?? 'not_given'] += entry.results;
      row.total += entry.results;
    }
    return row;
  });
}

/** Results by the level at which they bring change (individual, organisational, societal) and whose change it is. */
export function ResultChangesPanel({ filters }: { filters: ProgrammeFilters }) {
  const { t } = useTranslation();
  const query = useQuery({ ...dashboardQueries.chart('dashboard_result_changes', programmeFilterArgs(filters)), select: resultChangeRows });
  const title = t('dashboards.resultChanges.title');
  const levelName = (level: Level) => (level === 'not_given' ? t('dashboards.resultChanges.notGiven') : t(`results.changeLevels.${level}`));
  const sideName = (side: Side) => (side === 'not_given' ? t('dashboards.resultChanges.notGiven') : t(`results.changeSides.${side}`));
  return (
    <ChartPanel
      title={title}
      note={t('dashboards.resultChanges.note')}
      query={query}
      fileName="results-by-level-of-change"
      summary={(rows) => {
        const count = (level: Level) => rows.find((row) => row.level === level)?.total ?? 0;
        const partner = rows.reduce((sum, row) => sum + row.partner + row.both, 0);
        const total = rows.reduce((sum, row) => sum + row.total, 0);
        return t('dashboards.resultChanges.summary', { count: total, individual: count('individual'), organisational: count('organisational'), societal: count('societal'), partner });
      }}
      columns={[
        { label: t('dashboards.resultChanges.level'), value: (row) => levelName(row.level), header: true },
        ...sides.map((side) => ({ label: sideName(side), value: (row: LevelRow) => row[side] })),
        { label: t('dashboards.resultChanges.total'), value: (row) => row.total },
      ]}
      chart={(rows) => (
        <LazyBarsChart
          label={title}
          horizontal
          data={rows.map((row) => ({ ...row, name: levelName(row.level) }))}
          categoryKey="name"
          series={sides.map((side) => ({ key: side, name: sideName(side), colour: palette[side], stack: 'results' }))}
        />
      )}
    />
  );
}
