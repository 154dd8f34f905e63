import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './support/test-stack.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
  await stack.service().auth.admin.inviteUserByEmail('invitee@example.test', { redirectTo: 'http://127.0.0.1:5173/accept-invitation' });
});
afterAll(() => stack?.stop());

describe('mail inbox', () => {
  it('lists captured mails in a Mailpit-shaped API, with the text and HTML of each', async () => {
    const list = await (await fetch(`${stack.inboxUrl}/api/v1/messages`)).json();
    expect(list.total).toBe(1);
    expect(list.messages[0]).toMatchObject({ To: [{ Address: 'invitee@example.test' }], Subject: expect.stringContaining('invited') });
    const message = await (await fetch(`${stack.inboxUrl}/api/v1/message/${list.messages[0].ID}`)).json();
    expect(message.Text).toContain('/auth/v1/verify?token=');
    expect(message.HTML).toContain('href="');
  });

  it('shows the mails as pages with clickable links', async () => {
    const index = await (await fetch(stack.inboxUrl)).text();
    expect(index).toContain('<h1>Local mail inbox</h1>');
    const [, id] = /href="\/mail\/([^"]+)"/.exec(index)!;
    const mail = await (await fetch(`${stack.inboxUrl}/mail/${id}`)).text();
    expect(mail).toMatch(/<a href="http:\/\/127\.0\.0\.1:\d+\/auth\/v1\/verify\?token=/);
    expect((await fetch(`${stack.inboxUrl}/mail/unknown`)).status).toBe(404);
  });

  it('empties on request', async () => {
    expect((await fetch(`${stack.inboxUrl}/api/v1/messages`, { method: 'DELETE' })).status).toBe(204);
    expect((await (await fetch(`${stack.inboxUrl}/api/v1/messages`)).json()).total).toBe(0);
  });
});
