import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { supabase } from '@/lib/supabase';
import { sdgIndicatorsQuery } from '@/lib/sdg/get-indicators';
import { renderWithProviders } from '@/testing/render';
import type { Result } from '../api/get-results';
import { IndicatorForm } from './indicator-form';

const result: Result = {
  id: 'result-1',
  partnership_id: 'partnership-1',
  title: 'More women in county decision-making',
  description: '',
  level: 'outcome',
  change_level: 'societal',
  change_side: 'partner',
  version: 1,
  updated_at: '2026-01-01T00:00:00Z',
  result_targets: [{ target_id: '5.5', contribution: 'direct' }],
  indicators: [],
};

const official = [
  { id: '5.5.1', target_id: '5.5', text_en: 'Proportion of seats held by women in parliaments and local governments', text_sv: null },
  { id: '5.5.2', target_id: '5.5', text_en: 'Proportion of women in managerial positions', text_sv: 'Andel kvinnor i chefsbefattningar' },
  { id: '16.7.1', target_id: '16.7', text_en: 'Proportions of positions in public institutions', text_sv: null },
];

const renderForm = (language: 'en' | 'sv' = 'en') =>
  renderWithProviders(<IndicatorForm result={result} label="Add an indicator" canEdit onSaved={vi.fn()} />, { queryData: [[sdgIndicatorsQuery().queryKey, official]], language });

describe('IndicatorForm', () => {
  beforeEach(() => window.localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('offers the official indicators of the result\'s targets, and warns about one of an unlinked target', async () => {
    const { user } = await renderForm();
    const picker = screen.getByLabelText('Official SDG indicator');
    expect(within(picker).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'None (the partnership\'s own indicator)',
      '5.5.1 Proportion of seats held by women in parliaments and local governments',
      '5.5.2 Proportion of women in managerial positions',
    ]);
    await user.click(screen.getByLabelText('Show the indicators of all targets'));
    await user.selectOptions(picker, '16.7.1');
    expect(screen.getByRole('status')).toHaveTextContent('Indicator 16.7.1 belongs to target 16.7, which this result is not linked to.');
    await user.selectOptions(picker, '5.5.2');
    expect(screen.queryByText(/which this result is not linked to/)).toBeNull();
  });

  it('explains the aggregation rule chosen, and asks for a complete baseline', async () => {
    const { user } = await renderForm();
    await user.selectOptions(screen.getByLabelText('How the years add up'), 'cumulative');
    expect(screen.getByLabelText('How the years add up')).toHaveAccessibleDescription(/running total since the baseline/);
    await user.type(screen.getByLabelText('Baseline year'), '2022');
    await user.click(screen.getByRole('button', { name: 'Save the indicator' }));
    expect(screen.getByLabelText('Baseline value')).toHaveAccessibleDescription('Give both the baseline year and the baseline value, or neither.');
    expect(screen.getByLabelText('What is measured')).toHaveAccessibleDescription('Use 3 to 200 characters.');
  });

  it('takes a baseline with a decimal comma in Swedish, and refuses one that is not a number', async () => {
    const insert = vi.fn(() => ({ select: () => ({ single: () => Promise.resolve({ data: { id: 'indicator-1', version: 1 }, error: null }) }) }));
    vi.spyOn(supabase, 'from').mockReturnValue({ insert } as never);
    const { user } = await renderForm('sv');
    await user.type(screen.getByLabelText('Vad som mäts'), 'Andel kvinnor i fullmäktige');
    await user.type(screen.getByLabelText('År för utgångsläget'), '2022');
    await user.type(screen.getByLabelText('Värde i utgångsläget'), '21 procent');
    await user.click(screen.getByRole('button', { name: 'Spara indikatorn' }));
    expect(screen.getByLabelText('Värde i utgångsläget')).toHaveAccessibleDescription('Ange ett tal, 0 eller mer, till exempel 33,7.');
    expect(insert).not.toHaveBeenCalled();
    await user.clear(screen.getByLabelText('Värde i utgångsläget'));
    await user.type(screen.getByLabelText('Värde i utgångsläget'), '21,5');
    await user.click(screen.getByRole('button', { name: 'Spara indikatorn' }));
    await waitFor(() => expect(insert).toHaveBeenCalledWith(expect.objectContaining({ baseline_year: 2022, baseline_value: 21.5 })));
  });
});
