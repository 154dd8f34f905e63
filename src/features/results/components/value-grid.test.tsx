import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { supabase } from '@/lib/supabase';
import { renderWithProviders } from '@/testing/render';
import type { Indicator } from '../api/get-results';
import { ValueGrid } from './value-grid';

const indicator: Indicator = {
  id: 'indicator-1',
  result_id: 'result-1',
  partnership_id: 'partnership-1',
  title: 'Share of women on county committees',
  sdg_indicator_id: '5.5.1',
  measure: 'percentage',
  unit: '%',
  aggregation: 'latest',
  higher_is_better: true,
  baseline_year: 2022,
  baseline_value: 21,
  disaggregated_by_sex: false,
  version: 1,
  updated_at: '2026-01-01T00:00:00Z',
  indicator_values: [{ id: 'value-2024', year: 2024, sex: 'total', target_value: 30, actual_value: 29, comment: '', version: 4, updated_at: '2025-02-01T00:00:00Z' }],
};

const renderGrid = (overrides: Partial<Indicator> = {}, language: 'en' | 'sv' = 'en', frozen: ReadonlyMap<number, 'submitted' | 'approved'> = new Map([[2024, 'submitted']])) =>
  renderWithProviders(<ValueGrid indicator={{ ...indicator, ...overrides }} years={[2024, 2025]} frozenYears={frozen} canEdit />, { language });
const saved = () => vi.spyOn(supabase, 'rpc').mockResolvedValue({ data: [], error: null, count: null, status: 200, statusText: 'OK' } as never);
const entriesSent = (rpc: ReturnType<typeof saved>) => (rpc.mock.calls.at(-1)?.[1] as { entries: object[] }).entries;
const people = { measure: 'number' as const, unit: 'people', aggregation: 'sum' as const, disaggregated_by_sex: true, baseline_value: 0 };

