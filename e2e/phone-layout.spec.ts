import { expect, test, type Locator, type Page } from '@playwright/test';
import { apiUrl, serviceRoleKey, storageStateOf, type DemoUser } from './support/demo';

const robertsfors = '00000000-0000-4000-c000-000000000001';
const aleGhanzi = '00000000-0000-4000-c000-000000000003';

/** Ids the demo data makes up as it goes: the first of each, read with the service key. */
async function firstId(table: string, filter: string) {
  const response = await fetch(`${apiUrl}/rest/v1/${table}?select=id&${filter}&order=created_at&limit=1`, {
    headers: { apikey: serviceRoleKey, authorization: `Bearer ${serviceRoleKey}` },
  });
  const [row] = (await response.json()) as { id: string }[];
  return row.id;
}

/** Waits for the page to be drawn: its heading there, nothing left loading. */
async function settle(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.loading')).toHaveCount(0);
}

/** Nothing on the page is wider than the screen: the page never scrolls sideways. */
async function expectNoSidewaysScroll(page: Page, width: number) {
  const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect.soft(scrollWidth, `${page.url()} is ${scrollWidth} px wide on a ${width} px screen`).toBeLessThanOrEqual(width);
}

/** A control one can reach without scrolling sideways: inside the screen and inside every frame that clips it. */
async function expectWithinReach(control: Locator) {
  await expect(control).toBeVisible();
  const clipped = await control.evaluate((element) => {
    const box = element.getBoundingClientRect();
    if (box.left < 0 || box.right > window.innerWidth + 1) return `the screen (${Math.round(box.left)}–${Math.round(box.right)} of ${window.innerWidth})`;
    for (let frame = element.parentElement; frame; frame = frame.parentElement) {
      if (getComputedStyle(frame).overflowX === 'visible') continue;
      const bounds = frame.getBoundingClientRect();
      if (box.left < bounds.left - 1 || box.right > bounds.right + 1) return `its frame .${frame.className}`;
    }
    return null;
  });
  expect.soft(clipped, `${control.page().url()}: ${await control.evaluate((element) => element.outerHTML.slice(0, 120))} is cut off by`).toBeNull();
}

interface Visit {
  path: string | (() => Promise<string>);
  /** Controls the person needs on that page, which must be within reach. */
  reach?: (page: Page) => Locator[];
}

const mainNavigation = (page: Page, links: string[]) => links.map((name) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }));

const visits: Record<'coordinator' | 'analyst' | 'admin' | 'visitor', { user?: DemoUser; pages: Visit[] }> = {
  coordinator: {
    user: 'anna',
    pages: [
      { path: '/', reach: (page) => [...mainNavigation(page, ['Home', 'Dashboards', 'Exports']), page.getByRole('button', { name: /Account of/ })] },
      { path: `/partnerships/${robertsfors}` },
      { path: `/partnerships/${robertsfors}/activities` },
      { path: async () => `/partnerships/${robertsfors}/activities/${await firstId('activities', `partnership_id=eq.${robertsfors}`)}` },
      { path: `/partnerships/${robertsfors}/activities/new` },
      { path: `/partnerships/${robertsfors}/results` },
      { path: async () => `/partnerships/${robertsfors}/results/${await firstId('results', `partnership_id=eq.${robertsfors}`)}` },
      {
        path: async () => {
          const indicator = await fetch(`${apiUrl}/rest/v1/indicators?select=id,result_id&partnership_id=eq.${robertsfors}&order=created_at&limit=1`, {
            headers: { apikey: serviceRoleKey, authorization: `Bearer ${serviceRoleKey}` },
          });
          const [{ id, result_id }] = (await indicator.json()) as { id: string; result_id: string }[];
          return `/partnerships/${robertsfors}/results/${result_id}/indicators/${id}`;
        },
      },
      { path: `/partnerships/${robertsfors}/reports` },
      { path: `/partnerships/${robertsfors}/reports/2025` },
      { path: `/partnerships/${robertsfors}/reports/2025/print` },
      {
        path: `/partnerships/${robertsfors}/members`,
        reach: (page) => [page.getByRole('button', { name: 'Remove Grace Mwende' }), page.getByRole('button', { name: 'Send invitation' })],
      },
      { path: '/dashboards' },
      { path: '/exports', reach: (page) => [page.getByRole('button', { name: /Download/ }).first()] },
      { path: '/profile' },
    ],
  },
  analyst: {
    user: 'analyst',
    pages: [
      { path: '/', reach: (page) => mainNavigation(page, ['Home', 'Programme', 'Dashboards', 'Exports']) },
      { path: '/programme' },
      { path: '/programme/reviews' },
      { path: `/partnerships/${aleGhanzi}/reports/2024`, reach: (page) => [page.getByRole('button', { name: /Approve/ }).first()] },
      { path: `/partnerships/${aleGhanzi}` },
      { path: '/dashboards?from=2023&to=2025' },
      { path: '/exports?from=2023&to=2025', reach: (page) => [page.getByRole('button', { name: /Download/ }).first()] },
    ],
  },
  admin: {
    user: 'admin',
    pages: [
      { path: '/', reach: (page) => mainNavigation(page, ['Home', 'Programme', 'Dashboards', 'Exports', 'Administration']) },
      { path: '/admin' },
      { path: '/admin/organisations' },
      { path: '/admin/organisations/new' },
      { path: async () => `/admin/organisations/${await firstId('organisations', 'country_code=eq.SE')}` },
      { path: '/admin/partnerships' },
      { path: '/admin/partnerships/new' },
      { path: `/admin/partnerships/${robertsfors}` },
      { path: '/admin/people', reach: (page) => [page.getByRole('combobox', { name: 'Programme role of Anna Lindqvist' })] },
      { path: '/programme/settings' },
      {
        path: `/partnerships/${robertsfors}/members`,
        reach: (page) => [page.getByRole('combobox', { name: 'Role of Grace Mwende' }), page.getByRole('button', { name: 'Remove Grace Mwende' })],
      },
      { path: '/programme/reviews' },
    ],
  },
  visitor: {
    pages: [{ path: '/sign-in', reach: (page) => [page.getByRole('button', { name: 'Sign in' })] }, { path: '/forgot-password' }, { path: '/accept-invitation' }],
  },
};

for (const width of [320, 390]) {
  for (const [role, { user, pages }] of Object.entries(visits)) {
    test.describe(`a ${role} on a ${width} px phone`, () => {
      test.use({ viewport: { width, height: 800 }, ...(user ? { storageState: storageStateOf(user) } : {}) });

      test('reads and works on every page without scrolling sideways', async ({ page }) => {
        test.setTimeout(pages.length * 10_000);
        for (const visit of pages) {
          await page.goto(typeof visit.path === 'string' ? visit.path : await visit.path());
          await settle(page);
          await expectNoSidewaysScroll(page, width);
          for (const control of visit.reach?.(page) ?? []) await expectWithinReach(control);
        }
      });
    });
  }
}
