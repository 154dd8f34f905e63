import { useTranslation } from 'react-i18next';

export interface Goal {
  id: number;
  short_title_en: string;
  short_title_sv: string;
  colour: string;
}

function luminance(hex: string) {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** White or near-black, whichever contrasts more with the goal's colour (WCAG's formula). */
export function textColourOn(hex: string) {
  const background = luminance(hex);
  const onWhite = 1.05 / (background + 0.05);
  const onInk = (background + 0.05) / (luminance('#1b1f24') + 0.05);
  return onWhite >= onInk ? '#ffffff' : '#1b1f24';
}

/** A goal's number and short title as words ("Goal 5: Gender Equality"), in the page's language. */
export function useGoalName() {
  const { t, i18n } = useTranslation();
  return (goal: Goal) => t('partnership.goal', { number: goal.id, title: i18n.language === 'sv' ? goal.short_title_sv : goal.short_title_en });
}

/** A goal in its official colour, always with its number and name: colour never carries meaning alone. */
export function GoalBadge({ goal }: { goal: Goal }) {
  const goalName = useGoalName();
  return (
    <span className="goal-badge" style={{ ['--goal-colour' as string]: goal.colour, ['--goal-ink' as string]: textColourOn(goal.colour) }}>
      <span className="goal-number" aria-hidden="true">
        {goal.id}
      </span>
      <span className="goal-title">{goalName(goal)}</span>
    </span>
  );
}
