import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { supabase } from '@/lib/supabase';
import { renderWithProviders } from '@/testing/render';
import type { CarriedItem } from '../api/carry-forward';
import { CarriedItems } from './carried-items';

const report = { id: 'report-1', partnership_id: 'partnership-1', year: 2026 };

const base: CarriedItem = {
  id: 'item-1',
  kind: 'activity',
  title: 'Youth council on gender equality',
  source_year: 2025,
  activity_id: 'activity-1',
  result_id: null,
  indicator_id: null,
  comment_id: null,
  decision: null,
  decided_at: null,
  decided_by_name: null,
  continued_as_id: null,
};
const items: CarriedItem[] = [
  base,
  { ...base, id: 'item-2', kind: 'indicator', title: 'Non-revenue water', activity_id: null, result_id: 'result-1', indicator_id: 'indicator-1', decision: 'kept', decided_at: '2026-01-10T10:00:00Z', decided_by_name: 'Erik Johansson' },
  { ...base, id: 'item-3', kind: 'follow_up', title: 'Count participants by age group.', activity_id: null, comment_id: 'comment-1' },
];
const queryData: [string[], unknown][] = [[['reports', 'carried-items', report.id], items]];

describe('CarriedItems', () => {
  afterEach(() => vi.restoreAllMocks());

  it('groups the items by kind, links each to its source and says what was decided', async () => {
    await renderWithProviders(<CarriedItems report={report} canDecide />, { queryData });
    expect(screen.getByRole('heading', { name: 'Carried forward from 2025' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Activities still going on' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Youth council on gender equality' })).toHaveAttribute('href', '/partnerships/partnership-1/activities/activity-1');
    expect(screen.getByRole('link', { name: 'Count participants by age group.' })).toHaveAttribute('href', '/partnerships/partnership-1/reports/2025#comment-comment-1');
    expect(screen.getByText('Kept by Erik Johansson: measured in 2026, with last year’s target.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Non-revenue water/ })).not.toBeInTheDocument();
  });

  it('names each decision after its item, and sends it', async () => {
    const rpc = vi.spyOn(supabase, 'rpc').mockResolvedValue({ data: { ...base, decision: 'continued' }, error: null } as never);
    const { user } = await renderWithProviders(<CarriedItems report={report} canDecide />, { queryData });
    expect(screen.getByRole('button', { name: 'Drop the point “Count participants by age group.”' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue “Youth council on gender equality” in 2026' }));
    await waitFor(() => expect(rpc).toHaveBeenCalledWith('decide_carried_item', { item_id: 'item-1', decision: 'continued' }));
  });

  it('shows decisions without buttons to those who may not decide', async () => {
    await renderWithProviders(<CarriedItems report={report} canDecide={false} />, { queryData });
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.getAllByText('Not decided yet.')).toHaveLength(2);
  });
});
