/**
 * Mails the reminder digests due today: the database decides who is due and what each digest
 * says (public.claim_digests, which enters each in its ledger as it hands it out); this renders
 * each in its reader's language and sends it over SMTP. A digest that could not be sent leaves
 * the ledger again, so the next run tries it anew. Runs on a schedule (pg_cron on Supabase, the
 * local stack's own scheduler locally) and refuses every caller but the service role.
 *
 * POST {} or { on_day: 'YYYY-MM-DD' } → 200 { sent, failed } · 401 without the service role key
 * · 502 when the digests could not be gathered.
 *
 * Secrets (`supabase secrets set`; the local stack sets them to its inbox):
 *   SMTP_HOST, SMTP_PORT   the mail server; port 465 speaks TLS from the start, others STARTTLS
 *                          when offered. Supabase's Edge runtime blocks outgoing ports 25 and 587:
 *                          use 465 (or the provider's alternative port) there.
 *   SMTP_USER, SMTP_PASS   the login, when the server wants one
 *   SMTP_SENDER            the From address, e.g. "Agenda 2030 Partnerships <noreply@example.org>"
 *   SITE_URL               the app's address, for the links (config.toml's auth.site_url)
 *
 * nodemailer is imported by its bare name so that one file runs in both runtimes: on Supabase's
 * Edge runtime (Deno) this folder's deno.json maps the name to `npm:nodemailer`, as Supabase
 * recommends for a function's dependencies; in the local stack, which runs the file in Node,
 * the name resolves to the project's own node_modules (package.json), the same major version.
 */
import nodemailer from 'nodemailer';
import { renderDigest, type Digest } from './digest-mail.ts';

function environment() {
  const read = (name: string) => {
    const value = Deno.env.get(name);
    if (!value) throw new Error(`${name} must be set`);
    return value;
  };
  return {
    url: read('SUPABASE_URL'),
    serviceKey: read('SUPABASE_SERVICE_ROLE_KEY'),
    siteUrl: read('SITE_URL'),
    smtp: {
      host: read('SMTP_HOST'),
      port: Number(read('SMTP_PORT')),
      user: Deno.env.get('SMTP_USER'),
      pass: Deno.env.get('SMTP_PASS'),
      sender: read('SMTP_SENDER'),
    },
  };
}

type Environment = ReturnType<typeof environment>;

const digestOf = async (text: string) => new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));

/** Whether the caller holds the service role key; compared as digests, so the time taken tells nothing of the key. */
async function isServiceRole(request: Request, serviceKey: string) {
  const token = /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1] ?? '';
  const [given, expected] = await Promise.all([digestOf(token), digestOf(serviceKey)]);
  return given.reduce((difference, byte, index) => difference | (byte ^ expected[index]), 0) === 0;
}

const serviceHeaders = (env: Environment) => ({ apikey: env.serviceKey, authorization: `Bearer ${env.serviceKey}`, 'content-type': 'application/json' });

async function claimDigests(env: Environment, onDay: string | undefined): Promise<Digest[]> {
  const response = await fetch(`${env.url}/rest/v1/rpc/claim_digests`, { method: 'POST', headers: serviceHeaders(env), body: JSON.stringify(onDay ? { on_day: onDay } : {}) });
  if (!response.ok) throw new Error(`claim_digests answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/** Takes an unsent digest out of the ledger, so the next run hands it out again. */
async function releaseDigest(env: Environment, digestId: string) {
  const response = await fetch(`${env.url}/rest/v1/sent_digests?id=eq.${encodeURIComponent(digestId)}`, { method: 'DELETE', headers: serviceHeaders(env) });
  if (!response.ok) console.error('[send-digests] could not release digest', digestId, response.status, await response.text());
}

async function requestedDay(request: Request) {
  const body = (await request.json().catch(() => ({}))) as { on_day?: unknown } | null;
  const onDay = body?.on_day;
  return typeof onDay === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(onDay) ? onDay : undefined;
}

Deno.serve(async (request: Request) => {
  const env = environment();
  if (!(await isServiceRole(request, env.serviceKey))) return Response.json({ code: 'not_allowed', message: 'Only the schedule sends digests' }, { status: 401 });
  let digests: Digest[];
  try {
    digests = await claimDigests(env, await requestedDay(request));
  } catch (error) {
    console.error('[send-digests]', error);
    return Response.json({ code: 'claim_failed', message: 'The digests could not be gathered' }, { status: 502 });
  }
  const transport = nodemailer.createTransport({
    host: env.smtp.host,
    port: env.smtp.port,
    secure: env.smtp.port === 465,
    auth: env.smtp.user ? { user: env.smtp.user, pass: env.smtp.pass ?? '' } : undefined,
  });
  let sent = 0;
  let failed = 0;
  // One after another: a mail server takes kindly to one connection at a steady pace.
  for (const digest of digests) {
    const mail = renderDigest(digest, env.siteUrl);
    try {
      await transport.sendMail({ from: env.smtp.sender, to: digest.email, subject: mail.subject, text: mail.text, html: mail.html });
      sent += 1;
    } catch (error) {
      console.error('[send-digests] could not mail', digest.email, error);
      await releaseDigest(env, digest.digest_id);
      failed += 1;
    }
  }
  transport.close();
  return Response.json({ sent, failed });
});
