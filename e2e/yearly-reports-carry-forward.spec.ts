import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/accessibility';
import { storageStateOf } from './support/demo';

const aleGhanzi = '00000000-0000-4000-c000-000000000003';

// Starting Ale – Ghanzi's 2026 report makes it their latest: this file's name sorts it after the
// journeys that read their latest report as 2024's (the journeys run one file after another, by name).
test.use({ storageState: storageStateOf('lina') });

test('Ale – Ghanzi start 2026 from their 2024 report, decide every carried item, and the checklist has none left', async ({ page }) => {
  await page.goto(`/partnerships/${aleGhanzi}/reports/2026`);
  await expect(page.getByText('The report for 2026 has not been started.')).toBeVisible();
  await expect(page.getByLabel('Carry forward from the 2024 report')).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start the 2026 report' }).click();

  const carried = page.getByRole('region', { name: 'Carried forward from 2024' });
  const checklist = page.getByRole('region', { name: 'Before submitting' });
  await expect(carried.getByRole('heading', { name: 'Activities still going on' })).toBeVisible();
  await expect(checklist.getByRole('link', { name: 'Decide on the activity “Exchange visit on inclusive education” carried forward from last year.' })).toBeVisible();
  await expect(checklist.getByRole('link', { name: /^Decide on the/ })).toHaveCount(4);
  // A started year with no activity yet says so beside the narrative.
  await expect(page.getByText('No activity of the year is linked to an SDG target yet.')).toBeVisible();
  await expectNoAxeViolations(page);

  await carried.getByRole('button', { name: 'Continue “Exchange visit on inclusive education” in 2026' }).click();
  await expect(carried.getByText('Continued in 2026 by Lina Berg.')).toBeVisible();
  // Scanned with buttons still to press.
  await expectNoAxeViolations(page);
  await carried.getByRole('button', { name: 'Close “San community dialogue on school attendance”: it has ended' }).click();
  await expect(carried.getByText('Closed by Lina Berg: it has ended.')).toBeVisible();
  await carried.getByRole('button', { name: 'Keep “Schools with a plan made through citizen dialogue” with its target for 2026' }).click();
  await expect(carried.getByText('Kept by Lina Berg: measured in 2026, with last year’s target.')).toBeVisible();
  await carried.getByRole('button', { name: 'Drop “Attendance rate of San pupils”: not measured in 2026' }).click();
  await expect(carried.getByText('Dropped by Lina Berg: not measured in 2026.')).toBeVisible();
  await expect(carried.getByRole('button')).toHaveCount(0);

  // Nothing left to decide; a dropped indicator asks no value, a kept one still does.
  await expect(checklist.getByRole('link', { name: /^Decide on the/ })).toHaveCount(0);
  await expect(checklist.getByRole('link', { name: /Attendance rate of San pupils/ })).toHaveCount(0);
  await expect(checklist.getByRole('link', { name: /Give “Schools with a plan made through citizen dialogue” an actual value/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // The continued activity is one of 2026, with the targets it had.
  await carried.getByRole('link', { name: 'Open the 2026 activity' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Exchange visit on inclusive education' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('4.5');
});
