import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/status/loading';
import { useFormat } from '@/lib/format';
import { programmeFilterArgs, type ProgrammeFilters } from '@/lib/programme-filters';
import { dashboardQueries } from '../api/get-dashboard';

/** The programme in five numbers over the chosen years. */
export function HeadlineFigures({ filters }: { filters: ProgrammeFilters }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useQuery(dashboardQueries.chart('dashboard_headline', programmeFilterArgs(filters)));
  if (query.isPending) return <Loading />;
  if (query.isError) return <p role="alert">{t('dashboards.error')}</p>;
  const [figures] = query.data;
  const approvedShare = figures.reports_due === 0 ? null : figures.reports_approved / figures.reports_due;
  const entries = [
    ['partnerships', format.number(figures.partnerships)],
    ['countries', format.number(figures.countries)],
    ['activities', format.number(figures.activities)],
    ['peopleReached', format.number(figures.people_reached)],
    ['reportsApproved', approvedShare === null ? '—' : format.percent(approvedShare)],
  ] as const;
  return (
    <section aria-labelledby="headline-figures">
      <h2 id="headline-figures" className="visually-hidden">
        {t('dashboards.headline.title')}
      </h2>
      <dl className="figures">
        {entries.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`dashboards.headline.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t('dashboards.headline.reports', { approved: figures.reports_approved, count: figures.reports_due })}</p>
    </section>
  );
}
