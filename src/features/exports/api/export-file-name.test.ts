import { describe, expect, it } from 'vitest';
import { programmeFiltersSchema } from '@/lib/programme-filters';
import { codebookFileName, exportFileName } from './export-file-name';

const filters = (search: Record<string, string>) => programmeFiltersSchema.parse(search);

describe('export file names', () => {
  it('say the export, the years, every filter and the language', () => {
    expect(exportFileName('activities', filters({ from: '2025', to: '2025', country: 'KE', goal: '5' }), { language: 'sv', format: 'xlsx' })).toBe('activities_2025_KE_goal-5_sv.xlsx');
    expect(
      exportFileName('indicator_values', filters({ from: '2023', to: '2026', region: 'africa', partnership: '00000000-0000-4000-c000-000000000003', principle: 'participation' }), {
        language: 'en',
        format: 'csv_semicolon',
        partnershipName: 'Ale – Ghanzi',
      }),
    ).toBe('indicator_values_2023-2026_africa_ale-ghanzi_participation_en_semicolon.csv');
    expect(exportFileName('iati-activities', filters({ from: '2024', to: '2025' }), { format: 'xml' })).toBe('iati-activities_2024-2025.xml');
  });

  it('name a partnership by its id while its name is not known yet', () => {
    expect(exportFileName('reports', filters({ from: '2025', to: '2025', partnership: '00000000-0000-4000-c000-000000000003' }), { language: 'en', format: 'csv_comma' })).toBe('reports_2025_partnership-00000000_en_comma.csv');
    expect(codebookFileName('results', 'sv', 'csv_comma')).toBe('results_codebook_sv_comma.csv');
  });
});
