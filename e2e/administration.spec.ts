import { expect, test, type Browser, type Page } from './support/test';
import { expectNoAxeViolations } from './support/accessibility';
import { apiUrl, linkFromInbox, serviceRoleKey, signIn, storageStateOf } from './support/demo';

const thisYear = new Date().getFullYear();

/** Follows the invitation in the inbox in a fresh browser, and chooses a name and password. */
async function acceptInvitation(browser: Browser, email: string, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(await linkFromInbox(email));
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('New password', { exact: true }).fill('kisumu lakeside 2030');
  await page.getByLabel('Repeat the new password').fill('kisumu lakeside 2030');
  await page.getByRole('button', { name: 'Accept and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${name}` })).toBeVisible();
  return page;
}

/** The other journeys count the demo programme: what this one adds goes again afterwards. */
test.afterAll(async () => {
  const remove = (table: string, filter: string) =>
    fetch(`${apiUrl}/rest/v1/${table}?${filter}`, { method: 'DELETE', headers: { apikey: serviceRoleKey, authorization: `Bearer ${serviceRoleKey}` } });
  await remove('partnerships', `name=eq.${encodeURIComponent('Skellefteå – Kisumu')}`);
  await remove('organisations', `name=in.(${encodeURIComponent('"Skellefteå kommun","Kisumu County Government"')})`);
});

test('an admin sets up a partnership and invites its coordinator, who invites a contributor, who logs an activity', async ({ browser }) => {
  // Four people and a dozen pages: a journey longer than most.
  test.slow();
  const admin = await (await browser.newContext({ storageState: storageStateOf('admin') })).newPage();
  await admin.goto('/');
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Administration' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
  await expectNoAxeViolations(admin);

  // The two organisations: a Swedish municipality chosen from SCB's list, and a Kenyan county.
  await admin.getByRole('link', { name: 'Organisations', exact: true }).click();
  await admin.getByRole('link', { name: 'New organisation' }).click();
  await admin.getByRole('button', { name: 'Save organisation' }).click();
  await expect(admin.getByText('Choose the municipality or region from the list.')).toBeVisible();
  // The name comes from the chosen municipality, unless the admin has typed one.
  const name = admin.getByLabel('Name', { exact: true });
  await name.fill('Skellefteå international office');
  const municipality = admin.getByRole('combobox', { name: 'Swedish municipality' });
  await municipality.fill('umeå');
  await admin.getByRole('option', { name: 'Umeå (2480)' }).click();
  await expect(name).toHaveValue('Skellefteå international office');
  await name.fill('');
  await municipality.fill('skellef');
  await admin.getByRole('option', { name: 'Skellefteå (2482)' }).click();
  await expect(municipality).toHaveValue('Skellefteå (2482)');
  await expect(name).toHaveValue('Skellefteå kommun');
  await expectNoAxeViolations(admin);
  await admin.getByRole('button', { name: 'Save organisation' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
  await expect(admin.getByRole('row', { name: /Skellefteå kommun/ })).toContainText('2482');

  await admin.getByRole('link', { name: 'New organisation' }).click();
  await admin.getByLabel('Name', { exact: true }).fill('Kisumu County Government');
  await admin.getByLabel('Type').selectOption('region');
  await admin.getByLabel('Country').selectOption({ label: 'Kenya' });
  await expect(admin.getByRole('combobox', { name: 'Swedish region' })).toHaveCount(0);
  await admin.getByRole('button', { name: 'Save organisation' }).click();
  await expect(admin.getByRole('row', { name: /Kisumu County Government/ })).toContainText('Kenya');
  await expectNoAxeViolations(admin);

  // The partnership between them.
  await admin.goto('/admin');
  await admin.getByRole('link', { name: 'Partnerships', exact: true }).click();
  await admin.getByRole('link', { name: 'New partnership' }).click();
  await admin.getByLabel('Name', { exact: true }).fill('Skellefteå – Kisumu');
  // Each side is a list of checkboxes, which works with a finger as with a keyboard.
  const swedishSide = admin.getByRole('group', { name: 'Swedish organisations' });
  await swedishSide.getByRole('checkbox', { name: 'Skellefteå kommun' }).check();
  await expect(swedishSide.getByRole('checkbox', { name: 'Skellefteå kommun' })).toBeChecked();
  await admin.getByRole('group', { name: 'Partner organisations' }).getByRole('checkbox', { name: 'Kisumu County Government (Kenya)' }).check();
  await admin.getByLabel('First year').fill('2025');
  await admin.getByLabel('Last year').fill(String(thisYear + 2));
  await admin.getByLabel('6. Clean Water and Sanitation').check();
  await expectNoAxeViolations(admin);
  await admin.getByRole('button', { name: 'Save partnership' }).click();

  // Its coordinator, invited from the partnership's members page.
  await expect(admin.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible();
  const invite = admin.getByRole('form', { name: 'Invite someone' });
  await invite.getByLabel('Email address').fill('otieno@kisumu.example');
  await invite.getByLabel('Role').selectOption('coordinator');
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(invite.getByRole('status')).toHaveText('An invitation has been sent to otieno@kisumu.example.');
  await invite.getByLabel('Email address').fill('otieno@kisumu.example');
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(invite.getByText('This address has an invitation here that is not accepted yet. Send it again instead.')).toBeVisible();
  await expect(invite.getByLabel('Email address')).toBeFocused();
  await expect(admin.getByRole('region', { name: 'Invitations not yet accepted' }).getByRole('rowheader', { name: 'otieno@kisumu.example' })).toBeVisible();
  await expectNoAxeViolations(admin);

  // The coordinator accepts, and invites a contributor: the only role they may give.
  const coordinator = await acceptInvitation(browser, 'otieno@kisumu.example', 'Otieno Ochieng');
  await coordinator.getByRole('link', { name: 'Skellefteå – Kisumu', exact: true }).click();
  // A new partnership opens on the year under way, not on its last year.
  await expect(coordinator.getByRole('heading', { level: 2, name: `The year ${thisYear}` })).toBeVisible();
  await coordinator.getByRole('navigation', { name: 'Sections of Skellefteå – Kisumu' }).getByRole('link', { name: 'Members' }).click();
  const members = coordinator.getByRole('region', { name: 'Members' });
  await expect(members.getByRole('row', { name: /Otieno Ochieng/ })).toContainText('coordinator');
  const coordinatorInvite = coordinator.getByRole('form', { name: 'Invite someone' });
  await expect(coordinatorInvite.getByLabel('Role')).toHaveCount(0);
  await coordinatorInvite.getByLabel('Email address').fill('akinyi@kisumu.example');
  // Akinyi works for the county: she joins on the partner side, and writes the partner's sections.
  await coordinatorInvite.getByLabel('Works for').selectOption({ label: 'Kisumu County Government' });
  await coordinatorInvite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(coordinatorInvite.getByRole('status')).toHaveText('An invitation has been sent to akinyi@kisumu.example.');
  await expectNoAxeViolations(coordinator);

  // The contributor accepts and logs the partnership's first activity.
  const contributor = await acceptInvitation(browser, 'akinyi@kisumu.example', 'Akinyi Odhiambo');
  await coordinator.reload();
  await expect(coordinator.getByLabel('Which municipality Akinyi Odhiambo works for')).toHaveValue('partner');
  await contributor.getByRole('link', { name: 'Skellefteå – Kisumu', exact: true }).click();
  await contributor.getByRole('navigation', { name: 'Sections of Skellefteå – Kisumu' }).getByRole('link', { name: 'Activities' }).click();
  await contributor.getByRole('link', { name: 'Log an activity' }).click();
  await contributor.getByLabel('Title').fill('Water kiosk management training');
  await contributor.getByLabel('Type').selectOption('training');
  await contributor.getByLabel('First day').fill('2025-09-10');
  await contributor.getByLabel('Last day').fill('2025-09-11');
  const picker = contributor.getByRole('combobox', { name: 'Add an SDG target' });
  await picker.fill('6.b');
  await picker.press('ArrowDown');
  await picker.press('Enter');
  await contributor.getByRole('button', { name: 'Save the activity' }).click();
  await expect(contributor.getByText('The activity is saved.')).toBeVisible();
  // Signing out after accepting ends the session the invitation started, without a refusal.
  const refusals: string[] = [];
  contributor.on('response', (response) => {
    if (response.url().includes('/auth/v1/') && response.status() >= 400) refusals.push(`${response.status()} ${response.url()}`);
  });
  await contributor.getByRole('button', { name: 'Account of Akinyi Odhiambo' }).click();
  await contributor.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(contributor.getByText('You are signed out.')).toBeVisible();
  expect(refusals).toEqual([]);

  // The coordinator sees the contributor among the members, and removes nobody but contributors.
  await coordinator.reload();
  await expect(members.getByRole('row', { name: /Akinyi Odhiambo/ })).toContainText('contributor');
  await expect(members.getByRole('button', { name: 'Remove Otieno Ochieng' })).toHaveCount(0);
  await members.getByRole('button', { name: 'Remove Akinyi Odhiambo' }).click();
  const question = coordinator.getByRole('alertdialog', { name: 'Remove Akinyi Odhiambo from the partnership?' });
  await expect(question).toContainText('What they have done stays, with their name.');
  await expectNoAxeViolations(coordinator);
  await question.getByRole('button', { name: 'Remove' }).click();
  await expect(members.getByRole('row', { name: /Akinyi Odhiambo/ })).toHaveCount(0);
});

test('everyone keeps their own profile: name, language, password, and signing out everywhere', async ({ browser }) => {
  // Someone of their own: signing out everywhere would end the demo users' saved sessions.
  const email = 'wanjiku@kisumu.example';
  const created = await fetch(`${apiUrl}/auth/v1/admin/users`, {
    method: 'POST',
    headers: { apikey: serviceRoleKey, authorization: `Bearer ${serviceRoleKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'kisumu lakeside 2030', email_confirm: true, user_metadata: { full_name: 'Wanjiku Kamau' } }),
  });
  expect(created.status).toBe(200);
  const page = await (await browser.newContext()).newPage();
  await page.goto('/sign-in');
  await signIn(page, email, 'kisumu lakeside 2030');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Wanjiku Kamau' })).toBeVisible();
  await page.getByRole('button', { name: /Account of/ }).click();
  await page.getByRole('menuitem', { name: 'Your profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Current password').fill('not my password 1');
  await page.getByLabel('New password', { exact: true }).fill('nairobi lakeside 2031');
  await page.getByLabel('Repeat the new password').fill('nairobi lakeside 2031');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('The current password is not right.')).toBeVisible();
  await page.getByLabel('Current password').fill('kisumu lakeside 2030');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password is changed.')).toBeVisible();

  await page.getByLabel('Your name').fill('Wanjiku Kamau Otieno');
  await page.getByLabel('Preferred language').selectOption('sv');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Din profil' })).toBeVisible();
  await expect(page.getByText('Din profil är sparad.')).toBeVisible();
  await page.getByLabel('Föredraget språk').selectOption('en');
  await page.getByRole('button', { name: 'Spara profilen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();

  // A session on another device, which signing out everywhere ends too.
  const token = (grant: string, body: object) =>
    fetch(`${apiUrl}/auth/v1/token?grant_type=${grant}`, { method: 'POST', headers: { apikey: serviceRoleKey, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const elsewhere = (await (await token('password', { email, password: 'nairobi lakeside 2031' })).json()) as { refresh_token: string };
  await page.getByRole('button', { name: 'Sign out on all devices' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  expect((await token('refresh_token', { refresh_token: elsewhere.refresh_token })).status).toBe(400);
  await signIn(page, email, 'nairobi lakeside 2031');
  await expect(page.getByRole('button', { name: 'Account of Wanjiku Kamau Otieno' })).toBeVisible();
});

test('an admin changes roles: programme-wide access asks first, and every change says what it did', async ({ browser }) => {
  const admin = await (await browser.newContext({ storageState: storageStateOf('admin') })).newPage();
  await admin.goto('/admin/people');
  const people = admin.getByRole('region', { name: 'Everyone with an account' });
  const graceRole = people.getByRole('combobox', { name: 'Programme role of Grace Mwende' });
  await graceRole.selectOption('analyst');
  const question = admin.getByRole('alertdialog', { name: 'Make Grace Mwende analyst of the whole programme?' });
  await expect(question).toContainText('drafts included');
  await expectNoAxeViolations(admin);
  await question.getByRole('button', { name: 'Keep the role as it is' }).click();
  await expect(question).toHaveCount(0);
  await expect(graceRole).toHaveValue('');

  await graceRole.selectOption('analyst');
  await question.getByRole('button', { name: 'Give the access' }).click();
  await expect(people.getByRole('status')).toHaveText('Grace Mwende is now analyst of the programme.');
  await expect(graceRole).toHaveValue('analyst');
  await graceRole.selectOption('');
  await expect(question).toHaveCount(0);
  await expect(people.getByRole('status')).toHaveText('Grace Mwende no longer has a programme role.');
  await expect(graceRole).toHaveValue('');

  await admin.goto('/partnerships/00000000-0000-4000-c000-000000000001/members');
  const members = admin.getByRole('region', { name: 'Members' });
  await members.getByRole('combobox', { name: 'Role of Grace Mwende' }).selectOption('coordinator');
  await expect(members.getByRole('status')).toHaveText('Grace Mwende is now coordinator in the partnership.');
  await members.getByRole('combobox', { name: 'Role of Grace Mwende' }).selectOption('contributor');
  await expect(members.getByRole('status')).toHaveText('Grace Mwende is now contributor in the partnership.');
  await expectNoAxeViolations(admin);
});

test('someone with an account is invited to the programme, and has the role only once they accept it', async ({ browser }) => {
  const email = 'njeri@kisumu.example';
  const service = { apikey: serviceRoleKey, authorization: `Bearer ${serviceRoleKey}`, 'content-type': 'application/json' };
  const created = await fetch(`${apiUrl}/auth/v1/admin/users`, {
    method: 'POST',
    headers: service,
    body: JSON.stringify({ email, password: 'kisumu lakeside 2030', email_confirm: true, user_metadata: { full_name: 'Njeri Wambui' } }),
  });
  const { id } = (await created.json()) as { id: string };
  try {
    const admin = await (await browser.newContext({ storageState: storageStateOf('admin') })).newPage();
    await admin.goto('/admin/people');
    const invite = admin.getByRole('form', { name: 'Invite someone' });
    await invite.getByLabel('Email address').fill(email);
    await invite.getByLabel('Role').selectOption('analyst');
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await expect(invite.getByRole('status')).toHaveText(`${email} already has an account: the invitation waits for them to accept it when they sign in.`);

    const page = await (await browser.newContext()).newPage();
    await page.goto('/sign-in');
    await signIn(page, email, 'kisumu lakeside 2030');
    const invitations = page.getByRole('region', { name: 'Invitations for you' });
    await expect(invitations).toContainText('Johan Ek invites you to the programme as analyst.');
    await expect(page.getByRole('heading', { name: 'The programme', exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await invitations.getByRole('button', { name: 'Accept the invitation to the programme' }).click();
    await expect(invitations.getByRole('status')).toHaveText('You have accepted the invitation: the role is yours.');
    await expect(page.getByRole('heading', { name: 'The programme', exact: true })).toBeVisible();
  } finally {
    await fetch(`${apiUrl}/auth/v1/admin/users/${id}`, { method: 'DELETE', headers: service });
  }
});
