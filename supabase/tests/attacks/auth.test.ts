/**
 * Attacks on the auth door: taking over an address, turning an invitation into someone else's
 * role, guessing codes, probing for accounts, reusing refresh tokens, sending tokens to another
 * host, and flooding the mail and sign-in endpoints. Each attempt is refused, and each test also
 * checks that nothing changed and nothing leaked.
 *
 * Most attacks run against the demo stack (project config, rate limits raised so that the tests
 * themselves are not limited); the rate limits are attacked on a stack of their own with the
 * limits of supabase/config.toml.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startStack, type RunningStack, createScratchDatabase } from '../../local/index.ts';
import { demoPartnerships, demoPassword, demoUsers, projectDir, startDemoStack, type DemoStack, type DemoUser } from '../support/demo-stack.ts';

const siteUrl = 'http://127.0.0.1:5173';
const password = 'attack surface 2030';
const singleConfirmation = 'Confirmation link accepted. Please proceed to confirm link sent to the other email';

let stack: DemoStack;
const clients = {} as Record<DemoUser, SupabaseClient>;

beforeAll(async () => {
  stack = await startDemoStack();
  for (const user of ['admin', 'anna', 'grace', 'erik', 'analyst'] as const) clients[user] = await stack.signIn(user);
}, 120_000);
afterAll(() => stack?.stop());

type Json = Record<string, unknown>;

/** A raw call to Auth, as an attacker's script would make it. */
async function auth(path: string, options: { method?: string; body?: unknown; token?: string; headers?: Record<string, string> } = {}, on: { apiUrl: string; anonKey: string } = stack) {
  const response = await fetch(`${on.apiUrl}/auth/v1${path}`, {
    method: options.method ?? 'POST',
    headers: {
      apikey: on.anonKey,
      'content-type': 'application/json',
      'x-supabase-api-version': '2024-01-01',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as Json };
}

const sql = <T extends Json = Json>(text: string, params: unknown[] = []) => stack.context.db.query<T>(text, params);
const mailsTo = (email: string, on: RunningStack = stack) => on.context.mailbox.list().filter((mail) => mail.to === email);
const linkOf = (text: string) => /https?:\/\/\S+\/auth\/v1\/verify\?\S+/.exec(text)![0];
const codeOf = (text: string) => /Code \/ Kod: (\d{6})/.exec(text)![1];

async function follow(link: string) {
  const response = await fetch(link, { redirect: 'manual' });
  const location = new URL(response.headers.get('location')!);
  return { status: response.status, location, fragment: new URLSearchParams(location.hash.slice(1)) };
}

let counter = 0;
/** A fresh, confirmed account with a password, and its session's tokens. */
async function newAccount(prefix: string) {
  const email = `${prefix}.${++counter}@attack.example`;
  const { data, error } = await stack.service().auth.admin.createUser({ email, password, email_confirm: true });
  expect(error).toBeNull();
  const signedIn = await auth('/token?grant_type=password', { body: { email, password } });
  expect(signedIn.status).toBe(200);
  return { email, id: data.user!.id, accessToken: signedIn.body.access_token as string, refreshToken: signedIn.body.refresh_token as string };
}

async function userRow(id: string) {
  const [row] = await sql<{ email: string; email_change: string; email_confirmed_at: Date | null; recovery_token: string }>(
    'select email, email_change, email_confirmed_at, recovery_token from auth.users where id = $1',
    [id],
  );
  return row;
}

const staffRowsOf = async (id: string) => sql('select role from public.staff where user_id = $1', [id]);
const sessionsOf = async (id: string) => (await sql<{ n: number }>('select count(*)::int as n from auth.sessions where user_id = $1', [id]))[0].n;

describe('taking over an address by changing one\'s own', () => {
  let mover: Awaited<ReturnType<typeof newAccount>>;
  const target = 'future.analyst@icld.example';
  let currentMail: string;
  let newMail: string;

  beforeAll(async () => {
    mover = await newAccount('mover');
  });

  it('PUT /user with another address leaves the address as it is, and shows the change as waiting (new_email)', async () => {
    const changed = await auth('/user', { method: 'PUT', token: mover.accessToken, body: { email: target } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ email: mover.email, new_email: target });
    expect(await userRow(mover.id)).toMatchObject({ email: mover.email, email_change: target });
  });

  it('mails both addresses, each with a link of its own', () => {
    const [toCurrent] = mailsTo(mover.email);
    const [toNew] = mailsTo(target);
    expect(mailsTo(mover.email)).toHaveLength(1);
    expect(mailsTo(target)).toHaveLength(1);
    currentMail = toCurrent.text;
    newMail = toNew.text;
    expect(linkOf(currentMail)).toContain('type=email_change');
    expect(linkOf(currentMail)).not.toBe(linkOf(newMail));
  });

  it("an admin's invitation of that address to the analyst role gives the mover nothing: it goes to the address", async () => {
    const { data: session } = await clients.admin.auth.getSession();
    const response = await fetch(`${stack.apiUrl}/functions/v1/invite`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.session!.access_token}`, apikey: stack.anonKey, 'content-type': 'application/json' },
      body: JSON.stringify({ email: target, role: 'analyst', redirect_to: `${siteUrl}/accept-invitation` }),
    });
    expect(await response.json()).toMatchObject({ outcome: 'mailed' });
    expect(await staffRowsOf(mover.id)).toEqual([]);
    const [invitation] = await sql<{ user_id: string }>('select user_id from public.invitations where email = $1', [target]);
    expect(invitation.user_id).not.toBe(mover.id);
    expect(mailsTo(target)[0].subject).toContain('you are invited');
  });

  it('following only the link sent to the current address changes nothing', async () => {
    const followed = await follow(linkOf(currentMail));
    expect(followed.fragment.get('message')).toBe(singleConfirmation);
    expect(followed.fragment.get('access_token')).toBeNull();
    expect((await userRow(mover.id)).email).toBe(mover.email);
  });

  it('following the same link again changes nothing', async () => {
    const again = await follow(linkOf(currentMail));
    expect(again.fragment.get('error_code')).toBe('otp_expired');
    expect((await userRow(mover.id)).email).toBe(mover.email);
  });

  it("typing the current address's code as the new address's changes nothing", async () => {
    const typed = await auth('/verify', { body: { type: 'email_change', email: target, token: codeOf(currentMail) } });
    expect(typed).toMatchObject({ status: 403, body: { code: 'otp_expired' } });
    expect((await userRow(mover.id)).email).toBe(mover.email);
  });

  it('a made-up link changes nothing', async () => {
    const madeUp = await auth('/verify', { body: { type: 'email_change', token_hash: 'f'.repeat(56) } });
    expect(madeUp).toMatchObject({ status: 403, body: { code: 'otp_expired' } });
    expect((await userRow(mover.id)).email).toBe(mover.email);
  });

  it('asking again at once is refused (max_frequency), and no mail goes out', async () => {
    const before = stack.context.mailbox.list().length;
    const again = await auth('/user', { method: 'PUT', token: mover.accessToken, body: { email: 'another@icld.example' } });
    expect(again).toMatchObject({ status: 429, body: { code: 'over_email_send_rate_limit' } });
    expect(again.body.message).toMatch(/^For security purposes, you can only request this after \d+ seconds\.$/);
    expect(stack.context.mailbox.list()).toHaveLength(before);
    expect(await userRow(mover.id)).toMatchObject({ email: mover.email, email_change: target });
  });

  it('the second link, once someone else holds the address, is refused and changes nothing', async () => {
    const followed = await follow(linkOf(newMail));
    expect(followed.fragment.get('error_code')).toBe('email_exists');
    expect((await userRow(mover.id)).email).toBe(mover.email);
    expect(await staffRowsOf(mover.id)).toEqual([]);
  });

  it("changing to an address that has an account is refused, and neither address is mailed", async () => {
    const other = await newAccount('taken');
    const before = stack.context.mailbox.list().length;
    const refused = await auth('/user', { method: 'PUT', token: other.accessToken, body: { email: demoUsers.analyst.email } });
    expect(refused).toMatchObject({ status: 422, body: { code: 'email_exists' } });
    expect(stack.context.mailbox.list()).toHaveLength(before);
    expect(await userRow(other.id)).toMatchObject({ email: other.email, email_change: '' });
  });

  it('an email change without a session is refused', async () => {
    const refused = await auth('/user', { method: 'PUT', body: { email: 'nobody@attack.example' } });
    expect(refused.status).toBe(401);
    expect(mailsTo('nobody@attack.example')).toHaveLength(0);
  });

  it('a recovery code does not confirm an email change', async () => {
    const victim = await newAccount('confused');
    await auth('/user', { method: 'PUT', token: victim.accessToken, body: { email: `new.${victim.email}` } });
    await auth('/recover', { body: { email: victim.email } });
    const recovery = mailsTo(victim.email).find((mail) => mail.text.includes('type=recovery'))!;
    const typed = await auth('/verify', { body: { type: 'email_change', email: victim.email, token: codeOf(recovery.text) } });
    expect(typed).toMatchObject({ status: 403, body: { code: 'otp_expired' } });
    expect((await userRow(victim.id)).email).toBe(victim.email);
  });

  it('allowed: the change applies once both links are followed, and the new address signs in', async () => {
    const owner = await newAccount('owner');
    const next = `moved.${owner.email}`;
    expect((await auth('/user', { method: 'PUT', token: owner.accessToken, body: { email: next } })).status).toBe(200);
    const first = await follow(linkOf(mailsTo(next)[0].text));
    expect(first.fragment.get('message')).toBe(singleConfirmation);
    expect((await userRow(owner.id)).email).toBe(owner.email);
    const second = await follow(linkOf(mailsTo(owner.email)[0].text));
    expect(second.fragment.get('access_token')).toBeTruthy();
    expect(second.fragment.get('type')).toBe('email_change');
    expect(await userRow(owner.id)).toMatchObject({ email: next, email_change: '' });
    expect((await auth('/token?grant_type=password', { body: { email: next, password } })).status).toBe(200);
  });
});

describe('an account made for an address nobody has confirmed', () => {
  it('opens no session with its password until the address is confirmed, as with confirmations on in Supabase Auth', async () => {
    const email = `unconfirmed.${++counter}@attack.example`;
    const { data, error } = await stack.service().auth.admin.createUser({ email, password, email_confirm: false });
    expect(error).toBeNull();
    const refused = await auth('/token?grant_type=password', { body: { email, password } });
    expect([refused.status, refused.body.code]).toEqual([400, 'email_not_confirmed']);
    expect(refused.body.access_token).toBeUndefined();
    expect(await sessionsOf(data.user!.id)).toBe(0);
    await stack.service().auth.admin.updateUserById(data.user!.id, { email_confirm: true });
    expect((await auth('/token?grant_type=password', { body: { email, password } })).status).toBe(200);
  });
});

describe('an invitation to someone with an account', () => {
  let invitationId: string;

  async function inviteAs(user: DemoUser, body: Json) {
    const { data: session } = await clients[user].auth.getSession();
    const response = await fetch(`${stack.apiUrl}/functions/v1/invite`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.session!.access_token}`, apikey: stack.anonKey, 'content-type': 'application/json' },
      body: JSON.stringify({ redirect_to: `${siteUrl}/accept-invitation`, ...body }),
    });
    return (await response.json()) as { invitation_id: string; outcome: string };
  }

  beforeAll(async () => {
    invitationId = (await inviteAs('admin', { email: demoUsers.grace.email, role: 'analyst' })).invitation_id;
  });

  it('gives nothing until it is accepted, and mails nothing', async () => {
    const [invitation] = await sql<{ accepted_at: Date | null; granted_at: Date | null }>('select accepted_at, granted_at from public.invitations where id = $1', [invitationId]);
    expect(invitation).toEqual({ accepted_at: null, granted_at: null });
    expect(await staffRowsOf(demoUsers.grace.id)).toEqual([]);
    expect(mailsTo(demoUsers.grace.email)).toHaveLength(0);
  });

  it.each(['anna', 'erik', 'analyst', 'admin'] as const)('is not accepted by %s in her place', async (user) => {
    const { error } = await clients[user].rpc('accept_invitation', { invitation_id: invitationId });
    expect(error?.message).toBe('not_allowed');
    expect(await staffRowsOf(demoUsers.grace.id)).toEqual([]);
    expect(await staffRowsOf(demoUsers[user].id)).toEqual(user === 'analyst' ? [{ role: 'analyst' }] : user === 'admin' ? [{ role: 'admin' }] : []);
  });

  it.each(['anna', 'erik'] as const)('is not declined by %s in her place', async (user) => {
    expect((await clients[user].rpc('decline_invitation', { invitation_id: invitationId })).error?.message).toBe('not_allowed');
    expect(await sql('select 1 from public.invitations where id = $1', [invitationId])).toHaveLength(1);
  });

  it.each(['anna', 'erik', 'analyst'] as const)('is not listed to %s', async (user) => {
    expect((await clients[user].rpc('my_invitations')).data).toEqual([]);
  });

  it('is not accepted without signing in', async () => {
    const { error } = await stack.anon().rpc('accept_invitation', { invitation_id: invitationId });
    expect(error).not.toBeNull();
    expect(await staffRowsOf(demoUsers.grace.id)).toEqual([]);
  });

  it('is not marked accepted by writing the table', async () => {
    const { data } = await clients.grace.from('invitations').update({ accepted_at: new Date().toISOString() }).eq('id', invitationId).select('id');
    expect(data ?? []).toEqual([]);
    const [invitation] = await sql<{ accepted_at: Date | null }>('select accepted_at from public.invitations where id = $1', [invitationId]);
    expect(invitation.accepted_at).toBeNull();
    expect(await staffRowsOf(demoUsers.grace.id)).toEqual([]);
  });

  it('is not accepted with a made-up id', async () => {
    const { error } = await clients.grace.rpc('accept_invitation', { invitation_id: '00000000-0000-4000-9000-000000000000' });
    expect(error?.message).toBe('not_allowed');
    expect(await staffRowsOf(demoUsers.grace.id)).toEqual([]);
  });

  it('withdrawn before acceptance, takes back nothing it never gave', async () => {
    const pending = await inviteAs('admin', { email: demoUsers.erik.email, role: 'contributor', partnership_id: demoPartnerships.robertsforsMachakos });
    expect(pending.outcome).toBe('pending');
    // Erik becomes a member by another way meanwhile.
    expect((await clients.admin.from('memberships').insert({ user_id: demoUsers.erik.id, partnership_id: demoPartnerships.robertsforsMachakos, role: 'contributor' })).error).toBeNull();
    expect((await clients.admin.from('invitations').delete().eq('id', pending.invitation_id).select('id')).data).toHaveLength(1);
    expect(await sql('select role from public.memberships where user_id = $1 and partnership_id = $2', [demoUsers.erik.id, demoPartnerships.robertsforsMachakos])).toEqual([{ role: 'contributor' }]);
  });

  it('is not accepted by whoever has the address after the account gave it up', async () => {
    const holder = await newAccount('holder');
    const { invitation_id: id } = await inviteAs('admin', { email: holder.email, role: 'analyst' });
    // The holder moves to another address, confirmed from both.
    await auth('/user', { method: 'PUT', token: holder.accessToken, body: { email: `elsewhere.${holder.email}` } });
    await follow(linkOf(mailsTo(holder.email)[0].text));
    await follow(linkOf(mailsTo(`elsewhere.${holder.email}`)[0].text));
    expect((await userRow(holder.id)).email).toBe(`elsewhere.${holder.email}`);
    const holderClient = stack.anon();
    await holderClient.auth.signInWithPassword({ email: `elsewhere.${holder.email}`, password });
    expect((await holderClient.rpc('my_invitations')).data).toEqual([]);
    expect((await holderClient.rpc('accept_invitation', { invitation_id: id })).error?.message).toBe('not_allowed');
    expect(await staffRowsOf(holder.id)).toEqual([]);
  });

  it('allowed: she sees it, accepts it, and only then is staff; it cannot be accepted twice', async () => {
    expect((await clients.grace.rpc('my_invitations')).data).toEqual([expect.objectContaining({ invitation_id: invitationId, role: 'analyst', partnership_id: null, invited_by_name: 'Johan Ek' })]);
    expect((await clients.grace.rpc('accept_invitation', { invitation_id: invitationId })).error).toBeNull();
    expect(await staffRowsOf(demoUsers.grace.id)).toEqual([{ role: 'analyst' }]);
    expect((await clients.grace.rpc('accept_invitation', { invitation_id: invitationId })).error?.message).toBe('not_allowed');
    await sql('delete from public.staff where user_id = $1', [demoUsers.grace.id]);
  });
});

