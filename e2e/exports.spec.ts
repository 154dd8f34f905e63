import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createClient } from '@supabase/supabase-js';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from './support/test';
import Papa from 'papaparse';
import ws from 'ws';
import { refdata } from '../supabase/tests/support/refdata.ts';
import { expectNoAxeViolations } from './support/accessibility';
import { apiUrl, demoPassword, demoUsers, restoreEnglish, serviceRoleKey, storageStateOf } from './support/demo';

const robertsfors = '00000000-0000-4000-c000-000000000001';
const clientOptions = { auth: { persistSession: false }, realtime: { transport: ws as never } };
const service = createClient(apiUrl, serviceRoleKey, clientOptions);

/** Clicks a download button and parses the file with a real CSV parser. */
async function downloadCsv(page: Page, button: string, delimiter: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const text = await readFile(await (await download).path(), 'utf8');
  expect(text.startsWith('\uFEFF'), 'starts with a byte-order mark').toBe(true);
  const [header, ...rows] = Papa.parse<string[]>(text.slice(1), { delimiter, skipEmptyLines: true }).data;
  return { name: (await download).suggestedFilename(), header, rows: rows.map((row) => Object.fromEntries(header.map((column, index) => [column, row[index]]))) };
}

/** Clicks a download button and reads the workbook's sheets with a real workbook reader. */
async function downloadWorkbook(page: Page, button: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await (await download).path());
  const [data] = workbook.worksheets;
  const [header, ...rows] = (data.getSheetValues() as ExcelJS.CellValue[][]).filter(Boolean).map((row) => row.slice(1));
  return { name: (await download).suggestedFilename(), sheets: workbook.worksheets.map((sheet) => sheet.name), rows: rows.map((row) => Object.fromEntries(header.map((column, index) => [String(column), row[index] ?? null]))) };
}

