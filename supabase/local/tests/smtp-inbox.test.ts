/**
 * The inbox's SMTP door and the functions' schedules: mail sent over SMTP (by nodemailer, as the
 * Edge Functions send it) lands in the inbox, the functions are given that door, and a scheduled
 * function runs on its schedule or on demand with the service role key.
 */
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { functionSchedules, loadConfig } from '../src/config.ts';
import { projectDir, startTestStack, type TestStack } from './support/test-stack.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

interface Message {
  ID: string;
  To: { Address: string }[];
  From: { Address: string };
  Subject: string;
}

async function inbox(): Promise<Message[]> {
  return (await (await fetch(`${stack.inboxUrl}/api/v1/messages`)).json()).messages;
}

async function messageTo(address: string) {
  const summary = (await inbox()).find((message) => message.To[0].Address === address);
  return summary && { ...summary, ...(await (await fetch(`${stack.inboxUrl}/api/v1/message/${summary.ID}`)).json()) };
}

describe('the inbox over SMTP', () => {
  it('receives a mail sent with nodemailer, with its subject, text and HTML', async () => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: stack.smtpPort });
    await transport.sendMail({
      from: 'Växjö kommun <noreply@vaxjo.example>',
      to: 'erik@vaxjo.example',
      subject: 'Rapporten för 2025',
      text: 'Läs rapporten: http://127.0.0.1:5173/',
      html: '<p>Läs <a href="http://127.0.0.1:5173/">rapporten</a></p>',
    });
    transport.close();
    const mail = await messageTo('erik@vaxjo.example');
    expect(mail).toMatchObject({ Subject: 'Rapporten för 2025', From: { Address: '"Växjö kommun" <noreply@vaxjo.example>' } });
    expect(mail.Text.trim()).toBe('Läs rapporten: http://127.0.0.1:5173/');
    expect(mail.HTML).toContain('<a href="http://127.0.0.1:5173/">rapporten</a>');
  });

  it('is the SMTP server the Edge Functions are given, and runs a scheduled function on demand as the service role', async () => {
    const response = await stack.runScheduledFunction('mailer');
    expect(response.status).toBe(200);
    const mail = await messageTo('scheduled@example.test');
    expect(mail).toMatchObject({ Subject: 'Scheduled run', From: { Address: expect.stringContaining('noreply@local.test') } });
    expect(mail.Text).toContain('service role: true');
  });
});

describe('schedules', () => {
  it('reads SCHEDULE_<FUNCTION> secrets of config.toml as the functions to run, and the SMTP port of [inbucket]', () => {
    expect(functionSchedules({ SCHEDULE_SEND_DIGESTS: '0 7 * * *', SMTP_SENDER: 'x', SCHEDULE_EMPTY: '' })).toEqual([{ functionName: 'send-digests', cron: '0 7 * * *' }]);
    const config = loadConfig(projectDir);
    expect(config.schedules).toContainEqual({ functionName: 'send-digests', cron: expect.any(String) });
    expect(config.smtpPort).toBe(Number(process.env.SUPABASE_LOCAL_SMTP_PORT ?? 54325));
  });

  it('runs a function on its schedule', async () => {
    const scheduled = await startTestStack({ runSchedules: true, config: { schedules: [{ functionName: 'mailer', cron: '* * * * * *' }] } });
    try {
      // Every second: the first run is at most a second away.
      await expect.poll(async () => (await (await fetch(`${scheduled.inboxUrl}/api/v1/messages`)).json()).total, { timeout: 5_000 }).toBeGreaterThan(0);
    } finally {
      await scheduled.stop();
    }
  });
});
