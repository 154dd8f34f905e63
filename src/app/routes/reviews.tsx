import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Form, Link, useOutletContext, useSearchParams } from 'react-router';
import { FilterActions, FilterSelect } from '@/components/form/filter-select';
import { PageHeading } from '@/components/layout/page-heading';
import { Loading } from '@/components/status/loading';
import { NotFound } from '@/components/status/not-found';
import { TableFrame } from '@/components/table/table-frame';
import { paths } from '@/config/paths';
import { applyReviewFilters, reviewFiltersSchema, reviewQueueQuery } from '@/features/reports/api/get-review-queue';
import { reportYearStates } from '@/lib/vocabularies';
import type { Viewer } from '@/features/viewer/api/get-viewer';
import { useCountryName } from '@/lib/country-name';
import { useFormat } from '@/lib/format';

/** Programme staff only: every report waiting for review, whatever its year; or the reports of a year by state. */
export function ReviewsRoute() {
  const viewer = useOutletContext<Viewer>();
  if (!viewer.staffRole) return <NotFound />;
  return <ReviewQueue />;
}

function ReviewQueue() {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const [searchParams] = useSearchParams();
  const filters = reviewFiltersSchema.parse(Object.fromEntries(searchParams));
  const queue = useQuery(reviewQueueQuery(filters.year));
  const partnerships = new Map((queue.data ?? []).map((row) => [row.partnership_id, row.partnership_name]));
  if (queue.isError) throw queue.error;
  const rows = queue.data ? applyReviewFilters(queue.data, filters) : [];
  const countries = [...new Set((queue.data ?? []).flatMap((row) => row.country_codes))].sort();
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 8 }, (_, index) => thisYear - index);
  return (
    <>
      <PageHeading>{t('reviews.title')}</PageHeading>
      <p className="lead">{filters.year === undefined ? t('reviews.waitingIntro') : t('reviews.intro')}</p>
      <Form method="get" className="filters" aria-label={t('reviews.filters')}>
        <FilterSelect name="year" label={t('reports.year')} anyLabel={t('reviews.anyYear')} value={filters.year} options={years.map((year) => [String(year), String(year)] as const)} />
        <FilterSelect name="country" label={t('reviews.country')} value={filters.country} options={countries.map((code) => [code, countryName(code)] as const)} />
        <FilterSelect
          name="partnership"
          label={t('reviews.partnership')}
          value={filters.partnership}
          options={[...partnerships]}
        />
        <FilterSelect name="state" label={t('reports.state')} value={filters.state} options={reportYearStates.map((state) => [state, t(`reviews.states.${state}`)] as const)} />
        <FilterActions />
      </Form>
      {queue.isPending ? (
        <Loading />
      ) : (
        <>
          {filters.year !== undefined && (
            <dl className="figures" aria-label={t('reviews.byState', { year: filters.year })}>
              {reportYearStates.map((state) => (
                <div key={state}>
                  <dt>{t(`reviews.states.${state}`)}</dt>
                  <dd>{format.number(rows.filter((row) => row.status === state).length)}</dd>
                </div>
              ))}
            </dl>
          )}
          {rows.length === 0 ? (
            <p>{t('reviews.none')}</p>
          ) : (
            <TableFrame
              caption={filters.year === undefined ? t('reviews.waitingCaption') : t('reviews.caption', { year: filters.year })}
              columns={[t('reviews.partnership'), t('reports.year'), t('reviews.country'), t('reports.state'), t('reports.submitted'), t('reviews.daysWaiting')]}
            >
              {rows.map((row) => (
                <tr key={`${row.partnership_id}-${row.year}`}>
                  <th scope="row">
                    <Link to={paths.report.href(row.partnership_id, row.year)}>{row.partnership_name}</Link>
                  </th>
                  <td>{row.year}</td>
                  <td>{row.country_codes.map(countryName).join(', ')}</td>
                  <td>{t(`reviews.states.${row.status}`)}</td>
                  <td>{row.submitted_at ? format.date(row.submitted_at) : '—'}</td>
                  <td>{row.days_waiting === null ? '—' : format.number(row.days_waiting)}</td>
                </tr>
              ))}
            </TableFrame>
          )}
        </>
      )}
    </>
  );
}
