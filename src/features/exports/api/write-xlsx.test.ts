// @vitest-environment node
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { codebookTable } from './codebook-rows';
import { codebooks } from './codebooks';
import { exportCells } from './export-cells';
import { xlsxWriter } from './write-xlsx';

describe('the workbook writer', () => {
  it('writes typed cells: codes as text, numbers, dates, booleans, and formula-like text as text', async () => {
    const writer = await xlsxWriter('activities', codebookTable('activities', 'xlsx', i18n.getFixedT('en')));
    const row = {
      activity_id: 'a1', partnership_id: 'p1', partnership_name: 'Växjö – JB Marks', partner_country_codes: 'ZA', partner_regions: 'africa', year: 2026,
      starts_on: '2026-04-02', ends_on: null, title: '=SUM(1,2)', kind: 'workshop', place: '+46 kontor', description: '- första punkten',
      participants_women: 3, participants_men: 4, participants_other: 1, participants_total: 8, target_groups: 'youth', principles: '', localisation_stage: null,
      goal_id: 16, target_id: '16.10', contribution: 'direct', evidence_files: null, evidence_paths: null, updated_at: '2026-04-03T08:09:10.123+00:00',
    };
    writer.addRows([exportCells('activities', row, new Map())]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await writer.finish()).arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['activities', 'codebook']);
    const sheet = workbook.getWorksheet('activities')!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    expect(header).toEqual(codebooks.activities.map((column) => column.name));
    const cells = Object.fromEntries(header.map((name, index) => [name, sheet.getRow(2).getCell(index + 1).value]));
    expect(cells).toMatchObject({ target_id: '16.10', goal_id: '16', year: 2026, title: '=SUM(1,2)', place: '+46 kontor', description: '- första punkten', participants_total: 8, ends_on: null });
    expect(cells.starts_on).toEqual(new Date('2026-04-02T00:00:00Z'));
    expect(cells.updated_at).toEqual(new Date('2026-04-03T08:09:10.123Z'));
    expect(workbook.getWorksheet('codebook')!.getRow(2).values).toEqual([undefined, 'activity_id', expect.any(String), 'id (UUID)', '']);
  });
});