describe('ValueGrid', () => {
  beforeEach(() => window.localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('shows the stored values, and keeps the rows of a frozen year read-only', async () => {
    await renderGrid();
    expect(screen.getByLabelText('Target 2024')).toHaveValue('30');
    expect(screen.getByLabelText('Actual 2024')).toBeDisabled();
    expect(screen.getByLabelText('Actual 2025')).toBeEnabled();
    expect(screen.getByRole('rowheader', { name: /2024/ })).toHaveTextContent('2024 · report submitted');
  });

  it('says an approved year is approved, not submitted', async () => {
    await renderGrid({}, 'sv', new Map([[2024, 'approved']]));
    expect(screen.getByRole('rowheader', { name: /2024/ })).toHaveTextContent('2024 · rapporten godkänd');
    expect(screen.getByLabelText('Utfall 2024')).toBeDisabled();
  });

  it('refuses a percentage over 100 next to its cell', async () => {
    const rpc = vi.spyOn(supabase, 'rpc');
    const { user } = await renderGrid();
    await user.type(screen.getByLabelText('Target 2025'), '120');
    await user.click(screen.getByRole('button', { name: 'Save the values' }));
    expect(screen.getByLabelText('Target 2025')).toHaveAccessibleDescription('A percentage lies between 0 and 100.');
    expect(rpc).not.toHaveBeenCalled();
  });

  it('sends only the changed years, each with the version it was read at', async () => {
    const rpc = vi.spyOn(supabase, 'rpc').mockResolvedValue({ data: [], error: null, count: null, status: 200, statusText: 'OK' } as never);
    const { user } = await renderGrid();
    await user.type(screen.getByLabelText('Target 2025'), '35');
    await user.type(screen.getByLabelText('Note 2025'), 'New committee rules');
    await user.click(screen.getByRole('button', { name: 'Save the values' }));
    await waitFor(() =>
      expect(rpc).toHaveBeenCalledWith('save_indicator_values', {
        indicator_id: 'indicator-1',
        entries: [{ year: 2025, sex: 'total', target_value: 35, actual_value: null, comment: 'New committee rules', version: null }],
      }),
    );
  });

  it('has a row per sex when the indicator is disaggregated, and only comments when it is qualitative', async () => {
    const disaggregated = await renderGrid({ disaggregated_by_sex: true });
    expect(screen.getByLabelText('Actual 2025 (Women)')).toBeInTheDocument();
    expect(screen.getByLabelText('Actual 2025 (Other or not stated)')).toBeInTheDocument();
    disaggregated.unmount();
    await renderGrid({ measure: 'qualitative' });
    expect(screen.queryByLabelText('Target 2025')).toBeNull();
    expect(screen.getByLabelText('Note 2025')).toBeEnabled();
  });

  it('labels the comment column as the partnership\'s own note on the value', async () => {
    await renderGrid();
    expect(screen.getByRole('columnheader', { name: 'The partnership\'s note' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Comment' })).toBeNull();
  });

  it('reads "33,7" as 33.7 in Swedish and shows stored decimals with a comma', async () => {
    const rpc = saved();
    const { user } = await renderGrid({ indicator_values: [{ ...indicator.indicator_values[0], actual_value: 29.5 }] }, 'sv');
    expect(screen.getByLabelText('Utfall 2024')).toHaveValue('29,5');
    await user.type(screen.getByLabelText('Mål 2025'), '33,7');
    await user.click(screen.getByRole('button', { name: 'Spara värdena' }));
    await waitFor(() => expect(entriesSent(rpc)).toEqual([{ year: 2025, sex: 'total', target_value: 33.7, actual_value: null, comment: '', version: null }]));
  });

  it('refuses "33,7" in English with a message at the field, rather than saving 337', async () => {
    const rpc = vi.spyOn(supabase, 'rpc');
    const { user } = await renderGrid();
    await user.type(screen.getByLabelText('Target 2025'), '33,7');
    await user.click(screen.getByRole('button', { name: 'Save the values' }));
    expect(screen.getByLabelText('Target 2025')).toHaveAccessibleDescription('Enter a number, 0 or more, like 33.7.');
    expect(rpc).not.toHaveBeenCalled();
  });

  it('clears the "saved" notice as soon as the person edits again', async () => {
    saved();
    const { user } = await renderGrid();
    await user.type(screen.getByLabelText('Target 2025'), '35');
    await user.click(screen.getByRole('button', { name: 'Save the values' }));
    expect(await screen.findByText('The values are saved.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Actual 2025'), '3');
    expect(screen.queryByText('The values are saved.')).toBeNull();
  });

  it('warns next to its row when the values by sex exceed the total, and saves only once that is confirmed', async () => {
    const rpc = saved();
    const { user } = await renderGrid(people);
    await user.type(screen.getByLabelText('Actual 2025'), '10');
    await user.type(screen.getByLabelText('Actual 2025 (Women)'), '8');
    await user.type(screen.getByLabelText('Actual 2025 (Men)'), '5');
    const warning = 'The values by sex for 2025 add up to more than the total. Check whether someone is counted twice, or correct the total.';
    expect(screen.getByLabelText('Actual 2025')).toHaveAccessibleDescription(warning);
    // the warning is in the rows of 2025, right after the last of them
    const otherRow = screen.getByLabelText('Actual 2025 (Other or not stated)').closest('tr')!;
    expect(otherRow.nextElementSibling).toHaveTextContent(warning);

    await user.click(screen.getByRole('button', { name: 'Save the values' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved: check the values by sex for 2025, correct them or confirm that they are right.');
    const confirm = screen.getByRole('checkbox', { name: /The values for 2025 are right as they are/ });
    expect(confirm).toHaveFocus();
    expect(rpc).not.toHaveBeenCalled();

    await user.click(confirm);
    await user.click(screen.getByRole('button', { name: 'Save the values' }));
    await waitFor(() => expect(rpc).toHaveBeenCalledTimes(1));
  });

  it('shows that a total left empty counts as the sum by sex', async () => {
    const { user } = await renderGrid(people);
    await user.type(screen.getByLabelText('Actual 2025 (Women)'), '8');
    await user.type(screen.getByLabelText('Actual 2025 (Men)'), '5');
    expect(screen.getByLabelText('Actual 2025').closest('td')).toHaveTextContent('Counts as 13, the sum by sex.');
  });

  it('asks for the total of a percentage given by sex, at the total\'s field', async () => {
    const rpc = vi.spyOn(supabase, 'rpc');
    const { user } = await renderGrid({ disaggregated_by_sex: true });
    await user.type(screen.getByLabelText('Actual 2025 (Women)'), '72');
    await user.click(screen.getByRole('button', { name: 'Save the values' }));
    expect(screen.getByLabelText('Actual 2025')).toHaveAccessibleDescription('Give the total too: percentages by sex do not add up to it.');
    expect(rpc).not.toHaveBeenCalled();
  });
});
