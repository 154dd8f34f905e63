import { screen } from '@testing-library/react';
import { useForm, useWatch } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { OrganisationChecklist } from './organisation-checklist';

const municipalities = ['Ale kommun', 'Kalmar kommun', 'Robertsfors kommun', 'Skellefteå kommun', 'Umeå kommun', 'Växjö kommun', 'Region Västerbotten'];

function Side() {
  const form = useForm<{ ids: string[] }>({ defaultValues: { ids: [] } });
  const chosen = useWatch({ control: form.control, name: 'ids' });
  return (
    <>
      <OrganisationChecklist
        legend="Swedish organisations"
        filterLabel="Find a Swedish organisation"
        options={municipalities.map((name) => ({ id: name, label: name }))}
        chosen={chosen}
        registration={form.register('ids')}
      />
      <output>{chosen.join(', ')}</output>
    </>
  );
}

describe('OrganisationChecklist', () => {
  it('chooses several organisations without a modifier key, and a filter narrows the list but keeps the chosen ones', async () => {
    const { user } = await renderWithProviders(<Side />);
    const side = screen.getByRole('group', { name: 'Swedish organisations' });
    await user.click(screen.getByRole('checkbox', { name: 'Ale kommun' }));
    await user.click(screen.getByRole('checkbox', { name: 'Umeå kommun' }));
    expect(screen.getByRole('status')).toHaveTextContent('Ale kommun, Umeå kommun');
    await user.type(screen.getByRole('searchbox', { name: 'Find a Swedish organisation' }), 'väst');
    expect(side.querySelectorAll('.checkbox-field:not([hidden])')).toHaveLength(3);
    expect(screen.getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toEqual(['Ale kommun', 'Umeå kommun', 'Region Västerbotten']);
    await user.click(screen.getByRole('checkbox', { name: 'Region Västerbotten' }));
    expect(screen.getByRole('status')).toHaveTextContent('Ale kommun, Umeå kommun, Region Västerbotten');
  });
});
