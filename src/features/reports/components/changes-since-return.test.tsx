import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { reportQueries, type ReportChange } from '../api/get-reports';
import { ChangesSinceReturn } from './changes-since-return';

const returnedAt = '2026-03-02T10:00:00Z';
const changes: ReportChange[] = [
  { kind: 'section', key: 'challenges', before: 'Transport.', after: 'Transport, and the rainy season.', returned_at: returnedAt, changed_at: '2026-03-03T09:00:00Z' },
  { kind: 'section', key: 'summary', before: '', after: 'A first summary.', returned_at: returnedAt, changed_at: '2026-03-03T09:00:00Z' },
  {
    kind: 'value',
    key: 'value-1',
    indicator_title: 'Attendance rate of San pupils',
    sex: 'total',
    before: { target_value: 75, actual_value: 71, comment: '' },
    after: { target_value: 75, actual_value: 69, comment: 'From the register.' },
    returned_at: returnedAt,
    changed_at: '2026-03-03T09:00:00Z',
  },
];

const renderChanges = (rows: ReportChange[], language: 'en' | 'sv' = 'en') =>
  renderWithProviders(<ChangesSinceReturn reportId="report-1" />, { queryData: [[reportQueries.changesSinceReturn('report-1').queryKey, rows]], language });

describe('ChangesSinceReturn', () => {
  it('shows each changed section in the report’s order, then and now, and the values in a table', async () => {
    await renderChanges(changes);
    const region = screen.getByRole('region', { name: 'Changed since it was returned on 2 March 2026' });
    expect(within(region).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Summary', 'Challenges']);
    expect(within(region).getByText('(empty)')).toBeInTheDocument();
    const row = within(region).getByRole('row', { name: /Attendance rate of San pupils/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Total', 'target 75, actual 71', 'target 75, actual 69 · From the register.']);
  });

  it('speaks Swedish', async () => {
    await renderChanges(changes, 'sv');
    expect(screen.getByRole('region', { name: 'Ändrat sedan rapporten skickades tillbaka 2 mars 2026' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Attendance rate of San pupils/ })).toHaveTextContent('mål 75, utfall 69 · From the register.');
  });

  it('is not there for a report never returned', async () => {
    const { container } = await renderChanges([]);
    expect(container).toBeEmptyDOMElement();
  });
});
