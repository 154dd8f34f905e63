// @vitest-environment node
/**
 * Every export, as a workbook and in both CSV dialects, opened by a real spreadsheet (LibreOffice
 * headless, as Debian's libreoffice-calc installs it) the way a person would open it: the workbook
 * as it is, a comma CSV in an English locale, a semicolon CSV in a Swedish one, with formulas
 * evaluated as Excel would. The cells it reads are compared with what the database says, column by
 * column by the codebook's type. soffice starts slowly, so each kind of file is converted in one call.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import ws from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { runsAsFormula } from '@/lib/csv';
import { programmeFilterArgs, programmeFiltersSchema } from '@/lib/programme-filters';
import type { Database } from '@/types/database';
import { demoPassword, demoUsers } from '../../../../supabase/demo-users';
import { startStack, type RunningStack } from '../../../../supabase/local/index';
import { codebookTable } from './codebook-rows';
import { codebooks, exportKinds, type CodebookColumn, type ExportKind } from './codebooks';
import { csvDelimiterOf, exportFormats, type ExportFormat } from './export-formats';
import { runExport } from './run-export';
import { csvWriter } from './write-csv';
import { xlsxWriter } from './write-xlsx';

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
// CI installs LibreOffice (.ci/run); there its absence is a failure, not a reason to skip.
if (!hasSoffice && process.env.CI) throw new Error('soffice (Debian libreoffice-calc) is needed for the spreadsheet round trip');

const robertsfors = '00000000-0000-4000-c000-000000000001';
const all = programmeFilterArgs(programmeFiltersSchema.parse({ from: 2015, to: 2030 }));
/** How a person's spreadsheet opens each CSV dialect: its separator and the locale that goes with it (LibreOffice's CSV filter options). */
const csvImport: Record<Exclude<ExportFormat, 'xlsx'>, string> = {
  // separator, quote ", UTF-8, from line 1, standard column types, locale, quoted not forced to text, detect special numbers, …, evaluate formulas
  csv_comma: 'CSV:44,34,76,1,,1033,false,true,false,false,false,-1,true',
  csv_semicolon: 'CSV:59,34,76,1,,1053,false,true,false,false,false,-1,true',
};

type Cell = ExcelJS.CellValue;
type Row = Record<string, unknown>;

let stack: RunningStack;
let analyst: SupabaseClient<Database>;
let dir: string;
/** What the database says each export holds, and what the spreadsheet read back, per format. */
const expected = {} as Record<ExportKind, Row[]>;
const opened = {} as Record<ExportFormat, Record<ExportKind, { header: string[]; rows: Cell[][] }>>;
/** Each CSV as a data tool reads it: every cell a string. */
const csvText = {} as Record<Exclude<ExportFormat, 'xlsx'>, Record<ExportKind, Record<string, string>[]>>;

function soffice(files: string[], outdir: string, infilter?: string) {
  execFileSync(
    'soffice',
    ['--headless', `-env:UserInstallation=file://${dir}/profile`, ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outdir, ...files],
    { stdio: 'pipe', timeout: 120_000 },
  );
}

async function readSheet(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as Cell[]).slice(1)));
  const [header, ...data] = rows;
  return { header: header.map(String), rows: data, sheetNames: workbook.worksheets.map((each) => each.name) };
}

