import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/status/loading';
import { TableFrame } from '@/components/table/table-frame';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/format';
import { programmeFilterArgs, programmeFiltersSearch, type ProgrammeFilters } from '@/lib/programme-filters';
import { dashboardQueries, goalOfTarget, targetActivitiesPageSize, targetTotal, type TargetActivitiesPage } from '../api/get-dashboard';

/**
 * The activities behind a target, newest first, a page at a time. Their number is the target's row
 * of the targets chart under the same filters, which the drill-down has loaded already. The next
 * page starts after this one's last row, the previous one ends before its first.
 */
export function TargetActivities({ filters, targetId, position }: { filters: ProgrammeFilters; targetId: string; position: TargetActivitiesPage }) {
  const { t } = useTranslation();
  const format = useFormat();
  const args = programmeFilterArgs(filters);
  const query = useQuery(dashboardQueries.targetActivities(targetId, args, position));
  const targets = useQuery(dashboardQueries.chart('dashboard_targets', { ...args, goal_id: goalOfTarget(targetId) }));
  const total = targets.data ? targetTotal(targets.data, targetId) : 0;
  const pages = Math.max(1, Math.ceil(total / targetActivitiesPageSize));
  const { page } = position;
  const pageHref = (to: number, key?: ['after' | 'before', string]) =>
    `${programmeFiltersSearch(filters, {})}&page=${to}${to > 0 && key ? `&${key[0]}=${encodeURIComponent(key[1])}` : ''}`;
  return (
    <section className="chart-panel" aria-labelledby="target-activities">
      <h2 id="target-activities">{t('dashboards.targetActivities.title', { target: targetId })}</h2>
      {query.isPending || targets.isPending ? (
        <Loading />
      ) : query.isError || targets.isError ? (
        <p role="alert">{t('dashboards.error')}</p>
      ) : query.data.length === 0 ? (
        <p>{t('dashboards.empty')}</p>
      ) : (
        <>
          <p className="chart-summary">{t('dashboards.targetActivities.summary', { count: total, target: targetId })}</p>
          <TableFrame caption={t('dashboards.targetActivities.title', { target: targetId })} columns={[t('activities.columnTitle'), t('dashboards.partnership'), t('activities.startsOn'), t('dashboards.contribution')]}>
            {query.data.map((row) => (
              <tr key={row.activity_id}>
                <th scope="row">
                  <Link to={paths.activity.href(row.partnership_id, row.activity_id)}>{row.title}</Link>
                </th>
                <td>{row.partnership_name}</td>
                <td>{format.date(row.starts_on)}</td>
                <td>{t(`activities.${row.contribution === 'direct' ? 'direct' : 'indirect'}`)}</td>
              </tr>
            ))}
          </TableFrame>
          {pages > 1 && (
            <nav className="pagination" aria-label={t('activities.pagination')}>
              {page > 0 && <Link to={pageHref(page - 1, ['before', query.data[0].row_key])}>{t('activities.previous')}</Link>}
              <span>{t('activities.pageOf', { page: page + 1, pages })}</span>
              {page + 1 < pages && query.data.length === targetActivitiesPageSize && (
                <Link to={pageHref(page + 1, ['after', query.data[query.data.length - 1].row_key])}>{t('activities.next')}</Link>
              )}
            </nav>
          )}
        </>
      )}
    </section>
  );
}
