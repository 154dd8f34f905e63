import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { programmeFilterArgs, programmeFiltersSchema } from '@/lib/programme-filters';
import { dashboardQueries } from '../api/get-dashboard';
import { ResultChangesPanel, resultChangeRows } from './result-changes-panel';

const filters = programmeFiltersSchema.parse({ from: '2024', to: '2025' });
const rows = [
  { change_level: 'individual', change_side: 'partner', results: 2 },
  { change_level: 'organisational', change_side: 'both', results: 1 },
  { change_level: 'organisational', change_side: 'swedish', results: 1 },
  { change_level: null, change_side: null, results: 3 },
] as never;

describe('results by level of change', () => {
  it('puts each level in a row, the sides beside it and results without a level in a row of their own', () => {
    expect(resultChangeRows(rows)).toEqual([
      { level: 'individual', partner: 2, swedish: 0, both: 0, not_given: 0, total: 2 },
      { level: 'organisational', partner: 0, swedish: 1, both: 1, not_given: 0, total: 2 },
      { level: 'societal', partner: 0, swedish: 0, both: 0, not_given: 0, total: 0 },
      { level: 'not_given', partner: 0, swedish: 0, both: 0, not_given: 3, total: 3 },
    ]);
  });

  it('says it in words and in a table, in Swedish too', async () => {
    await renderWithProviders(<ResultChangesPanel filters={filters} />, {
      language: 'sv',
      queryData: [[dashboardQueries.chart('dashboard_result_changes', programmeFilterArgs(filters)).queryKey, rows]],
    });
    expect(
      screen.getByText('7 resultat räknas under perioden: 2 på individnivå, 2 på organisationsnivå och 0 på samhällsnivå; 3 gäller partnerkommunen.'),
    ).toBeInTheDocument();
    const table = screen.getByRole('table');
    const organisational = within(table).getByRole('rowheader', { name: 'Organisationsnivå' }).closest('tr') as HTMLElement;
    expect(within(organisational).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['0', '1', '1', '0', '2']);
  });
});
