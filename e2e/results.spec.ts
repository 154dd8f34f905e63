import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/accessibility';
import { storageStateOf } from './support/demo';

test.use({ storageState: storageStateOf('anna') });

test('a coordinator adds an outcome with official indicator 5.5.2 and values for two years, and sees progress by its rule', async ({ page }) => {
  await page.goto('/partnerships/00000000-0000-4000-c000-000000000001');
  await page.getByRole('navigation', { name: 'Sections of Robertsfors – Machakos' }).getByRole('link', { name: 'Results and indicators' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Results and indicators' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Share of women among members of county committees' })).toBeVisible();
  await expect(page.getByText('31% of 33% (through 2025). That is 83% of the way to the target.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Add a result' }).click();
  await page.getByRole('button', { name: 'Save the result' }).click();
  await expect(page.getByText('Choose output, outcome or impact.')).toBeVisible();
  await expect(page.getByText('Choose individual, organisational or societal.')).toBeVisible();
  await expect(page.getByText('Choose the partner municipality, the Swedish municipality or region, or both.')).toBeVisible();
  await page.getByLabel('Title').fill('Women hold more managerial posts in the county');
  await page.getByLabel('Level', { exact: true }).selectOption('outcome');
  await page.getByLabel('Level of change').selectOption('organisational');
  await page.getByLabel('Whose change').selectOption('partner');
  await page.getByText('Browse the targets by goal').click();
  await page.getByRole('button', { name: 'Goal 5: Gender equality' }).click();
  await expect(page.getByRole('list', { name: 'Targets of goal 5' })).toContainText("5.5 Ensure women's full and effective participation");
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Add 5.5' }).click();
  await expect(page.getByRole('button', { name: '5.5 added' })).toBeDisabled();
  await page.getByRole('button', { name: 'Save the result' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Women hold more managerial posts in the county' })).toBeVisible();
  await expect(page.getByText('The result is saved.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Add an indicator' }).click();
  await page.getByLabel('What is measured').fill('Share of women in managerial positions in the county administration');
  const official = page.getByLabel('Official SDG indicator');
  await expect(official.getByRole('option')).toHaveText(['None (the partnership\'s own indicator)', /^5\.5\.1 /, /^5\.5\.2 /]);
  await page.getByLabel('Show the indicators of all targets').check();
  await official.selectOption('16.7.1');
  await expect(page.getByText('Indicator 16.7.1 belongs to target 16.7, which this result is not linked to.')).toBeVisible();
  await official.selectOption('5.5.2');
  await expect(page.getByText(/which this result is not linked to/)).toBeHidden();
  await page.getByLabel('Measured as').selectOption('percentage');
  await page.getByLabel('Unit').fill('%');
  await page.getByLabel('How the years add up').selectOption('latest');
  await expect(page.getByText('only the most recent state counts')).toBeVisible();
  await page.getByLabel('Baseline year').fill('2024');
  await page.getByRole('button', { name: 'Save the indicator' }).click();
  await expect(page.getByText('Give both the baseline year and the baseline value, or neither.')).toBeVisible();
  await page.getByLabel('Baseline value').fill('28');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save the indicator' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Share of women in managerial positions in the county administration' })).toBeVisible();
  await expect(page.getByLabel('Target 2024')).toBeDisabled();
  await page.getByLabel('Target 2025').fill('35');
  await page.getByLabel('Actual 2025').fill('31');
  await page.getByLabel('Target 2026').fill('140');
  await page.getByRole('button', { name: 'Save the values' }).click();
  await expect(page.getByText('A percentage lies between 0 and 100.')).toBeVisible();
  await page.getByLabel('Target 2026').fill('40');
  await page.getByLabel('Note 2026').fill('Recruitment round in spring.');
  await page.getByRole('button', { name: 'Save the values' }).click();
  await expect(page.getByText('The values are saved.')).toBeVisible();
  await expect(page.getByText('31% of 35% (through 2025). That is 43% of the way to the target.')).toBeVisible();
  await expectNoAxeViolations(page);
});