/** A partnership's awkward data: codes that look like numbers, decimals, å ä ö, dates, and text that looks like a formula. */
async function addAwkwardData() {
  await stack.context.db.exec(`
    insert into public.activities (id, partnership_id, title, kind, starts_on, ends_on, place, description, participants_women, participants_men, participants_other) values
      ('00000000-0000-4000-e000-000000000001', '${robertsfors}', '=SUM(1,2)', 'citizen_dialogue', '2026-04-02', '2026-04-03', '+46 kontor', e'- första punkten: å ä ö\\n- andra punkten', 3, 4, 1),
      ('00000000-0000-4000-e000-000000000002', '${robertsfors}', '@möte i Ödeshög', 'workshop', '2026-05-12', '2026-05-12', '-Åre', 'Vi sa "hej"; sedan, 35.5 timmar', 0, 2, 0);
    insert into public.activity_targets (activity_id, partnership_id, target_id, contribution) values
      ('00000000-0000-4000-e000-000000000001', '${robertsfors}', '16.10', 'direct'),
      ('00000000-0000-4000-e000-000000000001', '${robertsfors}', '8.10', 'indirect'),
      ('00000000-0000-4000-e000-000000000002', '${robertsfors}', '17.10', 'direct');
    insert into public.results (id, partnership_id, title, level, description) values
      ('00000000-0000-4000-e000-000000000003', '${robertsfors}', 'Öppna protokoll', 'output', '- publicerade protokoll');
    insert into public.result_targets (result_id, partnership_id, target_id, contribution) values
      ('00000000-0000-4000-e000-000000000003', '${robertsfors}', '16.10', 'direct'),
      ('00000000-0000-4000-e000-000000000003', '${robertsfors}', '8.10', 'indirect');
    insert into public.indicators (id, result_id, partnership_id, title, measure, unit, aggregation, baseline_year, baseline_value) values
      ('00000000-0000-4000-e000-000000000004', '00000000-0000-4000-e000-000000000003', '${robertsfors}', 'Andel protokoll på nätet', 'percentage', '%', 'latest', 2025, 12.25);
    insert into public.indicator_values (indicator_id, partnership_id, year, sex, target_value, actual_value, comment) values
      ('00000000-0000-4000-e000-000000000004', '${robertsfors}', 2026, 'total', 35.5, 33.75, '+5 sedan i fjol, se (bilaga)');
  `);
}

beforeAll(async () => {
  if (!hasSoffice) return;
  dir = mkdtempSync(path.join(os.tmpdir(), 'spreadsheet-round-trip-'));
  stack = await startStack({ projectDir: new URL('../../../..', import.meta.url).pathname, inMemory: true, reset: true, config: { apiPort: 0, inboxPort: 0, smtpPort: 0 } });
  await addAwkwardData();
  analyst = createClient<Database>(stack.apiUrl, stack.anonKey, { auth: { persistSession: false }, realtime: { transport: ws as never } });
  await analyst.auth.signInWithPassword({ email: demoUsers.analyst.email, password: demoPassword });
  const t = i18n.getFixedT('sv');

  // Every export in every format, written as the exports page writes it.
  for (const format of exportFormats) mkdirSync(path.join(dir, format));
  for (const kind of exportKinds) {
    const { data, error } = await analyst.rpc(`export_${kind}`, all);
    if (error) throw error;
    expected[kind] = data as Row[];
    for (const format of exportFormats) {
      const writer = format === 'xlsx' ? await xlsxWriter(kind, codebookTable(kind, format, t)) : csvWriter(kind, csvDelimiterOf(format));
      const { blob } = await runExport(analyst, kind, all, writer, new AbortController().signal, () => undefined);
      writeFileSync(path.join(dir, format, `${kind}.${format === 'xlsx' ? 'xlsx' : 'csv'}`), Buffer.from(await blob.arrayBuffer()));
    }
  }

  // The spreadsheet opens each file and saves what it read as a workbook.
  for (const format of exportFormats) {
    const files = exportKinds.map((kind) => path.join(dir, format, `${kind}.${format === 'xlsx' ? 'xlsx' : 'csv'}`));
    soffice(files, path.join(dir, 'opened', format), format === 'xlsx' ? undefined : csvImport[format]);
    opened[format] = {} as (typeof opened)[ExportFormat];
    for (const kind of exportKinds) opened[format][kind] = await readSheet(path.join(dir, 'opened', format, `${kind}.xlsx`));
    if (format !== 'xlsx') {
      csvText[format] = {} as (typeof csvText)[typeof format];
      for (const kind of exportKinds) {
        const text = readFileSync(path.join(dir, format, `${kind}.csv`), 'utf8').replace(/^\uFEFF/, '');
        csvText[format][kind] = Papa.parse<Record<string, string>>(text, { header: true, delimiter: csvDelimiterOf(format), skipEmptyLines: true }).data;
      }
    }
  }
}, 300_000);

