import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { goalsQuery } from '@/lib/sdg/get-goals';
import { renderWithProviders } from '@/testing/render';
import { overviewQueries } from '../api/get-overview';
import { GoalCounts } from './goal-counts';

const partnershipId = '00000000-0000-4000-c000-000000000001';
const goals = [{ id: 5, title_en: 'Achieve gender equality', title_sv: 'Jämställdhet', short_title_en: 'Gender Equality', short_title_sv: 'Jämställdhet', colour: '#FF3A21' }];
const counts = [{ goal_id: 5, activities_direct: 3, activities_indirect: 1, results_direct: 1, results_indirect: 0 }];

describe.each([
  ['en', 'Goal 5: Gender Equality', 'Goal 5: Gender Equality: activities in 2025'],
  ['sv', 'Mål 5: Jämställdhet', 'Mål 5: Jämställdhet: aktiviteter 2025'],
] as const)('GoalCounts in %s', (language, visible, name) => {
  it('names each goal link starting with the words it shows', async () => {
    await renderWithProviders(<GoalCounts partnershipId={partnershipId} year={2025} />, {
      language,
      queryData: [
        [goalsQuery().queryKey, goals],
        [overviewQueries.goalCounts(partnershipId, 2025).queryKey, counts],
      ],
    });
    const link = screen.getByRole('link', { name });
    expect(link).toHaveTextContent(visible);
    expect(link.getAttribute('aria-label')!.startsWith(visible)).toBe(true);
    expect(link).toHaveAttribute('href', `/partnerships/${partnershipId}/activities?goal=5&year=2025`);
  });
});