describe('guessing the code of a mailed link', () => {
  let victim: Awaited<ReturnType<typeof newAccount>>;
  let code: string;

  beforeAll(async () => {
    victim = await newAccount('guessed');
    expect((await auth('/recover', { body: { email: victim.email } })).status).toBe(200);
    code = codeOf(mailsTo(victim.email)[0].text);
  });

  const wrongCodes = [1, 2, 3, 4, 5];
  it.each(wrongCodes)('wrong code %i is refused and signs nobody in', async (attempt) => {
    const wrong = String((Number(code) + attempt * 7919) % 1_000_000).padStart(6, '0');
    const sessions = await sessionsOf(victim.id);
    const guessed = await auth('/verify', { body: { type: 'recovery', email: victim.email, token: wrong } });
    expect(guessed).toMatchObject({ status: 403, body: { code: 'otp_expired' } });
    expect(guessed.body.access_token).toBeUndefined();
    expect(await sessionsOf(victim.id)).toBe(sessions);
  });

  it('after five wrong codes even the right one is refused: the codes of that address are void', async () => {
    const sessions = await sessionsOf(victim.id);
    const right = await auth('/verify', { body: { type: 'recovery', email: victim.email, token: code } });
    expect(right).toMatchObject({ status: 403, body: { code: 'otp_expired' } });
    expect(await sessionsOf(victim.id)).toBe(sessions);
    expect((await userRow(victim.id)).recovery_token).toBe('');
  });

  it.each(['signup', 'invite', 'magiclink', 'email_change'])('a recovery code is refused as a %s code', async (type) => {
    const other = await newAccount(`type-${type}`);
    await auth('/recover', { body: { email: other.email } });
    const otherCode = codeOf(mailsTo(other.email)[0].text);
    const sessions = await sessionsOf(other.id);
    const typed = await auth('/verify', { body: { type, email: other.email, token: otherCode } });
    // A magic link and a recovery share GoTrue's recovery token; the others are refused.
    if (type === 'magiclink') expect(typed.status).toBe(200);
    else {
      expect(typed).toMatchObject({ status: 403, body: { code: 'otp_expired' } });
      expect(await sessionsOf(other.id)).toBe(sessions);
    }
  });

  it('a code is refused once otp_expiry has passed', async () => {
    const late = await newAccount('late');
    await auth('/recover', { body: { email: late.email } });
    const lateCode = codeOf(mailsTo(late.email)[0].text);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 86_401_000 });
    try {
      const sessions = await sessionsOf(late.id);
      expect(await auth('/verify', { body: { type: 'recovery', email: late.email, token: lateCode } })).toMatchObject({ status: 403, body: { code: 'otp_expired' } });
      expect(await sessionsOf(late.id)).toBe(sessions);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a link is refused the second time', async () => {
    const twice = await newAccount('twice');
    await auth('/recover', { body: { email: twice.email } });
    const link = linkOf(mailsTo(twice.email)[0].text);
    expect((await follow(link)).fragment.get('access_token')).toBeTruthy();
    const sessions = await sessionsOf(twice.id);
    expect((await follow(link)).fragment.get('error_code')).toBe('otp_expired');
    expect(await sessionsOf(twice.id)).toBe(sessions);
  });

  it('allowed: four wrong codes, then the right one, signs in', async () => {
    const typo = await newAccount('typo');
    await auth('/recover', { body: { email: typo.email } });
    const right = codeOf(mailsTo(typo.email)[0].text);
    for (const attempt of [1, 2, 3, 4]) {
      const wrong = String((Number(right) + attempt) % 1_000_000).padStart(6, '0');
      expect((await auth('/verify', { body: { type: 'recovery', email: typo.email, token: wrong } })).status).toBe(403);
    }
    expect(await auth('/verify', { body: { type: 'recovery', email: typo.email, token: right } })).toMatchObject({ status: 200, body: { token_type: 'bearer' } });
  });
});

