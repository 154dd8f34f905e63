import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/accessibility';
import { apiUrl, demoUsers, inboxUrl, restoreEnglish, serviceRoleKey, storageStateOf } from './support/demo';

const robertsforsMachakos = '00000000-0000-4000-c000-000000000001';

interface Message {
  ID: string;
  To: { Address: string }[];
  Subject: string;
}

/** The one digest mailed to an address, as the inbox has it. */
async function digestTo(address: string) {
  let found: Message[] = [];
  await expect
    .poll(async () => {
      const { messages } = (await (await fetch(`${inboxUrl}/api/v1/messages`)).json()) as { messages: Message[] };
      found = messages.filter((message) => message.To[0].Address === address && /: \d+ (reminders?|påminnelser?)$/.test(message.Subject));
      return found.length;
    })
    .toBe(1);
  return (await (await fetch(`${inboxUrl}/api/v1/message/${found[0].ID}`)).json()) as Message & { Text: string; HTML: string };
}

/** Runs the digests as their schedule does: the send-digests function, with the service role key. */
async function sendDigests() {
  const response = await fetch(`${apiUrl}/functions/v1/send-digests`, { method: 'POST', headers: { authorization: `Bearer ${serviceRoleKey}`, 'content-type': 'application/json' }, body: '{}' });
  expect(response.status).toBe(200);
  return (await response.json()) as { sent: number; failed: number };
}

test.use({ storageState: storageStateOf('anna') });

test.afterAll(async () => {
  await restoreEnglish(['anna']);
  const response = await fetch(`${apiUrl}/rest/v1/profiles?id=eq.${demoUsers.anna.id}`, {
    method: 'PATCH',
    headers: { apikey: serviceRoleKey, authorization: `Bearer ${serviceRoleKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ digest_frequency: 'weekly' }),
  });
  expect(response.ok).toBe(true);
});

test('an overdue report comes as one digest: in Swedish to the coordinator who reads Swedish, in English to the partner-side contributor', async ({ page }) => {
  // Anna chooses Swedish and a daily digest on her profile.
  await page.goto('/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
  await expect(page.getByLabel('Reminder digest by mail')).toHaveValue('weekly');
  await page.getByLabel('Preferred language').selectOption('sv');
  await page.getByLabel('Reminder digest by mail').selectOption({ label: 'Daily' });
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Din profil är sparad.')).toBeVisible();
  await expect(page.getByLabel('Påminnelser via e-post')).toHaveValue('daily');
  await expectNoAxeViolations(page);

  // The morning's run: Robertsfors – Machakos's 2025 report, due 31 March 2026, is still a draft.
  expect((await sendDigests()).sent).toBeGreaterThanOrEqual(2);

  const anna = await digestTo(demoUsers.anna.email);
  expect(anna.Subject).toMatch(/^Agenda 2030-partnerskap: \d+ påminnelser?$/);
  expect(anna.Text).toMatch(/Robertsfors – Machakos: rapporten för 2025 skulle vara inskickad senast 31 mars 2026 och är \d+ dagar försenad\./);
  expect(anna.Text).toContain('Du får den här sammanfattningen en gång om dagen');

  const grace = await digestTo(demoUsers.grace.email);
  expect(grace.Subject).toMatch(/^Agenda 2030 Partnerships: \d+ reminders?$/);
  expect(grace.Text).toMatch(/Robertsfors – Machakos: the report for 2025 was due on 31 March 2026 and is \d+ days overdue\./);
  expect(grace.Text).toContain('You receive this digest once a week');

  // A second run the same day sends neither of them another.
  await sendDigests();
  await digestTo(demoUsers.anna.email);
  await digestTo(demoUsers.grace.email);

  // The mail's link leads to the report in the app.
  await page.goto(`${inboxUrl}/mail/${anna.ID}`);
  await page.getByRole('link', { name: /Robertsfors – Machakos: rapporten för 2025/ }).click();
  await expect(page).toHaveURL(`/partnerships/${robertsforsMachakos}/reports/2025`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2025');
});
