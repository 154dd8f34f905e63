import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/accessibility';
import { apiUrl, serviceRoleKey, storageStateOf } from './support/demo';

const robertsfors = '00000000-0000-4000-c000-000000000001';
const activitiesOfRobertsfors = `/partnerships/${robertsfors}/activities`;

test.use({ storageState: storageStateOf('grace') });

test('a contributor edits an activity, and a stale edit is caught and shown, never overwritten', async ({ browser }) => {
  const anna = await (await browser.newContext({ storageState: storageStateOf('anna') })).newPage();
  const grace = await (await browser.newContext({ storageState: storageStateOf('grace') })).newPage();
  for (const page of [anna, grace]) {
    await page.goto(activitiesOfRobertsfors);
    await page.getByRole('link', { name: 'Training in gender-disaggregated statistics' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Training in gender-disaggregated statistics' })).toBeVisible();
  }
  await expectNoAxeViolations(grace);

  await grace.getByLabel('Place').fill('Machakos county offices');
  await grace.getByRole('group', { name: 'Participants' }).getByLabel('Women').fill('25');
  await grace.getByRole('button', { name: 'Save the activity' }).click();
  await expect(grace.getByText('The activity is saved.')).toBeVisible();

  await anna.getByLabel('Place').fill('Machakos town hall');
  await anna.getByRole('button', { name: 'Save the activity' }).click();
  const conflict = anna.getByRole('alertdialog', { name: 'Grace Mwende saved first' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('row', { name: /Place/ })).toContainText('Machakos county offices');
  await expect(conflict.getByRole('row', { name: /Place/ })).toContainText('Machakos town hall');
  await expect(conflict.getByRole('row', { name: /Women/ })).toContainText('25');
  await expectNoAxeViolations(anna);
  await conflict.getByRole('button', { name: 'Take the saved version' }).click();
  await expect(anna.getByLabel('Place')).toHaveValue('Machakos county offices');
  await expect(anna.getByRole('group', { name: 'Participants' }).getByLabel('Women')).toHaveValue('25');

  await anna.getByLabel('Place').fill('Machakos town hall');
  await anna.getByRole('button', { name: 'Save the activity' }).click();
  await expect(anna.getByText('The activity is saved.')).toBeVisible();

  await grace.getByLabel('Title').fill('Training in sex-disaggregated statistics');
  await grace.getByRole('button', { name: 'Save the activity' }).click();
  await expect(grace.getByRole('alertdialog', { name: 'Anna Lindqvist saved first' })).toContainText('Machakos town hall');
  await grace.getByRole('button', { name: 'Save my version over theirs' }).click();
  await expect(grace.getByRole('alertdialog')).toBeHidden();
  await grace.reload();
  await expect(grace.getByLabel('Title')).toHaveValue('Training in sex-disaggregated statistics');
  await expect(grace.getByLabel('Place')).toHaveValue('Machakos county offices');
});

test('unsaved changes are kept as a draft, offered back after a reload, and leaving asks first', async ({ page }) => {
  await page.goto(activitiesOfRobertsfors);
  await page.getByRole('link', { name: 'Youth council on gender equality' }).click();
  await page.getByLabel('Description').fill('Forty young people met the county assembly.');
  await page.reload();
  await expect(page.getByLabel('Description')).not.toHaveValue('Forty young people met the county assembly.');
  await page.getByRole('button', { name: 'Restore them' }).click();
  await expect(page.getByLabel('Description')).toHaveValue('Forty young people met the county assembly.');

  await page.getByRole('link', { name: /All activities of/ }).click();
  const leave = page.getByRole('alertdialog', { name: 'Leave without saving?' });
  await expect(leave).toBeVisible();
  await expectNoAxeViolations(page);
  await leave.getByRole('button', { name: 'Stay on this page' }).click();
  await page.getByRole('button', { name: 'Save the activity' }).click();
  await expect(page.getByText('The activity is saved.')).toBeVisible();
  await page.getByRole('link', { name: /All activities of/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Activities' })).toBeVisible();
});

test('a save without a connection waits for it and goes through when it returns', async ({ page, context }) => {
  await page.goto(activitiesOfRobertsfors);
  await page.getByRole('link', { name: 'Youth council on gender equality' }).click();
  await page.getByLabel('Place').fill('Robertsfors folkets hus');
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Save the activity' }).click();
  await expect(page.getByText('Waiting for the connection: this will be saved as soon as you are back online.')).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByText('The activity is saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Place')).toHaveValue('Robertsfors folkets hus');
  await expect(page.getByRole('button', { name: 'Restore them' })).toHaveCount(0);
});

test.describe('as a coordinator', () => {
  test.use({ storageState: storageStateOf('anna') });

  test('a frozen year cannot be edited, and the database refuses new activities in it', async ({ page }) => {
    await page.goto(activitiesOfRobertsfors);
    await page.getByRole('link', { name: 'Mentoring programme for women councillors' }).click();
    await expect(page.getByText('The 2024 report has been submitted or approved')).toBeVisible();
    await expect(page.getByLabel('Title')).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Save the activity' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Delete the activity…' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.goto(`${activitiesOfRobertsfors}/new`);
    await page.getByLabel('Title').fill('Late entry for an approved year');
    await page.getByLabel('Type').selectOption('workshop');
    await page.getByLabel('First day').fill('2024-12-01');
    await page.getByLabel('Last day').fill('2024-12-01');
    await expect(page.getByText('The 2024 report has been submitted or approved')).toBeVisible();
    const picker = page.getByRole('combobox', { name: 'Add an SDG target' });
    await picker.click();
    await picker.fill('5.5');
    await page.getByRole('option', { name: /^5\.5 / }).click();
    await page.getByRole('button', { name: 'Save the activity' }).click();
    await expect(page.getByRole('alert')).toHaveText("The report for this year has been submitted or approved, so that year's work can no longer be changed.");
  });

  test('a coordinator deletes an activity after confirming', async ({ page }) => {
    const created = await fetch(`${apiUrl}/rest/v1/activities`, {
      method: 'POST',
      headers: { apikey: serviceRoleKey, authorization: `Bearer ${serviceRoleKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ partnership_id: robertsfors, title: 'Logged twice by mistake', kind: 'workshop', starts_on: '2026-02-02', ends_on: '2026-02-02' }),
    });
    expect(created.status).toBe(201);
    await page.goto(activitiesOfRobertsfors);
    await page.getByRole('link', { name: 'Logged twice by mistake' }).click();
    await page.getByRole('button', { name: 'Delete the activity…' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete “Logged twice by mistake”?' });
    await confirm.getByRole('button', { name: 'Keep it' }).click();
    await expect(confirm).toBeHidden();
    await page.getByRole('button', { name: 'Delete the activity…' }).click();
    await page.getByRole('button', { name: 'Delete for good' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Activities' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Logged twice by mistake' })).toHaveCount(0);
  });
});

test.describe('as an analyst', () => {
  test.use({ storageState: storageStateOf('analyst') });

  test('programme staff read a partnership\'s activities and results but cannot change them', async ({ page }) => {
    await page.goto(activitiesOfRobertsfors);
    await expect(page.getByRole('link', { name: 'Log an activity' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Youth council on gender equality' }).click();
    await expect(page.getByLabel('Title')).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Save the activity' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'choose files' })).toHaveCount(0);
    await page.goto(`/partnerships/${robertsfors}/results`);
    await expect(page.getByRole('link', { name: 'Add a result' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Women and men trained in leadership' }).click();
    await expect(page.getByLabel('Actual 2025 (Women)')).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Save the values' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
