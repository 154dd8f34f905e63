import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useCountryName } from '@/lib/country-name';
import { programmeFilterArgs, type ProgrammeFilters } from '@/lib/programme-filters';
import { dashboardQueries } from '../api/get-dashboard';
import { ChartPanel, LazyBarsChart } from './chart-panel';
import { palette } from './palette';
import { reportYearStates } from '@/lib/vocabularies';


/** The reports of the last year of the range by state, per partner country and overall. */
export function ReportStatusPanel({ filters }: { filters: ProgrammeFilters }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const query = useQuery(dashboardQueries.chart('dashboard_report_status', programmeFilterArgs(filters)));
  const title = t('dashboards.reports.title', { year: filters.to });
  const place = (code: string | null) => (code ? countryName(code) : t('dashboards.reports.overall'));
  return (
    <ChartPanel
      title={title}
      note={t('dashboards.reports.note')}
      query={query}
      fileName={`report-status-${filters.to}`}
      summary={(rows) => {
        const overall = rows.find((row) => row.country_code === null) ?? rows[0];
        const due = reportYearStates.reduce((sum, state) => sum + overall[state], 0);
        return t('dashboards.reports.summary', { year: filters.to, count: due, approved: overall.approved, submitted: overall.submitted, returned: overall.returned, draft: overall.draft, notStarted: overall.not_started });
      }}
      columns={[{ label: t('dashboards.country'), value: (row) => place(row.country_code), header: true }, ...reportYearStates.map((state) => ({ label: t(`reviews.states.${state}`), value: (row: { [key in (typeof reportYearStates)[number]]: number }) => row[state] }))]}
      chart={(rows) => (
        <LazyBarsChart
          label={title}
          horizontal
          data={rows.map((row) => ({ ...row, place: place(row.country_code) }))}
          categoryKey="place"
          series={reportYearStates.map((state) => ({ key: state, name: t(`reviews.states.${state}`), colour: palette[state], stack: 'reports' }))}
        />
      )}
    />
  );
}
