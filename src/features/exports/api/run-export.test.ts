import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { codebooks } from './codebooks';
import { exportCells } from './export-cells';
import { csvWriter } from './write-csv';

const report = {
  report_id: 'r1', partnership_id: 'p1', partnership_name: 'Ale – Ghanzi', partner_country_codes: 'BW', partner_regions: 'africa',
  year: 2025, status: 'approved', created_at: '2025-01-10T09:00:00+00:00', submitted_at: null, submitted_by: null, reviewed_at: null, reviewed_by: null,
  comments_count: 0, comments: null, section_summary: '=1+1', section_contribution: '- first point', section_localisation_progress: '', section_challenges: '',
  section_lessons_learned: '', section_next_year_plan: '', section_owners: 'summary: swedish, ready', sections_in_other_languages: '', evidence_files: ['möte.pdf', 'foto.jpg'], evidence_paths: ['p1/a.pdf', 'p1/b.jpg'], updated_at: '2025-02-01T00:00:00+00:00',
};

async function csvOf(kind: 'reports' | 'partnerships' | 'indicator_values', rows: Record<string, unknown>[], delimiter: ',' | ';', links = new Map<string, string>()) {
  const writer = csvWriter(kind, delimiter);
  writer.addRows(rows.map((row) => exportCells(kind, row, links)));
  const text = await (await writer.finish()).text();
  const [header, ...cells] = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter }).data;
  return cells.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index]])));
}

describe('the CSV writer', () => {
  it('writes the codebook\'s columns in order, evidence as names and signed links in the same order, and empty cells for nothing', async () => {
    const links = new Map([['p1/a.pdf', 'https://x/a?token=1'], ['p1/b.jpg', 'https://x/b?token=2']]);
    const [row] = await csvOf('reports', [report], ',', links);
    expect(Object.keys(row)).toEqual(codebooks.reports.map((column) => column.name));
    expect(row).toMatchObject({ year: '2025', submitted_at: '', section_summary: "'=1+1", section_contribution: '- first point', evidence_files: 'möte.pdf|foto.jpg', evidence_links: 'https://x/a?token=1|https://x/b?token=2' });
  });

  it('writes booleans as true and false', async () => {
    const [row] = await csvOf('partnerships', [{ partnership_id: 'p1', is_public: false }], ';');
    expect(row.is_public).toBe('false');
  });

  it('writes decimals in the dialect of the separator, and codes as the codes they are', async () => {
    const values = { indicator_id: 'i1', result_target_ids: '16.10|8.10', sdg_indicator_id: '16.10.2', baseline_value: 12.25, target_value: 35.5, actual_value: -0.5, year: 2025 };
    expect(await csvOf('indicator_values', [values], ',')).toMatchObject([{ result_target_ids: '16.10|8.10', sdg_indicator_id: '16.10.2', baseline_value: '12.25', target_value: '35.5', actual_value: '-0.5', year: '2025' }]);
    expect(await csvOf('indicator_values', [values], ';')).toMatchObject([{ result_target_ids: '16.10|8.10', sdg_indicator_id: '16.10.2', baseline_value: '12,25', target_value: '35,5', actual_value: '-0,5', year: '2025' }]);
  });
});
