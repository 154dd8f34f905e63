import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/accessibility';
import { apiUrl, appUrl, demoPassword, demoUsers, linkFromInbox, serviceRoleKey, signIn, storageStateOf } from './support/demo';

const aleGhanzi = '00000000-0000-4000-c000-000000000003';
const vaxjoJbMarks = '00000000-0000-4000-c000-000000000002';

test.describe('as a coordinator', () => {
  test.use({ storageState: storageStateOf('erik') });

  test('opens their own partnership, but another partnership is not found', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Växjö – JB Marks', exact: true }).click();
    await expect(page).toHaveURL(`/partnerships/${vaxjoJbMarks}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Växjö – JB Marks' })).toBeFocused();
    await expect(page.getByRole('list', { name: 'Focus goals' }).getByText('Goal 13: Climate action')).toBeVisible();
    await expectNoAxeViolations(page);

    // The year of the latest report, its state, and the year's work per goal (counted in the database).
    const year = page.getByRole('region', { name: /^The year/ });
    await expect(year.getByRole('heading', { name: 'The year 2025' })).toBeVisible();
    await expect(year.getByText('2025 report: draft', { exact: true })).toBeVisible();
    await expect(page.getByRole('row', { name: /^Goal 13: .*: activities in 2025/ }).getByRole('cell')).toHaveText(['1', '0', '1', '0']);
    await expect(page.getByRole('row', { name: /^Goal 11: .*: activities in 2025/ }).getByRole('cell')).toHaveText(['1', '0', '0', '1']);
    await expect(page.getByRole('region', { name: 'Members' })).toContainText('Erik Johansson');
    await expect(page.getByRole('region', { name: 'Recent changes' }).getByRole('listitem').first()).toBeVisible();
    await page.getByLabel('Year', { exact: true }).selectOption('2024');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/year=2024/);
    await expect(year.getByText(/^2024 report: returned for changes/)).toBeVisible();
    await page.getByRole('row', { name: /^Goal 16: .*: activities in 2024/ }).getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Activities' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('2 activities');
    await expectNoAxeViolations(page);

    await page.goto(`/partnerships/${aleGhanzi}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByText('Ale – Ghanzi')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});

test.describe('languages', () => {
  test.use({ storageState: storageStateOf('anna') });

  test('switches to Swedish, remembers it, and back', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Anna Lindqvist' })).toBeVisible();
    await page.getByRole('radio', { name: 'Svenska' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Välkommen, Anna Lindqvist' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByText('Rapport 2025: utkast')).toBeVisible();
    await expect(page.getByText('Mål 5: Jämställdhet')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Välkommen, Anna Lindqvist' })).toBeVisible();
    await page.getByRole('radio', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Anna Lindqvist' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('signing in and out', () => {
  test('explains a wrong password and bad input next to the fields, then returns to the page asked for', async ({ page }) => {
    await page.goto(`/partnerships/${vaxjoJbMarks}`);
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Enter a valid email address, like name@municipality.se.')).toBeVisible();
    await expect(page.getByLabel('Email address')).toBeFocused();
    await signIn(page, demoUsers.erik.email, 'not the password 1');
    await expect(page.getByRole('alert')).toHaveText('Wrong email address or password.');
    await expectNoAxeViolations(page);
    await page.getByLabel('Password', { exact: true }).fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Växjö – JB Marks' })).toBeVisible();
  });

  test('says so when the connection is lost', async ({ page, context }) => {
    await page.goto('/sign-in');
    await context.setOffline(true);
    await signIn(page, demoUsers.erik.email, demoPassword);
    await expect(page.getByRole('alert')).toHaveText('No connection to the service. Check your internet connection and try again.');
    await context.setOffline(false);
  });

  test('offline, a page not yet visited says it needs a connection inside the app, and loads when tried again online', async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf('erik') });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Erik Johansson' })).toBeVisible();
    await context.setOffline(true);
    const navigation = page.getByRole('navigation', { name: 'Main' });
    await navigation.getByRole('link', { name: 'Exports' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'This page needs a connection' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText('No connection to the service. Check your internet connection and try again.');
    await expect(navigation).toBeVisible();
    await expect(page).toHaveTitle('This page needs a connection – Agenda 2030 Partnerships');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('alert')).toHaveText('Still no connection. Try again once you are back online.');
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Exports' })).toBeVisible();
    await context.close();
  });

  test('signs out from the account menu, by keyboard', async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf('grace') });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Grace Mwende' })).toBeVisible();
    await page.getByRole('button', { name: 'Account of Grace Mwende' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: 'Your profile' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('You are signed out.');
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in$/);
    await context.close();
  });
});

test('password recovery through the mail inbox', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Email address').fill(demoUsers.lina.email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('status')).toContainText('a link is on its way');
  await page.goto(await linkFromInbox(demoUsers.lina.email));
  await expect(page).toHaveURL(/\/reset-password/);
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('New password', { exact: true }).fill('short');
  await page.getByLabel('Repeat the new password').fill('short');
  await page.getByRole('button', { name: 'Save the password' }).click();
  await expect(page.getByText('Use at least 10 characters.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('New password', { exact: true }).fill('ghanzi schools 2031');
  await page.getByLabel('Repeat the new password').fill('ghanzi schools 2031');
  await page.getByRole('button', { name: 'Save the password' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Lina Berg/ })).toBeVisible();
});

test('an expired or used link is explained', async ({ page }) => {
  await page.goto('/reset-password#error=access_denied&error_code=otp_expired&error_description=Email+link+is+invalid+or+has+expired');
  await expect(page.getByRole('alert')).toHaveText('This link has expired or has already been used. Ask for a new one.');
  await expectNoAxeViolations(page);
});

test('invitation acceptance through the mail inbox', async ({ page }) => {
  const email = 'amina@machakos.example';
  const response = await fetch(`${apiUrl}/auth/v1/invite?redirect_to=${encodeURIComponent(`${appUrl}/accept-invitation`)}`, {
    method: 'POST',
    headers: { apikey: serviceRoleKey, authorization: `Bearer ${serviceRoleKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  expect(response.status).toBe(200);
  await page.goto(await linkFromInbox(email));
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Your name').fill('Amina Wanjiru');
  await page.getByLabel('New password', { exact: true }).fill('machakos county 2030');
  await page.getByLabel('Repeat the new password').fill('machakos county 2030');
  await page.getByRole('button', { name: 'Accept and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Amina Wanjiru' })).toBeVisible();
  await expect(page.getByText('You are not a member of any partnership yet.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an unknown address shows a not-found page inside the app', async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf('analyst') });
  const page = await context.newPage();
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Go to the start page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Sara Nilsson' })).toBeVisible();
  await context.close();
});

test.describe('routes by role', () => {
  test('programme staff reach the programme overview from the navigation', async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf('analyst') });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Programme' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'The programme' })).toBeFocused();
    await expect(page.getByRole('definition').first()).toHaveText('4');
    await expect(page.getByText('Administration')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await context.close();
  });

  test('a coordinator sees no programme link, and the programme page is not found for them', async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf('lina') });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByText('2024 report: submitted')).toBeVisible();
    await expect(page.getByText('Submitted on 20 February 2025')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Programme' })).toHaveCount(0);
    await page.goto('/programme');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await context.close();
  });
});

test('a link that Auth sends back to the site root still lands on its page, and a failed one says what to do', async ({ page }) => {
  const service = { apikey: serviceRoleKey, authorization: `Bearer ${serviceRoleKey}`, 'content-type': 'application/json' };
  const toRoot = `redirect_to=${encodeURIComponent(`${appUrl}/`)}`;
  const invited = await fetch(`${apiUrl}/auth/v1/invite?${toRoot}`, { method: 'POST', headers: service, body: JSON.stringify({ email: 'baraka@machakos.example' }) });
  expect(invited.status).toBe(200);
  await page.goto(await linkFromInbox('baraka@machakos.example'));
  await expect(page).toHaveURL(/\/accept-invitation#?$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible();
  await expect(page.getByLabel('Your name')).toBeVisible();

  const recovery = await fetch(`${apiUrl}/auth/v1/recover?${toRoot}`, { method: 'POST', headers: service, body: JSON.stringify({ email: demoUsers.grace.email }) });
  expect(recovery.status).toBe(200);
  await page.goto(await linkFromInbox(demoUsers.grace.email));
  await expect(page).toHaveURL(/\/reset-password#?$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();

  await page.context().clearCookies();
  await page.evaluate(() => window.localStorage.clear());
  await page.goto('/#error=access_denied&error_code=otp_expired&error_description=Email+link+is+invalid+or+has+expired');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('alert').filter({ hasText: 'has expired' })).toContainText('ask the person who invited you to send it again');
  await expectNoAxeViolations(page);
});
