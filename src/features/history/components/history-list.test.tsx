import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { supabase } from '@/lib/supabase';
import { renderWithProviders } from '@/testing/render';
import { HistoryList } from './history-list';

const value = { id: 'value-1', indicator_id: 'indicator-1', partnership_id: 'partnership-1', year: 2025, sex: 'total', target_value: 40, comment: '' };

/** The history, profiles and indicators tables as a member reads them. */
function fakeTables(history: Record<string, unknown>[]) {
  const rows: Record<string, Record<string, unknown>[]> = {
    history,
    profiles: [{ id: 'anna', full_name: 'Anna Lindqvist' }],
    indicators: [{ id: 'indicator-1', title: 'Women in county decision-making' }],
  };
  vi.spyOn(supabase, 'from').mockImplementation((table: string) => {
    const link: Record<string, unknown> = {};
    for (const step of ['select', 'eq', 'order']) link[step] = () => link;
    link.in = async () => ({ data: rows[table], error: null });
    link.limit = async () => ({ data: rows[table], error: null });
    return link as never;
  });
}

describe('HistoryList', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says which indicator value changed, and from what to what', async () => {
    fakeTables([
      { id: 2, table_name: 'indicator_values', action: 'update', changed_at: '2026-11-02T09:00:00Z', actor_id: 'anna', before: { ...value, actual_value: 31 }, after: { ...value, actual_value: 35.5, comment: 'Counted in May' } },
      { id: 1, table_name: 'indicator_values', action: 'insert', changed_at: '2026-11-01T09:00:00Z', actor_id: 'anna', before: null, after: { ...value, sex: 'women', target_value: null, actual_value: 12 } },
    ]);
    await renderWithProviders(<HistoryList partnershipId="partnership-1" />);
    expect(await screen.findByText(/Anna Lindqvist changed the 2025 value of “Women in county decision-making”: actual 31 → 35.5, comment — → “Counted in May”/)).toBeInTheDocument();
    expect(screen.getByText(/Anna Lindqvist added the 2025 value for women of “Women in county decision-making”: actual 12/)).toBeInTheDocument();
  });
});
