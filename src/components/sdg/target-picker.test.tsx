import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { targetsQuery, type Target } from '@/lib/sdg/get-targets';
import { TargetPicker } from './target-picker';

const targets: Target[] = [
  { id: '5.1', goal_id: 5, text_en: 'End all forms of discrimination against all women and girls everywhere', text_sv: 'Avskaffa alla former av diskriminering av kvinnor och flickor' },
  { id: '5.5', goal_id: 5, text_en: 'Ensure women’s full and effective participation and equal opportunities for leadership', text_sv: 'Säkerställ kvinnors fulla deltagande och lika möjligheter till ledarskap, för jämställdhet i beslutsfattandet' },
  { id: '16.7', goal_id: 16, text_en: 'Ensure responsive, inclusive, participatory and representative decision-making at all levels', text_sv: 'Säkerställ ett lyhört, inkluderande, deltagandebaserat och representativt beslutsfattande' },
];

const renderPicker = (onPick = vi.fn(), chosen: string[] = [], language: 'en' | 'sv' = 'en') =>
  renderWithProviders(<TargetPicker onPick={onPick} chosen={chosen} />, { queryData: [[targetsQuery().queryKey, targets]], language });

describe('TargetPicker', () => {
  it('finds a target by its number and picks it by keyboard', async () => {
    const onPick = vi.fn();
    const { user } = await renderPicker(onPick);
    const input = screen.getByRole('combobox', { name: 'Add an SDG target' });
    await user.type(input, '5.5');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([expect.stringMatching(/^5\.5 Ensure women/)]);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onPick).toHaveBeenCalledWith('5.5');
    expect(input).toHaveValue('');
  });

  it('finds targets by words in the reader\'s language and leaves out those already chosen', async () => {
    const { user } = await renderPicker(vi.fn(), ['16.7'], 'sv');
    await user.type(screen.getByRole('combobox', { name: 'Lägg till ett delmål' }), 'beslutsfattande');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([expect.stringMatching(/^5\.5 /)]);
  });
});
