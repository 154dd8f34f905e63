import { screen, within } from '@testing-library/react';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { catchDownloads } from '@/testing/downloads';
import { renderWithProviders } from '@/testing/render';
import { programmeFilterArgs, programmeFiltersSchema } from '@/lib/programme-filters';
import { dashboardQueries } from '../api/get-dashboard';
import { PeopleByYearPanel, TargetGroupsPanel } from './people-panels';

const downloads = catchDownloads();

const filters = programmeFiltersSchema.parse({ from: '2024', to: '2025' });
const args = programmeFilterArgs(filters);
const people = { activities: 2, participants_women: 12, participants_men: 9, participants_other: 1 };
const years = [{ year: 2025, ...people, participation: 1, transparency: 0, accountability: 1, non_discrimination: 0, inform_include: 1, set_local_agenda: 1, implement_follow_up: 0 }];
const groups = [{ target_group: 'youth', ...people }];
const queryData: [readonly unknown[], unknown][] = [
  [dashboardQueries.chart('dashboard_years', args).queryKey, years],
  [dashboardQueries.chart('dashboard_target_groups', args).queryKey, groups],
];

describe.each([
  ['en', 'People', 'Download “Participants by sex over the years” as CSV', 'Download “Participants by target group” as CSV'],
  ['sv', 'Personer', 'Ladda ned ”Deltagare per kön över åren” som CSV', 'Ladda ned ”Deltagare per målgrupp” som CSV'],
] as const)('the participants panels in %s', (language, total, yearsButton, groupsButton) => {
  it('head the total column with a word, in the table and the CSV', async () => {
    const { user } = await renderWithProviders(
      <>
        <PeopleByYearPanel filters={filters} />
        <TargetGroupsPanel filters={filters} />
      </>,
      { queryData, language },
    );
    for (const button of [yearsButton, groupsButton]) {
      const panel = screen.getByRole('button', { name: button }).closest('section')!;
      const headers = within(within(panel).getByRole('table')).getAllByRole('columnheader').map((header) => header.textContent);
      expect(headers.at(-1)).toBe(total);
      await user.click(within(panel).getByRole('button', { name: button }));
      const csv = Papa.parse<string[]>(await downloads.at(-1)!.blob.text()).data;
      expect(csv[0]).toEqual(headers);
      expect(csv[1].at(-1)).toBe('22');
    }
  });
});
