import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { programmeFilterArgs, programmeFiltersSchema } from '@/lib/programme-filters';
import { dashboardQueries, targetActivitiesPageSchema, targetActivitiesPageSize } from '../api/get-dashboard';
import { TargetActivities } from './target-activities';

const filters = programmeFiltersSchema.parse({ from: '2024', to: '2025', goal: '5', target: '5.5' });
const args = programmeFilterArgs(filters);
const key = (day: number) => `2025-01-${String(day).padStart(2, '0')}_00000000-0000-4000-b000-0000000000${String(day).padStart(2, '0')}`;
const rows = Array.from({ length: targetActivitiesPageSize }, (_, index) => ({
  activity_id: `00000000-0000-4000-b000-0000000000${String(30 - index).padStart(2, '0')}`,
  partnership_id: '00000000-0000-4000-c000-000000000001',
  partnership_name: 'Robertsfors – Machakos',
  title: `Activity ${index + 1}`,
  starts_on: '2025-01-01',
  year: 2025,
  contribution: 'direct',
  row_key: key(30 - index),
}));
// 60 activities behind 5.5: three pages
const targets = [{ target_id: '5.5', activities_direct: 40, activities_indirect: 20, results_direct: 0, results_indirect: 0 }];
const targetsKey = dashboardQueries.chart('dashboard_targets', { ...args, goal_id: 5 }).queryKey;

function renderPage(search: Record<string, string>) {
  const position = targetActivitiesPageSchema.parse(search);
  return renderWithProviders(<TargetActivities filters={filters} targetId="5.5" position={position} />, {
    queryData: [
      [dashboardQueries.targetActivities('5.5', args, position).queryKey, rows],
      [targetsKey, targets],
    ],
  });
}

describe('TargetActivities', () => {
  it('on the first page, leads on to the rows after its last one', async () => {
    await renderPage({});
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(nav).getByText('Page 1 of 3')).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Previous page' })).not.toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Next page' })).toHaveAttribute('href', `/?from=2024&to=2025&goal=5&target=5.5&page=1&after=${key(6)}`);
  });

  it('further on, leads back to the rows before its first one, and to the first page without a key', async () => {
    await renderPage({ page: '2', after: key(40) });
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(nav).getByText('Page 3 of 3')).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Previous page' })).toHaveAttribute('href', `/?from=2024&to=2025&goal=5&target=5.5&page=1&before=${key(30)}`);
    expect(within(nav).queryByRole('link', { name: 'Next page' })).not.toBeInTheDocument();
  });

  it('reads a key it cannot use as no key at all', () => {
    expect(targetActivitiesPageSchema.parse({ page: '-3', after: 'x; drop table' })).toEqual({ page: 0 });
  });
});
