import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Form, Link, useSearchParams } from 'react-router';
import { usePartnershipContext } from '@/app/layout/partnership-layout';
import { FilterActions, FilterSelect } from '@/components/form/filter-select';
import { PageHeading } from '@/components/layout/page-heading';
import { paths } from '@/config/paths';
import { Loading } from '@/components/status/loading';
import { activityKinds, principles } from '@/features/activities/api/activity-vocabulary';
import { activitiesPageSize, activityFiltersSchema, activityQueries, type ActivityRow } from '@/features/activities/api/get-activities';
import { useFormat } from '@/lib/format';
import { PartnershipTabs } from './partnership-tabs';

export function ActivitiesRoute() {
  const { t } = useTranslation();
  const { partnership, role, years } = usePartnershipContext();
  const partnershipId = partnership.id;
  const [searchParams] = useSearchParams();
  const filters = activityFiltersSchema.parse(Object.fromEntries(searchParams));
  const list = useQuery(activityQueries.list(partnershipId, filters));
  if (list.isError) throw list.error;
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / activitiesPageSize)) : 1;
  const pageHref = (page: number) => {
    const next = new URLSearchParams(searchParams);
    next.set('page', String(page));
    return `?${next}`;
  };
  return (
    <>
      <PageHeading>{t('activities.title')}</PageHeading>
      <PartnershipTabs partnershipId={partnershipId} name={partnership.name} />
      <p className="lead">{t('activities.intro', { partnership: partnership.name })}</p>
      {role && (
        <p>
          <Link to={paths.newActivity.href(partnershipId)} className="button button-primary">
            {t('activities.newActivity')}
          </Link>
        </p>
      )}
      <Form method="get" className="filters" aria-label={t('activities.filters')}>
        <FilterSelect name="year" label={t('activities.year')} value={filters.year} options={years.map((year) => [String(year), String(year)])} />
        <FilterSelect name="goal" label={t('activities.goal')} value={filters.goal} options={Array.from({ length: 17 }, (_, index) => [String(index + 1), String(index + 1)])} />
        <FilterSelect name="kind" label={t('activities.kind')} value={filters.kind} options={activityKinds.map((kind) => [kind, t(`activities.kinds.${kind}`)])} />
        <FilterSelect name="principle" label={t('activities.principle')} value={filters.principle} options={principles.map((principle) => [principle, t(`activities.principles.${principle}`)])} />
        <div className="field">
          <label htmlFor="activity-search">{t('activities.search')}</label>
          <input id="activity-search" type="search" name="q" defaultValue={filters.q ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="activity-sort">{t('activities.sort')}</label>
          <select id="activity-sort" name="sort" defaultValue={filters.sort}>
            <option value="newest">{t('activities.sortNewest')}</option>
            <option value="oldest">{t('activities.sortOldest')}</option>
            <option value="title">{t('activities.sortTitle')}</option>
          </select>
        </div>
        <FilterActions />
      </Form>
      {list.isPending ? (
        <Loading />
      ) : (
        <>
          <p role="status">{t('activities.count', { count: list.data.total })}</p>
          {list.data.activities.length === 0 ? (
            <p>{searchParams.size > 0 ? t('activities.empty') : t('activities.none')}</p>
          ) : (
            <ActivityTable partnershipId={partnershipId} activities={list.data.activities} />
          )}
          {pages > 1 && (
            <nav aria-label={t('activities.pagination')} className="pagination">
              {filters.page > 1 && <Link to={pageHref(filters.page - 1)}>{t('activities.previous')}</Link>}
              <span>{t('activities.pageOf', { page: filters.page, pages })}</span>
              {filters.page < pages && <Link to={pageHref(filters.page + 1)}>{t('activities.next')}</Link>}
            </nav>
          )}
        </>
      )}
    </>
  );
}

function ActivityTable({ partnershipId, activities }: { partnershipId: string; activities: ActivityRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-scroll">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('activities.columnTitle')}</th>
            <th scope="col">{t('activities.columnDates')}</th>
            <th scope="col">{t('activities.columnType')}</th>
            <th scope="col">{t('activities.columnParticipants')}</th>
            <th scope="col">{t('activities.columnTargets')}</th>
          </tr>
        </thead>
        <tbody>
          {activities.map((activity) => (
            <tr key={activity.id}>
              <th scope="row">
                <Link to={paths.activity.href(partnershipId, activity.id)}>{activity.title}</Link>
              </th>
              <td>{activity.starts_on === activity.ends_on ? format.date(activity.starts_on) : `${format.date(activity.starts_on)} – ${format.date(activity.ends_on)}`}</td>
              <td>{t(`activities.kinds.${activity.kind}`)}</td>
              <td>{format.number(activity.participants_women + activity.participants_men + activity.participants_other)}</td>
              <td>
                {activity.activity_targets
                  .map((link) => `${link.target_id} (${t(`activities.${link.contribution}`)})`)
                  .join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
