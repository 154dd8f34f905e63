import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { goalsQuery } from '@/lib/sdg/get-goals';
import { targetsQuery } from '@/lib/sdg/get-targets';
import { GoalBrowser } from './goal-browser';

const goals = [
  { id: 5, title_en: 'Gender equality', title_sv: 'Jämställdhet', short_title_en: 'Gender equality', short_title_sv: 'Jämställdhet', colour: '#FF3A21' },
  { id: 16, title_en: 'Peace, justice and strong institutions', title_sv: 'Fredliga och inkluderande samhällen', short_title_en: 'Peace, justice and strong institutions', short_title_sv: 'Fredliga och inkluderande samhällen', colour: '#00689D' },
];
const targets = [
  { id: '5.1', goal_id: 5, text_en: 'End all forms of discrimination against all women and girls', text_sv: 'Avskaffa all diskriminering av kvinnor och flickor' },
  { id: '5.5', goal_id: 5, text_en: 'Ensure women’s full and effective participation', text_sv: 'Säkerställ kvinnors fulla deltagande' },
  { id: '16.7', goal_id: 16, text_en: 'Ensure responsive, inclusive decision-making', text_sv: 'Säkerställ ett inkluderande beslutsfattande' },
];

describe('GoalBrowser', () => {
  it('lists a goal\'s targets with their full text, in the goal\'s colour and number, and adds one', async () => {
    const onPick = vi.fn();
    const { user } = await renderWithProviders(<GoalBrowser onPick={onPick} chosen={['5.1']} />, {
      queryData: [
        [goalsQuery().queryKey, goals],
        [targetsQuery().queryKey, targets],
      ],
    });
    await user.click(screen.getByText('Browse the targets by goal'));
    await user.click(screen.getByRole('button', { name: 'Goal 5: Gender equality' }));
    expect(screen.getByRole('button', { name: 'Goal 5: Gender equality' })).toHaveAttribute('aria-pressed', 'true');
    const list = screen.getByRole('list', { name: 'Targets of goal 5' });
    expect(within(list).getAllByRole('listitem').map((item) => item.querySelector('p')?.textContent)).toEqual([
      '5.1 End all forms of discrimination against all women and girls',
      '5.5 Ensure women’s full and effective participation',
    ]);
    expect(within(list).getByRole('button', { name: '5.1 added' })).toBeDisabled();
    await user.click(within(list).getByRole('button', { name: 'Add 5.5' }));
    expect(onPick).toHaveBeenCalledWith('5.5');
  });
});