describe('probing for accounts and flooding an inbox', () => {
  it('a second recovery mail at once is refused as for a known as for an unknown address, and only one mail goes out', async () => {
    const known = await newAccount('flooded');
    const unknown = `nobody.${counter}@attack.example`;
    const answers = { known: [] as unknown[], unknown: [] as unknown[] };
    for (let index = 0; index < 40; index++) {
      const a = await auth('/recover', { body: { email: known.email } });
      const b = await auth('/recover', { body: { email: unknown } });
      answers.known.push([a.status, a.body.code]);
      answers.unknown.push([b.status, b.body.code]);
    }
    expect(answers.known[0]).toEqual([200, undefined]);
    expect(answers.known.slice(1)).toEqual(Array(39).fill([429, 'over_email_send_rate_limit']));
    expect(answers.unknown).toEqual(answers.known);
    expect(mailsTo(known.email)).toHaveLength(1);
    expect(mailsTo(unknown)).toHaveLength(0);
  });

  it.each([true, false])('/otp (create_user %s) answers alike for a known and an unknown address, and makes no account', async (createUser) => {
    const known = await newAccount(`otp-${createUser}`);
    const unknown = `unknown.otp.${createUser}@attack.example`;
    const a = await auth('/otp', { body: { email: known.email, create_user: createUser } });
    const b = await auth('/otp', { body: { email: unknown, create_user: createUser } });
    expect(b).toEqual(a);
    expect(a.status).toBe(200);
    expect(await sql('select 1 from auth.users where email = $1', [unknown])).toEqual([]);
    expect(mailsTo(unknown)).toHaveLength(0);
  });

  it('a password sign-in takes as long for an unknown address as for a known one', async () => {
    const timeOnce = async (email: string) => {
      const started = performance.now();
      expect((await auth('/token?grant_type=password', { body: { email, password: 'not the password 1' } })).body.code).toBe('invalid_credentials');
      return performance.now() - started;
    };
    const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
    const known = await newAccount('timed');
    // Taken in turns, so that whatever else the machine does weighs on both alike.
    const knownTimes: number[] = [];
    const unknownTimes: number[] = [];
    for (let index = 0; index < 7; index++) {
      knownTimes.push(await timeOnce(known.email));
      unknownTimes.push(await timeOnce('unknown.timed@attack.example'));
    }
    expect(median(unknownTimes)).toBeGreaterThan(median(knownTimes) * 0.5);
  });

  it.each(Object.keys(demoUsers) as DemoUser[])('a wrong password for %s signs nobody in', async (user) => {
    const sessions = await sessionsOf(demoUsers[user].id);
    const refused = await auth('/token?grant_type=password', { body: { email: demoUsers[user].email, password: `${demoPassword}x` } });
    expect(refused).toMatchObject({ status: 400, body: { code: 'invalid_credentials', message: 'Invalid login credentials' } });
    expect(await sessionsOf(demoUsers[user].id)).toBe(sessions);
  });
});

