/**
 * The send-digests Edge Function, run by the local stack as the schedule runs it: it mails each
 * due person one digest in their language to the inbox (over SMTP), sends nothing twice, gives a
 * digest that could not be sent back to the ledger, and answers no one but the service role.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPartnerships, demoUsers, startDemoStack, type DemoStack } from './support/demo-stack.ts';

let stack: DemoStack;
beforeAll(async () => {
  stack = await startDemoStack();
}, 120_000);
afterAll(() => stack?.stop());

// A fixed day, so the digests say the same whatever today is: the 2026 reports are due in 21 days.
const day = { on_day: '2027-03-10' };

const sendDigests = (key: string, body: unknown = day) =>
  fetch(`${stack.apiUrl}/functions/v1/send-digests`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function mailTo(inboxUrl: string, address: string) {
  const { messages } = await (await fetch(`${inboxUrl}/api/v1/messages`)).json();
  const found = (messages as { ID: string; To: { Address: string }[] }[]).filter((message) => message.To[0].Address === address);
  expect(found).toHaveLength(1);
  return (await (await fetch(`${inboxUrl}/api/v1/message/${found[0].ID}`)).json()) as { Subject: string; Text: string; HTML: string };
}

describe('send-digests', () => {
  it('refuses callers without the service role key, and sends nothing for them', async () => {
    const anna = await stack.signIn('anna');
    const { data } = await anna.auth.getSession();
    for (const key of [stack.anonKey, data.session!.access_token]) {
      const response = await sendDigests(key);
      expect(response.status).toBe(401);
    }
    expect((await (await fetch(`${stack.inboxUrl}/api/v1/messages`)).json()).total).toBe(0);
  });

  it('mails a Swedish digest to a Swedish coordinator and an English one to an English-speaking contributor', async () => {
    const response = await sendDigests(stack.serviceRoleKey);
    expect(await response.json()).toEqual({ sent: 6, failed: 0 });

    const anna = await mailTo(stack.inboxUrl, demoUsers.anna.email);
    expect(anna.Subject).toBe('Agenda 2030-partnerskap: 2 påminnelser');
    expect(anna.Text).toContain('Hej Anna Lindqvist!');
    expect(anna.Text).toContain('Robertsfors – Machakos: rapporten för 2025 skulle vara inskickad senast 31 mars 2026 och är 344 dagar försenad.');
    expect(anna.Text).toContain('Robertsfors – Machakos: rapporten för 2026 ska skickas in senast 31 mars 2027, om 21 dagar.');
    expect(anna.Text).toContain('Du får den här sammanfattningen en gång i veckan');
    expect(anna.HTML).toContain(`<a href="http://127.0.0.1:5173/partnerships/${demoPartnerships.robertsforsMachakos}/reports/2025">`);

    const grace = await mailTo(stack.inboxUrl, demoUsers.grace.email);
    expect(grace.Subject).toBe('Agenda 2030 Partnerships: 2 reminders');
    expect(grace.Text).toContain('Robertsfors – Machakos: the report for 2025 was due on 31 March 2026 and is 344 days overdue.');
    expect(grace.Text).toContain('Robertsfors – Machakos: the report for 2026 is due on 31 March 2027, in 21 days.');
    expect(grace.Text).toContain('http://127.0.0.1:5173/profile');

    const analyst = await mailTo(stack.inboxUrl, demoUsers.analyst.email);
    expect(analyst.Text).toContain('The programme’s reports');
    expect(analyst.Text).toContain('Ale – Ghanzi: the report for 2024 has waited 748 days for review.');
  });

  it('sends nothing twice when run again the same day', async () => {
    expect(await (await sendDigests(stack.serviceRoleKey)).json()).toEqual({ sent: 0, failed: 0 });
  });

  it('gives a digest it could not mail back to the ledger, for the next run to send', async () => {
    const unreachable = await startDemoStack({ SMTP_PORT: '1' });
    try {
      const response = await fetch(`${unreachable.apiUrl}/functions/v1/send-digests`, {
        method: 'POST',
        headers: { authorization: `Bearer ${unreachable.serviceRoleKey}`, 'content-type': 'application/json' },
        body: JSON.stringify(day),
      });
      expect(await response.json()).toEqual({ sent: 0, failed: 6 });
      expect((await unreachable.service().from('sent_digests').select('id')).data).toEqual([]);
    } finally {
      await unreachable.stop();
    }
  });
});
