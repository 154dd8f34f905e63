import { expect, test, type Page } from './support/test';
import { expectNoAxeViolations } from './support/accessibility';
import { restoreEnglish, storageStateOf } from './support/demo';

const robertsforsMachakos = '00000000-0000-4000-c000-000000000001';

// Long journeys: every page is scanned by axe.
test.describe.configure({ timeout: 240_000 });

/**
 * A page read in Swedish: its tab is named after its heading, the charts' legends are Swedish page
 * text, and axe finds nothing. The shared test fixture fails the journey on any key missing from
 * the Swedish catalogue on the way.
 */
async function expectSwedishPage(page: Page) {
  await page.waitForLoadState('networkidle');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page).toHaveTitle(`${(await heading.textContent())!.trim()} – Agenda 2030-partnerskap`);
  await expect(page.locator('[aria-label*="legend icon"]')).toHaveCount(0);
  await expectNoAxeViolations(page);
}

test.afterAll(() => restoreEnglish(['anna', 'analyst', 'admin']));

async function inSwedish(page: Page) {
  await page.goto('/');
  // Once the profile is in, its language has been applied; the switch then stays.
  await expect(page.getByRole('heading', { level: 1, name: /^(Welcome|Välkommen), / })).toBeVisible();
  await page.getByRole('radio', { name: 'Svenska' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expectSwedishPage(page);
}

test.describe('in Swedish, as a coordinator', () => {
  test.use({ storageState: storageStateOf('anna') });

  test('the partnership\'s pages, its report and the dashboards', async ({ page }) => {
    await inSwedish(page);
    await page.goto(`/partnerships/${robertsforsMachakos}?year=2025`);
    await expect(page.getByRole('heading', { level: 1, name: 'Robertsfors – Machakos' })).toBeVisible();
    await expectSwedishPage(page);

    const tabs = page.getByRole('navigation', { name: /Robertsfors – Machakos/ });
    await tabs.getByRole('link', { name: 'Aktiviteter' }).click();
    await expect(page).toHaveURL(/\/activities$/);
    await expectSwedishPage(page);
    await page.getByRole('table').getByRole('link').first().click();
    await expect(page).toHaveURL(/\/activities\/[0-9a-f-]{36}$/);
    await expectSwedishPage(page);

    await page.goto(`/partnerships/${robertsforsMachakos}/results`);
    await expectSwedishPage(page);
    await page.getByRole('heading', { level: 3 }).getByRole('link').first().click();
    await expect(page).toHaveURL(/\/indicators\/[0-9a-f-]{36}$/);
    await expectSwedishPage(page);
    await page.goBack();
    await page.getByRole('heading', { level: 2 }).getByRole('link').first().click();
    await expect(page).toHaveURL(/\/results\/[0-9a-f-]{36}$/);
    await expectSwedishPage(page);

    await page.goto(`/partnerships/${robertsforsMachakos}/reports`);
    await expectSwedishPage(page);
    await page.goto(`/partnerships/${robertsforsMachakos}/reports/2025`);
    await expect(page.getByRole('heading', { level: 1, name: 'Robertsfors – Machakos: rapport 2025' })).toBeVisible();
    await expectSwedishPage(page);
    await page.goto(`/partnerships/${robertsforsMachakos}/reports/2024/print`);
    await expect(page.getByRole('img', { name: /2024/ })).toBeVisible();
    await expectSwedishPage(page);

    await page.goto(`/partnerships/${robertsforsMachakos}/members`);
    await expectSwedishPage(page);
    await page.goto('/profile');
    await expectSwedishPage(page);
    await page.goto('/exports');
    await expectSwedishPage(page);

    await page.goto('/dashboards?from=2023&to=2025');
    await expect(page.getByRole('img', { name: 'Bidrag per mål' })).toBeVisible();
    await expect(page.getByRole('img', { name: 'Deltagare per kön över åren' })).toBeVisible();
    // Direct and indirect are told apart in the legend, by name and by swatch.
    const goals = page.getByRole('region', { name: 'Bidrag per mål' });
    await expect(goals.getByRole('listitem')).toHaveText(['Aktiviteter, direkt', 'Aktiviteter, indirekt', 'Resultat, direkt', 'Resultat, indirekt']);
    const swatches = await goals.getByRole('listitem').evaluateAll((items) => items.map((item) => { const swatch = getComputedStyle(item.firstElementChild!); return `${swatch.backgroundColor} ${swatch.borderStyle}`; }));
    expect(new Set(swatches).size).toBe(4);
    await expect(page.getByRole('region', { name: 'Deltagare per kön över åren' }).getByRole('columnheader', { name: 'Personer' })).toBeVisible();
    await expectSwedishPage(page);
  });
});

test.describe('in Swedish, as an analyst', () => {
  test.use({ storageState: storageStateOf('analyst') });

  test('the programme, the review queue, the dashboards drilled down and the exports', async ({ page }) => {
    await inSwedish(page);
    const main = page.getByRole('navigation', { name: 'Huvudmeny' });
    await main.getByRole('link', { name: 'Programmet' }).click();
    await expect(page).toHaveURL(/\/programme$/);
    await expectSwedishPage(page);
    await page.getByRole('main').getByRole('link', { name: 'Rapporter att granska' }).click();
    await expect(page).toHaveURL(/\/programme\/reviews/);
    await expectSwedishPage(page);
    await main.getByRole('link', { name: 'Översikter' }).click();
    await expect(page.getByRole('img', { name: 'Bidrag per mål' })).toBeVisible();
    await expectSwedishPage(page);
    await page.getByRole('region', { name: 'Bidrag per mål' }).getByRole('link', { name: '5. Jämställdhet' }).click();
    await page.getByRole('region', { name: 'Delmål inom mål 5. Jämställdhet' }).getByRole('link', { name: '5.5', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Aktiviteter bakom delmål 5.5' }).getByRole('table')).toBeVisible();
    await expectSwedishPage(page);
    await main.getByRole('link', { name: 'Exporter' }).click();
    await expect(page).toHaveURL(/\/exports$/);
    await expectSwedishPage(page);
  });
});

test.describe('in Swedish, as an admin', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('the administration', async ({ page }) => {
    await inSwedish(page);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Administration' }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await expectSwedishPage(page);
    for (const [section, url] of [['Organisationer', /\/admin\/organisations$/], ['Partnerskap', /\/admin\/partnerships$/], ['Personer och inbjudningar', /\/admin\/people$/]] as const) {
      await page.getByRole('main').getByRole('link', { name: section, exact: true }).click();
      await expect(page).toHaveURL(url);
      await expectSwedishPage(page);
      await page.goBack();
      await expect(page).toHaveURL(/\/admin$/);
    }
  });
});