describe('reusing a refresh token', () => {
  it('outside the reuse interval ends the whole session: the reused token, its descendant and the access token', async () => {
    const account = await newAccount('reused');
    const first = await auth('/token?grant_type=refresh_token', { body: { refresh_token: account.refreshToken } });
    const second = await auth('/token?grant_type=refresh_token', { body: { refresh_token: first.body.refresh_token } });
    expect(second.status).toBe(200);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 11_000 });
    try {
      const reused = await auth('/token?grant_type=refresh_token', { body: { refresh_token: account.refreshToken } });
      expect(reused).toMatchObject({ status: 400, body: { code: 'refresh_token_already_used' } });
      const descendant = await auth('/token?grant_type=refresh_token', { body: { refresh_token: second.body.refresh_token } });
      expect(descendant.status).toBe(400);
      expect(descendant.body.access_token).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
    expect(await auth('/user', { method: 'GET', token: second.body.access_token as string })).toMatchObject({ status: 403, body: { code: 'session_not_found' } });
    expect(await sessionsOf(account.id)).toBe(0);
  });

  it('allowed: within the reuse interval, the reused token gives the live one', async () => {
    const account = await newAccount('retried');
    const first = await auth('/token?grant_type=refresh_token', { body: { refresh_token: account.refreshToken } });
    const retried = await auth('/token?grant_type=refresh_token', { body: { refresh_token: account.refreshToken } });
    expect(retried).toMatchObject({ status: 200, body: { refresh_token: first.body.refresh_token } });
  });
});

