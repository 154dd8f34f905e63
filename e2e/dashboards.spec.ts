import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from './support/test';
import Papa from 'papaparse';
import { expectNoAxeViolations } from './support/accessibility';
import { storageStateOf } from './support/demo';

/** The table of a chart panel, as text cells row by row (header row first). */
async function tableCells(panel: Locator) {
  return panel.getByRole('table').evaluate((table) => [...table.querySelectorAll('tr')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')));
}

/** Downloads a panel's CSV and parses it with a real CSV parser. */
async function downloadedCsv(page: Page, panel: Locator, buttonName: string, delimiter = ',') {
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: buttonName }).click();
  const file = await (await download).path();
  const text = await readFile(file, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return { name: (await download).suggestedFilename(), rows: Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true, delimiter }).data };
}

test.describe('as an analyst', () => {
  test.use({ storageState: storageStateOf('analyst') });

  test('filters to Kenya and 2025, drills into goal 5 and its target 5.5, and the CSV holds the table\'s numbers', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboards' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboards' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Contribution by goal' }).getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page);

    const filters = page.getByRole('form', { name: 'Filter the dashboards' });
    await filters.getByLabel('From year').selectOption('2025');
    await filters.getByLabel('To year').selectOption('2025');
    await filters.getByLabel('Country').selectOption({ label: 'Kenya' });
    await filters.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/from=2025.*to=2025.*country=KE/);
    await expect(page.getByText('The partnerships\' contribution to Agenda 2030 from 2025 to 2025')).toBeVisible();
    await expect(page.getByRole('definition').first()).toHaveText('1');

    const goals = page.getByRole('region', { name: 'Contribution by goal' });
    await goals.getByRole('link', { name: '5. Gender Equality' }).click();
    await expect(page).toHaveURL(/goal=5/);
    const targetsTitle = 'Targets of goal 5. Gender Equality';
    const targets = page.getByRole('region', { name: targetsTitle });
    await expect(targets.getByRole('table')).toBeVisible();
    await expect(targets.getByRole('img', { name: targetsTitle })).toBeVisible();

    const table = await tableCells(targets);
    const csv = await downloadedCsv(page, targets, `Download “${targetsTitle}” as CSV`);
    expect(csv.name).toBe('contribution-by-target-goal-5.csv');
    expect(csv.rows).toEqual(table);
    expect(table.map((row) => row[0])).toContain('5.5');
    await expectNoAxeViolations(page);

    await targets.getByRole('link', { name: '5.5', exact: true }).click();
    const behind = page.getByRole('region', { name: 'Activities behind target 5.5' });
    await expect(behind.getByRole('row')).not.toHaveCount(0);
    await expect(behind.getByRole('cell', { name: 'Robertsfors – Machakos' }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('compares the partnerships on an official SDG indicator, in Swedish with a semicolon CSV', async ({ page }) => {
    await page.goto('/dashboards?from=2023&to=2025');
    await expect(page.getByRole('region', { name: 'Indicator progress by SDG indicator' }).getByRole('table')).toBeVisible();
    await page.getByRole('radio', { name: 'Svenska' }).click();
    const summary = page.getByRole('region', { name: 'Indikatorernas utveckling per SDG-indikator' });
    await summary.getByRole('link', { name: '5.5.1' }).click();
    const title = 'Utveckling för SDG-indikator 5.5.1';
    const progress = page.getByRole('region', { name: title });
    await expect(progress.getByRole('table')).toContainText('Robertsfors – Machakos');
    // Long partnership and indicator names along the side take at most the two lines their row has room for.
    const labels = progress.getByRole('img', { name: title }).locator('.recharts-yAxis-tick-labels text');
    await expect(labels.first()).toBeAttached();
    const lines = await labels.evaluateAll((texts) => texts.map((text) => text.querySelectorAll('tspan').length));
    expect(lines.length).toBeGreaterThan(0);
    expect(Math.max(...lines)).toBeLessThanOrEqual(2);
    const csv = await downloadedCsv(page, progress, `Ladda ned ”${title}” som CSV`, ';');
    expect(csv.rows).toEqual(await tableCells(progress));
    await expectNoAxeViolations(page);
    await page.getByRole('radio', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('as a coordinator', () => {
  test.use({ storageState: storageStateOf('anna') });

  test('the same dashboards count only their own partnership', async ({ page }) => {
    await page.goto('/dashboards?from=2023&to=2025');
    const figures = page.getByRole('region', { name: 'Headline figures' });
    await expect(figures.getByRole('definition').first()).toHaveText('1');
    const partnership = page.getByRole('form', { name: 'Filter the dashboards' }).getByLabel('Partnership');
    await expect(partnership.getByRole('option', { name: 'Växjö – JB Marks' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Report status 2025' }).getByRole('table')).toContainText('Kenya');
    const changes = page.getByRole('region', { name: 'Results by level of change' });
    await expect(changes.getByRole('table').getByRole('row', { name: /^Societal/ })).toContainText('1');
    await expectNoAxeViolations(page);
  });
});
