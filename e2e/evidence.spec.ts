import { expect, test, type FileChooser, type Page } from './support/test';
import { expectNoAxeViolations } from './support/accessibility';
import { apiUrl, serviceRoleKey, storageStateOf } from './support/demo';

const robertsfors = '00000000-0000-4000-c000-000000000001';
const asService = { apikey: serviceRoleKey, authorization: `Bearer ${serviceRoleKey}`, 'content-type': 'application/json' };
const pdf = (name: string, bytes = 2048) => ({ name, mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(bytes, 32)]) });

/** Every object in the partnership's evidence folder, as the storage API lists them. */
async function storedObjects() {
  const names: string[] = [];
  const list = async (prefix: string) => {
    const response = await fetch(`${apiUrl}/storage/v1/object/list/evidence`, { method: 'POST', headers: asService, body: JSON.stringify({ prefix, limit: 1000 }) });
    for (const entry of (await response.json()) as { name: string; id: string | null }[]) {
      if (entry.id === null) await list(`${prefix}${entry.name}/`);
      else names.push(`${prefix}${entry.name}`);
    }
  };
  await list(`${robertsfors}/`);
  return names;
}

async function chooseFiles(page: Page, files: Parameters<FileChooser['setFiles']>[0]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'choose files' }).click();
  await (await chooser).setFiles(files);
}

test.use({ storageState: storageStateOf('anna') });

test('a coordinator uploads evidence: several files with progress, wrong files refused, preview, download, delete, nothing left behind', async ({ page }) => {
  const created = await fetch(`${apiUrl}/rest/v1/activities`, {
    method: 'POST',
    headers: { ...asService, prefer: 'return=representation' },
    body: JSON.stringify({ partnership_id: robertsfors, title: 'Budget hearing in Machakos', kind: 'citizen_dialogue', starts_on: '2026-03-03', ends_on: '2026-03-03' }),
  });
  const [activity] = await created.json();
  const objectsBefore = await storedObjects();
  await page.goto(`/partnerships/${robertsfors}/activities/${activity.id}`);
  const evidence = page.getByRole('region', { name: 'Evidence' });
  await expect(evidence.getByText('No files yet.')).toBeVisible();

  await chooseFiles(page, [
    pdf('Protokoll – möte.pdf'),
    { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a9e80000000049454e44ae426082', 'hex') },
    { name: 'setup.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') },
    pdf(`${'Very long minutes '.repeat(15)}.pdf`),
  ]);
  await expect(evidence.getByText('This type of file cannot be evidence.')).toBeVisible();
  await expect(evidence.getByText('The file name is longer than 255 characters.')).toBeVisible();
  await expect(evidence.getByRole('listitem').filter({ hasText: 'Protokoll – möte.pdf' })).toContainText('2 kB');
  await expect(evidence.getByRole('button', { name: 'Preview photo.png' })).toBeVisible();
  expect((await storedObjects()).length).toBe(objectsBefore.length + 2);
  await expectNoAxeViolations(page);

  await evidence.getByRole('button', { name: 'Preview Protokoll – möte.pdf' }).click();
  const preview = page.getByRole('dialog', { name: 'Protokoll – möte.pdf' });
  await expect(preview.locator('iframe[title="Protokoll – möte.pdf"]')).toHaveAttribute('src', /\/storage\/v1\/object\/sign\/evidence\//);
  await preview.getByRole('button', { name: 'Close' }).click();

  const download = page.waitForEvent('download');
  await evidence.getByRole('button', { name: 'Download Protokoll – möte.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('Protokoll – möte.pdf');

  await evidence.getByRole('button', { name: 'Delete photo.png' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete for good' }).click();
  await expect(evidence.getByRole('button', { name: 'Preview photo.png' })).toHaveCount(0);
  expect((await storedObjects()).length).toBe(objectsBefore.length + 1);
});

test('an upload on a slow connection shows its progress and can be cancelled, keeping nothing', async ({ page }) => {
  await page.goto(`/partnerships/${robertsfors}/activities`);
  await page.getByRole('link', { name: 'Youth council on gender equality' }).click();
  // The list of files arrives above the button: choose once it stands still.
  await expect(page.getByRole('region', { name: 'Evidence' }).getByText('No files yet.')).toBeVisible();
  const objectsBefore = await storedObjects();
  const network = await page.context().newCDPSession(page);
  await network.send('Network.enable');
  await network.send('Network.emulateNetworkConditions', { offline: false, latency: 50, downloadThroughput: 200_000, uploadThroughput: 100_000 });

  await chooseFiles(page, [pdf('Large report.pdf', 3_000_000)]);
  const progress = page.getByRole('progressbar', { name: 'Uploading Large report.pdf' });
  await expect(progress).toBeVisible();
  await expect.poll(async () => Number(await progress.getAttribute('value'))).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Cancel Large report.pdf' }).click();
  await expect(page.getByText('The upload was cancelled; nothing was kept.')).toBeVisible();
  await network.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  expect(await storedObjects()).toEqual(objectsBefore);
});
