import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { goalsQuery } from '@/lib/sdg/get-goals';
import { targetsQuery } from '@/lib/sdg/get-targets';
import { supabase } from '@/lib/supabase';
import { renderWithProviders } from '@/testing/render';
import { ActivityForm } from './activity-form';

const partnershipId = '00000000-0000-4000-c000-000000000001';
const targets = [{ id: '5.5', goal_id: 5, text_en: 'Ensure women’s full and effective participation', text_sv: 'Säkerställ kvinnors fulla deltagande' }];

const renderForm = (onSaved = vi.fn(), frozenYears: number[] = []) =>
  renderWithProviders(<ActivityForm partnershipId={partnershipId} frozenYears={frozenYears} label="Log an activity" canEdit onSaved={onSaved} />, {
    queryData: [
      [targetsQuery().queryKey, targets],
      [goalsQuery().queryKey, []],
    ],
  });

describe('ActivityForm', () => {
  beforeEach(() => window.localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('explains each problem next to its field and sends nothing', async () => {
    const rpc = vi.spyOn(supabase, 'rpc');
    const { user } = await renderForm();
    await user.type(screen.getByLabelText('Title'), 'ab');
    await user.type(screen.getByLabelText('First day'), '2026-04-14');
    await user.type(screen.getByLabelText('Last day'), '2026-04-13');
    await user.click(screen.getByRole('button', { name: 'Save the activity' }));
    const title = screen.getByLabelText('Title');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Use 3 to 200 characters.');
    expect(screen.getByLabelText('Type')).toHaveAccessibleDescription('Choose the type of activity.');
    expect(screen.getByLabelText('Last day')).toHaveAccessibleDescription('The last day cannot be before the first day.');
    expect(screen.getByRole('group', { name: 'SDG targets' })).toHaveAccessibleDescription('Add at least one SDG target.');
    expect(title).toHaveFocus();
    expect(rpc).not.toHaveBeenCalled();
  });

  it('saves the activity with its targets in one call', async () => {
    const rpc = vi.spyOn(supabase, 'rpc').mockResolvedValue({ data: { id: 'new-id', version: 1 }, error: null, count: null, status: 200, statusText: 'OK' } as never);
    const onSaved = vi.fn();
    const { user } = await renderForm(onSaved);
    await user.type(screen.getByLabelText('Title'), 'Budget dialogue');
    await user.selectOptions(screen.getByLabelText('Type'), 'citizen_dialogue');
    await user.type(screen.getByLabelText('First day'), '2026-04-14');
    await user.type(screen.getByLabelText('Last day'), '2026-04-14');
    const women = within(screen.getByRole('group', { name: 'Participants' })).getByLabelText('Women');
    await user.clear(women);
    await user.type(women, '34');
    await user.click(screen.getByRole('combobox', { name: 'Add an SDG target' }));
    await user.click(screen.getByRole('option', { name: /^5\.5 / }));
    await user.selectOptions(screen.getByLabelText('Contribution to target 5.5'), 'indirect');
    await user.click(screen.getByRole('button', { name: 'Save the activity' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('new-id'));
    expect(rpc).toHaveBeenCalledWith('save_activity', {
      activity: expect.objectContaining({ partnership_id: partnershipId, title: 'Budget dialogue', kind: 'citizen_dialogue', participants_women: 34, localisation_stage: null }),
      targets: [{ target_id: '5.5', contribution: 'indirect' }],
    });
  });

  it('keeps unsaved typing as a draft and offers it back', async () => {
    const first = await renderForm();
    await first.user.type(screen.getByLabelText('Title'), 'Half-written minutes');
    first.unmount();

    const { user } = await renderForm();
    expect(screen.getByLabelText('Title')).toHaveValue('');
    expect(screen.getByRole('status')).toHaveTextContent('You have unsaved changes from');
    await user.click(screen.getByRole('button', { name: 'Restore them' }));
    expect(screen.getByLabelText('Title')).toHaveValue('Half-written minutes');
  });

  it('says when the chosen year is frozen', async () => {
    const { user } = await renderForm(vi.fn(), [2024]);
    await user.type(screen.getByLabelText('First day'), '2024-06-01');
    expect(screen.getByText(/The 2024 report has been submitted or approved/)).toBeInTheDocument();
  });

  it('counts participants in whole numbers, refusing at the field what is not one rather than counting none', async () => {
    const rpc = vi.spyOn(supabase, 'rpc');
    const { user } = await renderForm();
    const women = within(screen.getByRole('group', { name: 'Participants' })).getByLabelText('Women');
    await user.clear(women);
    await user.type(women, 'about 30');
    await user.click(screen.getByRole('button', { name: 'Save the activity' }));
    expect(women).toHaveAccessibleDescription('Enter a whole number, 0 or more.');
    await user.clear(women);
    await user.type(women, '2.5');
    await user.click(screen.getByRole('button', { name: 'Save the activity' }));
    expect(women).toHaveAccessibleDescription('Enter a whole number, 0 or more.');
    expect(rpc).not.toHaveBeenCalled();
  });
});
