import { screen, within } from '@testing-library/react';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { goalsQuery } from '@/lib/sdg/get-goals';
import { catchDownloads } from '@/testing/downloads';
import { renderWithProviders } from '@/testing/render';
import { programmeFilterArgs, programmeFiltersSchema } from '@/lib/programme-filters';
import { dashboardQueries } from '../api/get-dashboard';
import { GoalsPanel } from './goal-panels';

const downloads = catchDownloads();

const filters = programmeFiltersSchema.parse({ from: '2025', to: '2025', country: 'KE' });
const goals = [
  { id: 5, title_en: 'Gender equality', title_sv: 'Jämställdhet', short_title_en: 'Gender Equality', short_title_sv: 'Jämställdhet', colour: '#FF3A21' },
  { id: 16, title_en: 'Peace', title_sv: 'Fred', short_title_en: 'Peace, Justice and Strong Institutions', short_title_sv: 'Fredliga och inkluderande samhällen', colour: '#00689D' },
];
const rows = [
  { goal_id: 5, activities_direct: 3, activities_indirect: 1, results_direct: 2, results_indirect: 0 },
  { goal_id: 16, activities_direct: 0, activities_indirect: 2, results_direct: 0, results_indirect: 1 },
];
const chartKey = dashboardQueries.chart('dashboard_goals', programmeFilterArgs(filters)).queryKey;

describe('GoalsPanel', () => {
  it('has a title, a summary in words, a table whose goals lead to their targets, and a CSV of exactly the table', async () => {
    const { user } = await renderWithProviders(<GoalsPanel filters={filters} />, { queryData: [[chartKey, rows], [goalsQuery().queryKey, goals]] });
    const panel = screen.getByRole('region', { name: 'Contribution by goal' });
    expect(within(panel).getByText(/contribute to 2 goals\. Most activities: 5\. Gender Equality, 3 direct and 1 indirect\./)).toBeInTheDocument();
    const table = within(panel).getByRole('table');
    expect(within(table).getByRole('link', { name: '5. Gender Equality' })).toHaveAttribute('href', '/?from=2025&to=2025&country=KE&goal=5');
    const shown = within(table).getAllByRole('row').map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

    await user.click(within(panel).getByRole('button', { name: 'Download “Contribution by goal” as CSV' }));
    const [{ blob, fileName }] = downloads;
    expect(fileName).toBe('contribution-by-goal.csv');
    // A byte-order mark first, which decoding as UTF-8 then drops.
    expect([...new Uint8Array(await blob.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Papa.parse<string[]>(await blob.text()).data).toEqual(shown);
  });

  it('writes Swedish CSV with semicolons', async () => {
    const { user } = await renderWithProviders(<GoalsPanel filters={filters} />, { queryData: [[chartKey, rows], [goalsQuery().queryKey, goals]], language: 'sv' });
    await user.click(screen.getByRole('button', { name: 'Ladda ned ”Bidrag per mål” som CSV' }));
    const text = await downloads[0].blob.text();
    expect(text.split('\r\n')[1]).toBe('5. Jämställdhet;3;1;2;0');
  });

  it('says so when there is nothing to count', async () => {
    await renderWithProviders(<GoalsPanel filters={filters} />, { queryData: [[chartKey, []], [goalsQuery().queryKey, goals]] });
    expect(screen.getByText('Nothing to count under these filters.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /CSV/ })).not.toBeInTheDocument();
  });
});
