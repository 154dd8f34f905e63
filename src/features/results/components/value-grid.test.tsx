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

const renderGrid = (overrides: Partial<Indicator> = {}) =>
  renderWithProviders(<ValueGrid indicator={{ ...indicator, ...overrides }} years={[2024, 2025]} frozenYears={[2024]} canEdit />);

describe('ValueGrid', () => {
  beforeEach(() => window.localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('shows the stored values, and keeps the rows of a frozen year read-only', async () => {
    await renderGrid();
    expect(screen.getByLabelText('Target 2024')).toHaveValue(30);
    expect(screen.getByLabelText('Actual 2024')).toBeDisabled();
    expect(screen.getByLabelText('Actual 2025')).toBeEnabled();
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
    await user.type(screen.getByLabelText('Comment 2025'), 'New committee rules');
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
    expect(screen.getByLabelText('Comment 2025')).toBeEnabled();
  });
});
