import { useQuery } from '@tanstack/react-query';
import { goalsQuery } from '@/lib/sdg/get-goals';
import { GoalBadge } from './goal-badge';

export function GoalList({ goalIds, label }: { goalIds: number[]; label: string }) {
  const goals = useQuery(goalsQuery());
  const chosen = (goals.data ?? []).filter((goal) => goalIds.includes(goal.id));
  if (chosen.length === 0) return null;
  return (
    <ul className="goal-list" aria-label={label}>
      {chosen.map((goal) => (
        <li key={goal.id}>
          <GoalBadge goal={goal} />
        </li>
      ))}
    </ul>
  );
}