afterAll(async () => {
  await stack?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const isCode = (column: CodebookColumn) => ['uuid', 'code', 'codes'].includes(column.type);
const dayOf = (value: string) => new Date(`${value}T00:00:00Z`).getTime();

/** What the database's value should read as in a cell of this column, in this format. */
function check(format: ExportFormat, column: CodebookColumn, value: unknown, cell: Cell, where: string) {
  // LibreOffice keeps a boolean as a number shown as TRUE or FALSE, and saves it as that formula.
  if (column.type === 'boolean' && cell !== null && typeof cell === 'object' && 'formula' in cell && /^(TRUE|FALSE)\(\)$/.test(cell.formula ?? '')) cell = cell.formula === 'TRUE()';
  expect(cell !== null && typeof cell === 'object' && 'formula' in cell, `${where} is not a formula`).toBe(false);
  if (column.type === 'links') {
    const links = cell ? String(cell).split('|') : [];
    expect(links, where).toHaveLength(((value as string[] | null) ?? []).length);
    for (const link of links) expect(link.startsWith(stack.apiUrl), where).toBe(true);
    return;
  }
  if (column.name === 'evidence_files') value = ((value as string[] | null) ?? []).join('|');
  if (value === null || value === '') return expect(cell ?? null, where).toBeNull();
  switch (column.type) {
    case 'integer':
    case 'number':
      return expect(cell, where).toBe(value);
    case 'date':
      expect(cell, where).toBeInstanceOf(Date);
      return expect((cell as Date).getTime(), where).toBe(dayOf(value as string));
    case 'timestamp':
      if (cell instanceof Date) return expect(Math.abs(cell.getTime() - Date.parse(value as string)), where).toBeLessThan(1000);
      // A CSV keeps the instant with its offset; a spreadsheet may leave that as text.
      expect(format, where).not.toBe('xlsx');
      return expect(cell, where).toBe(value);
    case 'boolean':
      // Spreadsheets know true and false in English; the Swedish one reads them as words.
      return expect(cell, where).toBe(format === 'csv_semicolon' ? String(value) : value);
    default: {
      const text = String(value);
      if (format !== 'xlsx' && isCode(column) && typeof cell === 'number') {
        // A CSV in a spreadsheet: its guess reads a code that looks like a number as one (goal 5,
        // and in English 16.10 as 16.1). That is why the workbook is the download for
        // spreadsheets; data tools read the code's text, as the checks of the CSV text show.
        return expect(cell, where).toBe(Number(text));
      }
      return expect(cell, where).toBe(format !== 'xlsx' && runsAsFormula(text) ? `'${text}` : text);
    }
  }
}

describe.skipIf(!hasSoffice)('every export opened in a spreadsheet', () => {
  describe.each(exportFormats)('as %s', (format) => {
    it.each(exportKinds)('%s: every cell reads as the database has it', (kind) => {
      const { header, rows } = opened[format][kind];
      expect(header).toEqual(codebooks[kind].map((column) => column.name));
      expect(rows).toHaveLength(expected[kind].length);
      expected[kind].forEach((row, index) => {
        codebooks[kind].forEach((column, position) => {
          const value = column.name === 'evidence_links' ? row.evidence_paths : row[column.name];
          check(format, column, value, rows[index][position] ?? null, `${kind} row ${index + 1} ${column.name}`);
        });
      });
    });
  });

  const activity = (format: ExportFormat, id: string, target: string) => {
    const { header, rows } = opened[format].activities;
    const row = rows.find((cells) => cells[0] === id && String(cells[header.indexOf('target_id')]).startsWith(target.slice(0, 4)));
    return Object.fromEntries(header.map((name, index) => [name, row?.[index] ?? null]));
  };

  it('keeps 16.10, 8.10 and 17.10 as codes in the workbook; the comma CSV keeps them for data tools, though a spreadsheet\'s guess makes 16.1 of them', () => {
    expect(activity('xlsx', '00000000-0000-4000-e000-000000000001', '16.10').target_id).toBe('16.10');
    expect(activity('xlsx', '00000000-0000-4000-e000-000000000001', '8.10').target_id).toBe('8.10');
    expect(activity('xlsx', '00000000-0000-4000-e000-000000000002', '17.10').target_id).toBe('17.10');
    expect(activity('csv_semicolon', '00000000-0000-4000-e000-000000000001', '16.10').target_id).toBe('16.10');
    expect(activity('csv_comma', '00000000-0000-4000-e000-000000000001', '16.10').target_id).toBe(16.1);
    for (const dialect of ['csv_comma', 'csv_semicolon'] as const) {
      expect(csvText[dialect].activities.filter((row) => row.activity_id.startsWith('00000000-0000-4000-e000')).map((row) => row.target_id).sort()).toEqual(['16.10', '17.10', '8.10']);
      expect(csvText[dialect].indicator_values.find((row) => row.indicator_id === '00000000-0000-4000-e000-000000000004')?.result_target_ids).toBe('8.10|16.10');
    }
    const values = opened.xlsx.indicator_values;
    expect(values.rows.find((cells) => cells[0] === '00000000-0000-4000-e000-000000000004')?.[values.header.indexOf('result_target_ids')]).toBe('8.10|16.10');
  });

  it('reads decimals as numbers in both languages: a point in the English comma file, a comma in the Swedish semicolon file', () => {
    for (const format of exportFormats) {
      const { header, rows } = opened[format].indicator_values;
      const row = rows.find((cells) => cells[0] === '00000000-0000-4000-e000-000000000004');
      expect([header.indexOf('baseline_value'), header.indexOf('target_value'), header.indexOf('actual_value')].map((index) => row?.[index]), format).toEqual([12.25, 35.5, 33.75]);
    }
    expect(csvText.csv_semicolon.indicator_values.find((row) => row.indicator_id === '00000000-0000-4000-e000-000000000004')).toMatchObject({ target_value: '35,5', actual_value: '33,75' });
    expect(csvText.csv_comma.indicator_values.find((row) => row.indicator_id === '00000000-0000-4000-e000-000000000004')).toMatchObject({ target_value: '35.5', actual_value: '33.75' });
  });

  it('shows formula-like text as text, with an apostrophe in CSV only where a spreadsheet would run it, and å ä ö and dates intact', () => {
    const first = '00000000-0000-4000-e000-000000000001';
    const second = '00000000-0000-4000-e000-000000000002';
    expect(activity('xlsx', first, '16.10')).toMatchObject({ title: '=SUM(1,2)', place: '+46 kontor', description: '- första punkten: å ä ö\n- andra punkten', participants_total: 8 });
    expect(activity('xlsx', second, '17.10')).toMatchObject({ title: '@möte i Ödeshög', place: '-Åre', description: 'Vi sa "hej"; sedan, 35.5 timmar' });
    for (const format of ['csv_comma', 'csv_semicolon'] as const) {
      expect(activity(format, first, '16.10'), format).toMatchObject({ title: "'=SUM(1,2)", place: "'+46 kontor", description: '- första punkten: å ä ö\n- andra punkten', participants_total: 8 });
      expect(activity(format, second, '17.10'), format).toMatchObject({ title: "'@möte i Ödeshög", place: "'-Åre", description: 'Vi sa "hej"; sedan, 35.5 timmar' });
    }
    for (const format of exportFormats) expect((activity(format, first, '16.10').starts_on as Date).toISOString(), format).toBe('2026-04-02T00:00:00.000Z');
  });

  it('carries the codebook as a second sheet of the workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'opened', 'xlsx', 'indicator_values.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['indicator_values', 'codebook']);
    const codebook = workbook.getWorksheet('codebook');
    expect(codebook?.getRow(1).values).toEqual([undefined, 'kolumn', 'betydelse', 'typ', 'tillåtna_värden']);
    expect(codebook?.getColumn(1).values.slice(2)).toEqual(codebooks.indicator_values.map((column) => column.name));
  });
});