test.describe('as an analyst', () => {
  test.use({ storageState: storageStateOf('analyst') });
  test.afterEach(() => restoreEnglish(['analyst']));

  test('exports activities as CSV for data tools that round-trips awkward text, neutralises formulas and matches the database', async ({ page }) => {
    const { data: activity, error } = await service
      .from('activities')
      .insert({
        partnership_id: robertsfors,
        title: '=HYPERLINK("http://example.com")',
        description: 'Möte i Växjö; "öppet" för alla, med å, ä och ö\nrad två',
        place: '+46 kontor',
        kind: 'workshop',
        starts_on: '2026-04-02',
        ends_on: '2026-04-02',
      })
      .select('id')
      .single();
    expect(error).toBeNull();

    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exports' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Exports' })).toBeVisible();
    await expectNoAxeViolations(page);
    const filters = page.getByRole('form', { name: 'Filter the exports' });
    await filters.getByLabel('From year').selectOption('2023');
    await filters.getByLabel('To year').selectOption('2026');
    await filters.getByRole('button', { name: 'Show' }).click();
    const comma = page.getByRole('radio', { name: /^CSV with commas and decimal points/ });
    await expect(page.getByRole('radio', { name: /^Excel workbook/ })).toBeChecked();
    await comma.click();
    await expect(comma).toBeChecked();

    const csv = await downloadCsv(page, 'Download Activities as CSV', ',');
    expect(csv.name).toBe('activities_2023-2026_en_comma.csv');
    await expect(page.getByRole('region', { name: 'Activities' }).getByRole('status')).toHaveText(`Saved ${csv.rows.length} rows.`);

    // What the analyst may read, asked through the API directly.
    const analyst = createClient(apiUrl, serviceRoleKey, clientOptions);
    await analyst.auth.signInWithPassword({ email: demoUsers.analyst.email, password: demoPassword });
    const { data: expected } = await analyst.rpc('export_activities', { year_from: 2023, year_to: 2026 });
    expect(csv.rows.map((row) => `${row.activity_id}/${row.target_id}`)).toEqual((expected as { activity_id: string; target_id: string | null }[]).map((row) => `${row.activity_id}/${row.target_id ?? ''}`));
    expect(csv.header.slice(0, 3)).toEqual(['activity_id', 'partnership_id', 'partnership_name']);

    const awkward = csv.rows.find((row) => row.activity_id === activity?.id);
    expect(awkward).toMatchObject({
      title: '\'=HYPERLINK("http://example.com")',
      place: '\'+46 kontor',
      description: 'Möte i Växjö; "öppet" för alla, med å, ä och ö\nrad två',
      partnership_name: 'Robertsfors – Machakos',
      partner_country_codes: 'KE',
      participants_total: '0',
      target_id: '',
    });
    await service.from('activities').delete().eq('id', activity?.id ?? '');
  });

  test('downloads a workbook of what the filters show, applied or not, named after them and the language', async ({ page }) => {
    await page.goto('/exports?from=2023&to=2025');
    await page.getByRole('radio', { name: 'Svenska' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Exporter' })).toBeVisible();
    const filters = page.getByRole('form', { name: 'Filtrera exporterna' });
    await filters.getByLabel('Från år').selectOption('2025');
    await filters.getByLabel('Till år').selectOption('2025');
    await filters.getByLabel('Land').selectOption('KE');
    await filters.getByLabel('Mål').selectOption('5');
    // Not applied with "Visa": the download takes what the form shows all the same.
    await expect(page).toHaveURL(/from=2023&to=2025$/);
    await expect(page.getByRole('radio', { name: /^Excel-arbetsbok/ })).toBeChecked();

    const workbook = await downloadWorkbook(page, 'Ladda ned Aktiviteter som Excel-arbetsbok');
    expect(workbook.name).toBe('activities_2025_KE_goal-5_sv.xlsx');
    expect(workbook.sheets).toEqual(['activities', 'codebook']);
    const analyst = createClient(apiUrl, serviceRoleKey, clientOptions);
    await analyst.auth.signInWithPassword({ email: demoUsers.analyst.email, password: demoPassword });
    const { data: expected } = await analyst.rpc('export_activities', { year_from: 2025, year_to: 2025, country_code: 'KE', goal_id: 5 });
    const rows = expected as { activity_id: string; target_id: string; starts_on: string; participants_total: number }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(workbook.rows.map((row) => [row.activity_id, row.target_id, row.year, row.goal_id, row.partner_country_codes])).toEqual(rows.map((row) => [row.activity_id, row.target_id, 2025, '5', 'KE']));
    // Typed cells: dates as dates, counts as numbers.
    expect(workbook.rows.map((row) => [(row.starts_on as Date).toISOString().slice(0, 10), row.participants_total])).toEqual(rows.map((row) => [row.starts_on, row.participants_total]));
    await expectNoAxeViolations(page);
    await page.getByRole('radio', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('downloads the demo programme as IATI 2.03 XML that the schema accepts', async ({ page }) => {
    await page.goto('/exports?from=2023&to=2025');
    const card = page.getByRole('region', { name: 'IATI 2.03 XML' });
    const download = page.waitForEvent('download');
    await card.getByRole('button', { name: 'Download the IATI XML' }).click();
    const file = await (await download).path();
    expect((await download).suggestedFilename()).toBe('iati-activities_2023-2025.xml');
    await expect(card.getByRole('status')).toHaveText('Saved 3 activities. Left out 1 partnership whose public profile is off: Ale – Ghanzi.');
    await expect(card).toContainText('Only partnerships with a public profile are published');
    const xml = await readFile(file, 'utf8');
    expect(xml).toContain('<reporting-org ref="SE-ON-555555-5555" type="10">');
    // Ale – Ghanzi keeps its public profile off: it is left out, and the page says so.
    expect(xml).not.toContain('Ale – Ghanzi');
    expect(xml).toContain('Robertsfors – Machakos');
    expect(xml).toContain('<tag vocabulary="3" code="5.5"/>');
    expect(xml).toContain('<reference vocabulary="9" code="5.5.1"/>');
    const schema = refdata('iati/iati-activities-schema.xsd');
    test.skip(!schema.present, 'the IATI schema is not here (../shared/refdata/iati)');
    expect(() => execFileSync('xmllint', ['--noout', '--nonet', '--schema', schema.path, file], { stdio: 'pipe' })).not.toThrow();
    await expectNoAxeViolations(page);
  });

  test('cancels a slow export and saves nothing', async ({ page }) => {
    await page.route('**/rest/v1/rpc/export_indicator_values*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await route.continue().catch(() => undefined);
    });
    await page.goto('/exports');
    await page.getByRole('button', { name: 'Download Indicator values as an Excel workbook' }).click();
    const card = page.getByRole('region', { name: 'Indicator values' });
    await expect(card.getByText('Starting the export…')).toBeVisible();
    await card.getByRole('button', { name: 'Cancel the export of Indicator values' }).click();
    await expect(card.getByRole('status')).toHaveText('The export was cancelled; no file was saved.');
  });
});

test.describe('as a coordinator', () => {
  test.use({ storageState: storageStateOf('anna') });

  test('exports only their own partnership, with semicolons, and a codebook for each export', async ({ page }) => {
    await page.goto('/exports?from=2023&to=2025');
    const semicolon = page.getByRole('radio', { name: /^CSV with semicolons and decimal commas/ });
    await semicolon.click();
    await expect(semicolon).toBeChecked();
    await expect(page).toHaveURL(/format=csv_semicolon/);
    const values = await downloadCsv(page, 'Download Indicator values as CSV', ';');
    expect(values.rows.length).toBeGreaterThan(0);
    expect(new Set(values.rows.map((row) => row.partnership_id))).toEqual(new Set([robertsfors]));
    expect(new Set(values.rows.map((row) => row.sex))).toContain('total');
    // Decimals with a comma, as the semicolon dialect reads them.
    expect(values.rows.filter((row) => row.baseline_value.includes('.'))).toEqual([]);

    const codebook = await downloadCsv(page, 'Codebook of Indicator values', ';');
    expect(codebook.name).toBe('indicator_values_codebook_en_semicolon.csv');
    expect(codebook.rows.map((row) => row.column)).toEqual(values.header);
    expect(codebook.rows.find((row) => row.column === 'sex')).toMatchObject({ allowed_values: 'total|women|men|other' });
    await expectNoAxeViolations(page);
  });
});

test.describe('as an admin', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('names the reporting organisation and an organisation\'s IATI identifier, and the IATI file uses them', async ({ page }) => {
    await page.goto('/programme');
    await page.getByRole('link', { name: 'Programme settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Programme settings' })).toBeVisible();
    const settings = page.getByRole('form', { name: 'Reporting organisation' });
    await settings.getByLabel('IATI identifier of the reporting organisation').fill('not an id');
    await settings.getByRole('button', { name: 'Save the settings' }).click();
    await expect(settings.getByText('Use 3 to 100 letters, digits and hyphens, as IATI identifiers are written.')).toBeVisible();
    await settings.getByLabel('IATI identifier of the reporting organisation').fill('SE-ON-555555-5555');
    await settings.getByLabel('Name of the reporting organisation').fill('Municipal Partnership Programme');
    await settings.getByRole('button', { name: 'Save the settings' }).click();
    await expect(settings.getByText('Saved.')).toBeVisible();

    const robertsfors = page.getByRole('form', { name: 'IATI identifier of Robertsfors kommun' });
    await robertsfors.getByLabel('IATI identifier of Robertsfors kommun').fill('SE-KOM-2409');
    await robertsfors.getByRole('button', { name: 'Save the identifier of Robertsfors kommun' }).click();
    await expect(page.getByRole('form', { name: 'IATI identifier of Robertsfors kommun' }).getByLabel('IATI identifier of Robertsfors kommun')).toHaveValue('SE-KOM-2409');
    await expectNoAxeViolations(page);

    await page.goto('/exports?from=2023&to=2025');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the IATI XML' }).click();
    const xml = await readFile(await (await download).path(), 'utf8');
    expect(xml).toContain('<reporting-org ref="SE-ON-555555-5555" type="10"><narrative>Municipal Partnership Programme</narrative></reporting-org>');
    expect(xml).toContain('<participating-org ref="SE-KOM-2409" role="4" type="11"><narrative>Robertsfors kommun</narrative></participating-org>');
  });
});