describe('sending the tokens of a link to another host', () => {
  let account: Awaited<ReturnType<typeof newAccount>>;
  beforeAll(async () => {
    account = await newAccount('redirected');
  });

  const hostile = [
    'http://localhost:5173@evil.example',
    'http://localhost:5173@evil.example/accept-invitation',
    'http://127.0.0.1:5173@evil.example/',
    'http://localhost:5173:x@evil.example/',
    'http://user:pass@localhost:5173/reset-password',
    'https://evil.example/reset-password',
    '//evil.example/reset-password',
    'http://localhost:5173.evil.example/',
    'http://evil.example/http://localhost:5173/',
    'javascript:alert(document.cookie)',
    'http://2130706433/',
    'http://evil%2eexample/',
    'http://localhost:5173%40evil.example/',
  ];

  it.each(hostile)('redirect_to=%s falls back to the site', async (redirectTo) => {
    const { data, error } = await stack.service().auth.admin.generateLink({ type: 'magiclink', email: account.email, options: { redirectTo } });
    expect(error).toBeNull();
    expect(data.properties!.redirect_to).toBe(siteUrl);
    const followed = await follow(data.properties!.action_link);
    expect(followed.location.origin).toBe(siteUrl);
    expect(followed.location.href).not.toContain('evil');
  });

  it('allowed: an address of the app keeps its path', async () => {
    const { data } = await stack.service().auth.admin.generateLink({ type: 'magiclink', email: account.email, options: { redirectTo: 'http://localhost:5173/reset-password' } });
    const followed = await follow(data.properties!.action_link);
    expect(`${followed.location.origin}${followed.location.pathname}`).toBe('http://localhost:5173/reset-password');
    expect(followed.fragment.get('access_token')).toBeTruthy();
  });
});

