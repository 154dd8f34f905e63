import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/accessibility';
import { storageStateOf } from './support/demo';

test.use({ storageState: storageStateOf('grace') });

test('a contributor lists the partnership\'s activities and narrows them with filters kept in the URL', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Robertsfors – Machakos' }).click();
  await page.getByRole('link', { name: 'All activities' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Activities' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('9 activities');
  await expect(page.getByRole('row').nth(1)).toContainText('Conference on women in county leadership');
  await expectNoAxeViolations(page);

  await page.getByLabel('Goal').selectOption('16');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/goal=16/);
  await expect(page.getByRole('status')).toHaveText('4 activities');
  await expect(page.getByRole('rowheader', { name: 'Youth council on gender equality' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Youth council/ })).toContainText('16.7 (direct)');

  await page.getByLabel('Year').selectOption('2025');
  await page.getByLabel('Search').fill('youth');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('status')).toHaveText('1 activity');

  await page.reload();
  await expect(page.getByLabel('Search')).toHaveValue('youth');
  await expect(page.getByRole('status')).toHaveText('1 activity');

  await page.getByLabel('Search').fill('no such thing');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByText('No activities match these filters.')).toBeVisible();
  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page.getByRole('status')).toHaveText('9 activities');
  await expectNoAxeViolations(page);
});
