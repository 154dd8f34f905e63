import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/status/loading';
import { TableFrame } from '@/components/table/table-frame';
import { paths } from '@/config/paths';
import { goalsQuery } from '@/lib/sdg/get-goals';
import { GoalBadge, useGoalName } from '@/components/sdg/goal-badge';
import { overviewQueries } from '../api/get-overview';

/** Activities and results per SDG goal in a year, direct and indirect, each goal linking to its activities. */
export function GoalCounts({ partnershipId, year }: { partnershipId: string; year: number }) {
  const { t } = useTranslation();
  const goalName = useGoalName();
  const goals = useQuery(goalsQuery());
  const counts = useQuery(overviewQueries.goalCounts(partnershipId, year));
  if (counts.isPending || goals.isPending) return <Loading />;
  if (counts.isError) throw counts.error;
  if (counts.data.length === 0) return <p>{t('partnership.nothingThisYear', { year })}</p>;
  return (
    <TableFrame caption={t('partnership.countsCaption', { year })} columns={[t('activities.goal'), t('partnership.activitiesDirect'), t('partnership.activitiesIndirect'), t('partnership.resultsDirect'), t('partnership.resultsIndirect')]}>
      {counts.data.map((row) => {
        const goal = goals.data?.find((candidate) => candidate.id === row.goal_id);
        return (
          <tr key={row.goal_id}>
            <th scope="row">
              <Link to={`${paths.activities.href(partnershipId)}?goal=${row.goal_id}&year=${year}`} aria-label={t('partnership.activitiesOfGoal', { goal: goal ? goalName(goal) : row.goal_id, year })}>
                {goal ? <GoalBadge goal={goal} /> : row.goal_id}
              </Link>
            </th>
            <td>{row.activities_direct}</td>
            <td>{row.activities_indirect}</td>
            <td>{row.results_direct}</td>
            <td>{row.results_indirect}</td>
          </tr>
        );
      })}
    </TableFrame>
  );
}
