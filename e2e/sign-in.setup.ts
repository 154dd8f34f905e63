import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/accessibility';
import { demoPassword, demoUsers, signIn, storageStateOf, type DemoUser } from './support/demo';

const homeOf: Record<DemoUser, { heading: string; sees: string }> = {
  anna: { heading: 'Welcome, Anna Lindqvist', sees: 'Robertsfors – Machakos' },
  grace: { heading: 'Welcome, Grace Mwende', sees: 'Robertsfors – Machakos' },
  erik: { heading: 'Welcome, Erik Johansson', sees: 'Växjö – JB Marks' },
  lina: { heading: 'Welcome, Lina Berg', sees: 'Ale – Ghanzi' },
  analyst: { heading: 'Welcome, Sara Nilsson', sees: 'Reports to review' },
  admin: { heading: 'Welcome, Johan Ek', sees: 'Administration' },
};

for (const user of Object.keys(demoUsers) as DemoUser[]) {
  test(`${user} signs in and lands on their home page`, async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in$/);
    await expectNoAxeViolations(page);
    await signIn(page, demoUsers[user].email, demoPassword);
    // Demo users who prefer Swedish get it right after signing in; the journeys read English.
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toContainText(demoUsers[user].name);
    await page.getByRole('radio', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: homeOf[user].heading })).toBeVisible();
    await expect(page.getByText(homeOf[user].sees).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.context().storageState({ path: storageStateOf(user) });
  });
}
