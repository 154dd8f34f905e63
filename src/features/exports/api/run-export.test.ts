import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { codebooks } from './codebooks';
import { csvOfPage } from './run-export';

describe('csvOfPage', () => {
  it('writes the codebook\'s columns in order, evidence as names and signed links in the same order, and empty cells for nothing', () => {
    const row = {
      report_id: 'r1', partnership_id: 'p1', partnership_name: 'Ale – Ghanzi', partner_country_codes: 'BW', partner_regions: 'africa',
      year: 2025, status: 'approved', created_at: '2025-01-10T09:00:00+00:00', submitted_at: null, submitted_by: null, reviewed_at: null, reviewed_by: null,
      comments_count: 0, comments: null, section_summary: '=1+1', section_contribution: '', section_localisation_progress: '', section_challenges: '',
      section_lessons_learned: '', section_next_year_plan: '', evidence_files: ['möte.pdf', 'foto.jpg'], evidence_paths: ['p1/a.pdf', 'p1/b.jpg'], updated_at: '2025-02-01T00:00:00+00:00',
    };
    const links = new Map([['p1/a.pdf', 'https://x/a?token=1'], ['p1/b.jpg', 'https://x/b?token=2']]);
    const [cells] = Papa.parse<string[]>(csvOfPage('reports', [row], links, ',')).data;
    const byColumn = Object.fromEntries(codebooks.reports.map((column, index) => [column.name, cells[index]]));
    expect(cells).toHaveLength(codebooks.reports.length);
    expect(byColumn).toMatchObject({ year: '2025', submitted_at: '', section_summary: "'=1+1", evidence_files: 'möte.pdf|foto.jpg', evidence_links: 'https://x/a?token=1|https://x/b?token=2' });
  });

  it('writes booleans as true and false', () => {
    const [cells] = Papa.parse<string[]>(csvOfPage('partnerships', [{ partnership_id: 'p1', is_public: false }], new Map(), ';'), { delimiter: ';' }).data;
    expect(cells[codebooks.partnerships.findIndex((column) => column.name === 'is_public')]).toBe('false');
  });
});
