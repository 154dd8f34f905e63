import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/accessibility';
import { apiUrl, serviceRoleKey, storageStateOf } from './support/demo';

test.use({ storageState: storageStateOf('grace') });

test('a contributor lists the partnership\'s activities and narrows them with filters kept in the URL', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Robertsfors – Machakos', exact: true }).click();
  await page.getByRole('navigation', { name: 'Sections of Robertsfors – Machakos' }).getByRole('link', { name: 'Activities' }).click();
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

test.describe('as a coordinator', () => {
  test.use({ storageState: storageStateOf('anna') });

  test('logs an activity linked to 5.5 (direct) and 16.7 (indirect) with participants and a PDF as evidence; a contributor then edits it', async ({ page, browser }) => {
    await page.goto('/partnerships/00000000-0000-4000-c000-000000000001/activities');
    await page.getByRole('link', { name: 'Log an activity' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Log an activity' })).toBeVisible();
    await page.getByRole('button', { name: 'Save the activity' }).click();
    await expect(page.getByText('Use 3 to 200 characters.')).toBeVisible();
    await expect(page.getByText('Add at least one SDG target.')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel('Title').fill('Women councillors budget dialogue');
    await page.getByLabel('Type').selectOption('citizen_dialogue');
    await page.getByLabel('First day').fill('2026-04-14');
    await page.getByLabel('Last day').fill('2026-04-13');
    const participants = page.getByRole('group', { name: 'Participants' });
    await participants.getByLabel('Women').fill('34');
    await participants.getByLabel('Men', { exact: true }).fill('12');
    await page.getByLabel('Participation').check();
    await page.getByLabel('Elected officials').check();
    await page.getByLabel('Localisation stage').selectOption('implement_follow_up');

    const picker = page.getByRole('combobox', { name: 'Add an SDG target' });
    await picker.click();
    await picker.fill('gender');
    await expect(page.getByRole('option').first()).toBeVisible();
    await picker.fill('5.5');
    await page.getByRole('option', { name: /^5\.5 Ensure women/ }).click();
    await picker.fill('16.7');
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await page.getByLabel('Contribution to target 16.7').selectOption('indirect');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Save the activity' }).click();
    await expect(page.getByText('The last day cannot be before the first day.')).toBeVisible();
    await page.getByLabel('Last day').fill('2026-04-14');
    await page.getByRole('button', { name: 'Save the activity' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Women councillors budget dialogue' })).toBeVisible();
    await expect(page.getByText('The activity is saved.')).toBeVisible();
    await page.getByRole('link', { name: /All activities of/ }).click();
    const row = page.getByRole('row', { name: /Women councillors budget dialogue/ });
    await expect(row).toContainText('5.5 (direct), 16.7 (indirect)');
    await expect(row).toContainText('46');
    const saved = await fetch(`${apiUrl}/rest/v1/activities?title=eq.${encodeURIComponent('Women councillors budget dialogue')}&select=principles,target_groups,localisation_stage,participants_women`, {
      headers: { apikey: serviceRoleKey, authorization: `Bearer ${serviceRoleKey}` },
    });
    expect(await saved.json()).toEqual([{ principles: ['participation'], target_groups: ['elected_officials'], localisation_stage: 'implement_follow_up', participants_women: 34 }]);
    await page.getByRole('link', { name: 'Women councillors budget dialogue' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'choose files' }).click();
    await (await chooser).setFiles({ name: 'Attendance list.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% attendance\n') });
    await expect(page.getByRole('region', { name: 'Evidence' }).getByRole('button', { name: 'Download Attendance list.pdf' })).toBeVisible();

    const contributor = await (await browser.newContext({ storageState: storageStateOf('grace') })).newPage();
    await contributor.goto(page.url());
    await contributor.getByRole('group', { name: 'Participants' }).getByLabel('Other or not stated').fill('2');
    await contributor.getByRole('button', { name: 'Save the activity' }).click();
    await expect(contributor.getByText('The activity is saved.')).toBeVisible();
    await expect(contributor.getByRole('region', { name: 'Evidence' }).getByRole('button', { name: 'Download Attendance list.pdf' })).toBeVisible();
  });
});
