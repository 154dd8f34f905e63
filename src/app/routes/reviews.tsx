import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Form, Link, useOutletContext, useSearchParams } from 'react-router';
import { PageHeading } from '@/components/layout/page-heading';
import { Loading } from '@/components/status/loading';
import { NotFound } from '@/components/status/not-found';
import { paths } from '@/config/paths';
import { applyReviewFilters, queueStates, reviewFiltersSchema, reviewQueueQuery } from '@/features/reports/api/get-review-queue';
import type { Viewer } from '@/features/viewer/api/get-viewer';
import { useFormat } from '@/lib/format';

/** Programme staff only: the reports of a year by state, waiting ones first. */
export function ReviewsRoute() {
  const viewer = useOutletContext<Viewer>();
  if (!viewer.staffRole) return <NotFound />;
  return <ReviewQueue />;
}

function ReviewQueue() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [searchParams] = useSearchParams();
  const filters = reviewFiltersSchema.parse(Object.fromEntries(searchParams));
  const queue = useQuery(reviewQueueQuery(filters.year));
  if (queue.isError) throw queue.error;
  const countryName = (code: string) => new Intl.DisplayNames([i18n.language], { type: 'region' }).of(code) ?? code;
  const rows = queue.data ? applyReviewFilters(queue.data, filters) : [];
  const countries = [...new Set((queue.data ?? []).flatMap((row) => row.country_codes))].sort();
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 8 }, (_, index) => thisYear - index);
  return (
    <>
      <PageHeading>{t('reviews.title')}</PageHeading>
      <p className="lead">{t('reviews.intro')}</p>
      <Form method="get" className="filters" aria-label={t('reviews.filters')}>
        <div className="field">
          <label htmlFor="review-year">{t('reports.year')}</label>
          <select id="review-year" name="year" defaultValue={filters.year}>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="review-country">{t('reviews.country')}</label>
          <select id="review-country" name="country" defaultValue={filters.country ?? ''}>
            <option value="">{t('activities.any')}</option>
            {countries.map((code) => (
              <option key={code} value={code}>
                {countryName(code)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="review-partnership">{t('reviews.partnership')}</label>
          <select id="review-partnership" name="partnership" defaultValue={filters.partnership ?? ''}>
            <option value="">{t('activities.any')}</option>
            {(queue.data ?? []).map((row) => (
              <option key={row.partnership_id} value={row.partnership_id}>
                {row.partnership_name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="review-state">{t('reports.state')}</label>
          <select id="review-state" name="state" defaultValue={filters.state ?? ''}>
            <option value="">{t('activities.any')}</option>
            {queueStates.map((state) => (
              <option key={state} value={state}>
                {t(`reviews.states.${state}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-actions">
          <button type="submit" className="button button-primary">
            {t('activities.apply')}
          </button>
          <Link to="?">{t('activities.clear')}</Link>
        </div>
      </Form>
      {queue.isPending ? (
        <Loading />
      ) : (
        <>
          <dl className="figures" aria-label={t('reviews.byState', { year: filters.year })}>
            {queueStates.map((state) => (
              <div key={state}>
                <dt>{t(`reviews.states.${state}`)}</dt>
                <dd>{format.number(rows.filter((row) => row.status === state).length)}</dd>
              </div>
            ))}
          </dl>
          {rows.length === 0 ? (
            <p>{t('reviews.none')}</p>
          ) : (
            <div className="table-scroll">
              <table className="table">
                <caption className="visually-hidden">{t('reviews.caption', { year: filters.year })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('reviews.partnership')}</th>
                    <th scope="col">{t('reviews.country')}</th>
                    <th scope="col">{t('reports.state')}</th>
                    <th scope="col">{t('reports.submitted')}</th>
                    <th scope="col">{t('reviews.daysWaiting')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.partnership_id}>
                      <th scope="row">
                        <Link to={paths.report.href(row.partnership_id, filters.year)}>{row.partnership_name}</Link>
                      </th>
                      <td>{row.country_codes.map(countryName).join(', ')}</td>
                      <td>{t(`reviews.states.${row.status}`)}</td>
                      <td>{row.submitted_at ? format.date(row.submitted_at) : '—'}</td>
                      <td>{row.days_waiting === null ? '—' : format.number(row.days_waiting)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