describe('the rate limits of config.toml', () => {
  let limited: RunningStack;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
  beforeAll(async () => {
    scratch = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL) : undefined;
    limited = await startStack({ projectDir, inMemory: true, reset: true, config: { apiPort: 0, inboxPort: 0, smtpPort: 0, databaseUrl: scratch?.url } });
  }, 120_000);
  afterAll(async () => {
    await limited?.stop();
    await scratch?.drop();
  });

  // The clock stands still meanwhile, so that the buckets do not refill however slowly the machine answers.
  const statuses = async (count: number, request: (index: number) => Promise<{ status: number; body: Json }>) => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    try {
      const answers = [];
      for (let index = 0; index < count; index++) answers.push(await request(index));
      return answers;
    } finally {
      vi.useRealTimers();
    }
  };

  it('sign-ins from one socket are limited however X-Forwarded-For is forged', async () => {
    const answers = await statuses(31, (index) =>
      auth('/token?grant_type=password', { body: { email: `forger${index}@attack.example`, password: 'a guess 123' }, headers: { 'x-forwarded-for': `203.0.113.${index}` } }, limited),
    );
    expect(answers.slice(0, 30).every((answer) => answer.status === 400)).toBe(true);
    expect(answers.at(-1)).toMatchObject({ status: 429, body: { code: 'over_request_rate_limit', message: 'Request rate limit reached' } });
  });

  it('codes are guessed 30 at a time from one socket, then refused', async () => {
    const answers = await statuses(31, (index) =>
      auth('/verify', { body: { type: 'recovery', email: `guess${index}@attack.example`, token: '123456' }, headers: { 'x-forwarded-for': `198.51.100.${index}` } }, limited),
    );
    expect(answers.slice(0, 30).every((answer) => answer.status === 403)).toBe(true);
    expect(answers.at(-1)).toMatchObject({ status: 429, body: { code: 'over_request_rate_limit' } });
  });

  it('recovery mails to many addresses from one socket are limited, and no mail goes out past the limit', async () => {
    const answers = await statuses(31, (index) => auth('/recover', { body: { email: `flood${index}@attack.example` }, headers: { 'x-forwarded-for': `192.0.2.${index}` } }, limited));
    expect(answers.at(-1)).toMatchObject({ status: 429, body: { code: 'over_request_rate_limit' } });
    expect(limited.context.mailbox.list()).toHaveLength(0);
  });

  it('the project sends at most email_sent mails an hour', async () => {
    const service = { apiUrl: limited.apiUrl, anonKey: limited.serviceRoleKey };
    const answers = await statuses(31, (index) => auth('/invite', { body: { email: `invitee${index}@attack.example` }, token: limited.serviceRoleKey }, service));
    expect(answers.slice(0, 30).every((answer) => answer.status === 200)).toBe(true);
    expect(answers[30]).toMatchObject({ status: 429, body: { code: 'over_email_send_rate_limit', message: 'email rate limit exceeded' } });
    expect(mailsTo('invitee30@attack.example', limited)).toHaveLength(0);
    expect(await limited.context.db.query("select 1 from auth.users where email = 'invitee30@attack.example'")).toEqual([]);
  });
});
