import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { goalsQuery } from '@/lib/sdg/get-goals';
import { targetsQuery } from '@/lib/sdg/get-targets';
import { GoalBadge } from './goal-badge';

/** Browsing the targets goal by goal, in the goals' colours, with each target's full text. */
export function GoalBrowser({ onPick, chosen }: { onPick: (targetId: string) => void; chosen: string[] }) {
  const { t, i18n } = useTranslation();
  const goals = useQuery(goalsQuery());
  const targets = useQuery(targetsQuery());
  const [goalId, setGoalId] = useState<number | null>(null);
  const goalTargets = (targets.data ?? []).filter((target) => target.goal_id === goalId);
  return (
    <details className="goal-browser">
      <summary>{t('targetLinks.browse')}</summary>
      <div role="group" aria-label={t('targetLinks.goals')} className="goal-buttons">
        {(goals.data ?? []).map((goal) => (
          <button key={goal.id} type="button" className="goal-button" aria-pressed={goal.id === goalId} onClick={() => setGoalId(goal.id)}>
            <GoalBadge goal={goal} />
          </button>
        ))}
      </div>
      {goalId !== null && (
        <ul className="goal-targets" aria-label={t('targetLinks.targetsOfGoal', { goal: goalId })}>
          {goalTargets.map((target) => (
            <li key={target.id}>
              <p>
                <strong>{target.id}</strong> {i18n.language === 'sv' ? target.text_sv : target.text_en}
              </p>
              <button type="button" className="button" disabled={chosen.includes(target.id)} onClick={() => onPick(target.id)}>
                {chosen.includes(target.id) ? t('targetLinks.added', { target: target.id }) : t('targetLinks.addThis', { target: target.id })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
