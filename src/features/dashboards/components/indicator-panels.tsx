import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { paths } from '@/config/paths';
import { programmeFilterArgs, programmeFiltersSearch, type ProgrammeFilters } from '@/lib/programme-filters';
import { dashboardQueries } from '../api/get-dashboard';
import { ChartPanel, LazyBarsChart } from './chart-panel';
import { palette } from './palette';

const percent = (share: number | null) => (share === null ? null : Math.round(share * 100));
/** The years the panels count, as the notes name them: "2025" or "2023–2025". */
const periodOf = (filters: ProgrammeFilters) => (filters.from === filters.to ? String(filters.from) : `${filters.from}–${filters.to}`);

/** Per official SDG indicator: how many partnerships report it and how many reached their target. */
export function IndicatorSummaryPanel({ filters }: { filters: ProgrammeFilters }) {
  const { t } = useTranslation();
  const query = useQuery(dashboardQueries.chart('dashboard_indicator_summary', programmeFilterArgs(filters)));
  const title = t('dashboards.indicators.title');
  return (
    <ChartPanel
      title={title}
      note={`${t('dashboards.indicators.period', { period: periodOf(filters) })} ${t('dashboards.indicators.note')}`}
      query={query}
      fileName="indicator-progress-by-sdg-indicator"
      summary={(rows) => t('dashboards.indicators.summary', { count: rows.length, indicators: rows.reduce((sum, row) => sum + row.indicators, 0), reached: rows.reduce((sum, row) => sum + row.reached, 0) })}
      columns={[
        { label: t('dashboards.indicators.sdgIndicator'), value: (row) => row.sdg_indicator_id, header: true, href: (row) => programmeFiltersSearch(filters, { indicator: row.sdg_indicator_id }) },
        { label: t('dashboards.indicators.reporting'), value: (row) => row.indicators },
        { label: t('dashboards.indicators.withProgress'), value: (row) => row.with_progress },
        { label: t('dashboards.indicators.reached'), value: (row) => row.reached },
        { label: t('dashboards.indicators.medianProgress'), value: (row) => percent(row.median_share) },
      ]}
      chart={(rows) => (
        <LazyBarsChart
          label={title}
          horizontal
          data={rows.map((row) => ({ indicator: row.sdg_indicator_id, reached: row.reached, notYet: row.with_progress - row.reached }))}
          categoryKey="indicator"
          series={[
            { key: 'reached', name: t('dashboards.indicators.reached'), colour: palette.approved, stack: 'indicators' },
            { key: 'notYet', name: t('dashboards.indicators.notYet'), colour: palette.not_started, stack: 'indicators' },
          ]}
        />
      )}
    />
  );
}

/** One official SDG indicator across the partnerships that report it, each by its own rule. */
export function IndicatorProgressPanel({ filters, sdgIndicatorId }: { filters: ProgrammeFilters; sdgIndicatorId: string }) {
  const { t } = useTranslation();
  const query = useQuery(dashboardQueries.indicatorProgress(sdgIndicatorId, programmeFilterArgs(filters)));
  const title = t('dashboards.progress.title', { indicator: sdgIndicatorId });
  const label = (row: { partnership_name: string; title: string }) => `${row.partnership_name}: ${row.title}`;
  return (
    <ChartPanel
      title={title}
      note={`${t('dashboards.indicators.period', { period: periodOf(filters) })} ${t('dashboards.progress.note')}`}
      query={query}
      fileName={`indicator-${sdgIndicatorId}-progress`}
      summary={(rows) => t('dashboards.progress.summary', { count: rows.length, indicator: sdgIndicatorId, reached: rows.filter((row) => (row.share ?? 0) >= 1).length })}
      columns={[
        { label: t('dashboards.progress.indicator'), value: label, header: true, href: (row) => paths.indicator.href(row.partnership_id, row.result_id, row.indicator_id) },
        { label: t('indicators.unit'), value: (row) => row.unit },
        { label: t('indicators.aggregation'), value: (row) => t(`indicators.rules.${row.aggregation}`) },
        { label: t('indicators.baseline'), value: (row) => row.baseline },
        { label: t('indicators.target'), value: (row) => row.target },
        { label: t('indicators.actual'), value: (row) => row.achieved },
        { label: t('dashboards.progress.throughYear'), value: (row) => (row.through_year === null ? null : String(row.through_year)) },
        { label: t('dashboards.progress.percent'), value: (row) => percent(row.share) },
      ]}
      chart={(rows) => (
        <LazyBarsChart
          label={title}
          horizontal
          reference={100}
          data={rows.map((row) => ({ indicator: label(row), percent: percent(row.share) }))}
          categoryKey="indicator"
          series={[{ key: 'percent', name: t('dashboards.progress.percent'), colour: palette.progress }]}
        />
      )}
    />
  );
}
