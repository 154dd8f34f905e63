import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('the start page reaches the API through supabase-js and passes axe', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda 2030 Partnerships' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Connected: the SDG catalogue has 17 goals.');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations).toEqual([]);
});

test('an unknown address shows a not-found page', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the start page' }).click();
  await expect(page).toHaveURL('/');
});
