import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import { demoPassword, demoUsers, type DemoUser } from '../../supabase/demo-users.ts';

export { demoPassword, demoUsers, type DemoUser };

// The same overrides the local stack reads, so that a second run can use other ports.
export const apiUrl = `http://127.0.0.1:${process.env.SUPABASE_LOCAL_API_PORT ?? 54321}`;
export const inboxUrl = `http://127.0.0.1:${process.env.SUPABASE_LOCAL_INBOX_PORT ?? 54324}`;
export const appUrl = `http://127.0.0.1:${process.env.E2E_APP_PORT ?? 4173}`;
export const serviceRoleKey =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU';

const here = path.dirname(fileURLToPath(import.meta.url));
export const storageStateOf = (user: DemoUser) => path.join(here, '..', '.auth', `${user}.json`);

export async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The verify link of the newest captured mail to `to`. */
export async function linkFromInbox(to: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(async () => {
      const { messages } = await (await fetch(`${inboxUrl}/api/v1/messages`)).json();
      const mail = messages.find((message: { To: { Address: string }[] }) => message.To[0].Address === to);
      if (!mail) return undefined;
      const detail = await (await fetch(`${inboxUrl}/api/v1/message/${mail.ID}`)).json();
      link = /https?:\/\/\S+\/auth\/v1\/verify\?\S+/.exec(detail.Text)?.[0];
      return link;
    })
    .toBeTruthy();
  return link!;
}

/** Switching the language saves it in the person's profile: later journeys read English again. */
export async function restoreEnglish(users: readonly DemoUser[]) {
  for (const user of users) {
    const response = await fetch(`${apiUrl}/rest/v1/profiles?id=eq.${demoUsers[user].id}`, {
      method: 'PATCH',
      headers: { apikey: serviceRoleKey, authorization: `Bearer ${serviceRoleKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ preferred_language: 'en' }),
    });
    expect(response.ok).toBe(true);
  }
}
