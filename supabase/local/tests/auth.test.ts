import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuthApiError, type SupabaseClient } from '@supabase/supabase-js';
import { signJwt } from '../src/keys.ts';
import { startTestStack, type TestStack } from './support/test-stack.ts';

let stack: TestStack;
beforeAll(async () => {
  // As behind Supabase's gateway, which names the client's address in X-Forwarded-For.
  stack = await startTestStack({
    config: {
      auth: {
        rateLimit: { signInSignUps: 40, tokenRefresh: 150, tokenVerifications: 40, burst: 40 },
        rateLimitHeader: 'x-forwarded-for',
        minimumPasswordLength: 10,
        passwordRequirements: 'letters_digits',
      },
    },
  });
});
afterAll(() => stack?.stop());

const password = 'correct horse 2030';

async function signUp(email: string, data: Record<string, unknown> = {}) {
  const client = stack.anon();
  const result = await client.auth.signUp({ email, password, options: { data } });
  expect(result.error).toBeNull();
  return { client, ...result.data };
}

/** Mails are captured; the link of the newest one to `to`. */
function linkIn(to: string) {
  const mail = stack.context.mailbox.list().find((candidate) => candidate.to === to);
  expect(mail, `a mail to ${to}`).toBeDefined();
  return /https?:\/\/\S+\/auth\/v1\/verify\?\S+/.exec(mail!.text)![0];
}

async function followLink(link: string) {
  const response = await fetch(link, { redirect: 'manual' });
  expect(response.status).toBe(303);
  const location = new URL(response.headers.get('location')!);
  return { location, fragment: new URLSearchParams(location.hash.slice(1)) };
}

describe('sign-up and sign-in', () => {
  it('signs up, fires triggers on auth.users, and returns a session', async () => {
    const { session, user } = await signUp('ada@example.test', { display_name: 'Ada' });
    expect(session?.access_token).toBeTruthy();
    expect(user).toMatchObject({ email: 'ada@example.test', aud: 'authenticated', role: 'authenticated', user_metadata: { display_name: 'Ada' } });
    const { data } = await stack.service().from('member_profiles').select('display_name').eq('id', user!.id).single();
    expect(data).toEqual({ display_name: 'Ada' });
  });

  it('refuses a second account for the same address, weak passwords and bad addresses', async () => {
    const again = await stack.anon().auth.signUp({ email: 'ada@example.test', password });
    expect(again.error).toBeInstanceOf(AuthApiError);
    expect(again.error).toMatchObject({ status: 422, code: 'user_already_exists' });
    const short = await stack.anon().auth.signUp({ email: 'short@example.test', password: 'abc1' });
    expect(short.error).toMatchObject({ status: 422, code: 'weak_password', reasons: ['length'] });
    const noDigit = await stack.anon().auth.signUp({ email: 'nodigit@example.test', password: 'onlyletterslong' });
    expect(noDigit.error).toMatchObject({ code: 'weak_password', reasons: ['characters'] });
    const address = await stack.anon().auth.signUp({ email: 'not-an-address', password });
    expect(address.error).toMatchObject({ status: 400, code: 'email_address_invalid' });
  });

  it('signs in with the password, and refuses a wrong one or an unknown user alike', async () => {
    const client = stack.anon();
    const { data, error } = await client.auth.signInWithPassword({ email: 'ADA@example.test', password });
    expect(error).toBeNull();
    expect(data.session!.user.email).toBe('ada@example.test');
    const wrong = await stack.anon().auth.signInWithPassword({ email: 'ada@example.test', password: 'wrong password 1' });
    expect(wrong.error).toMatchObject({ status: 400, code: 'invalid_credentials', message: 'Invalid login credentials' });
    const unknown = await stack.anon().auth.signInWithPassword({ email: 'nobody@example.test', password });
    expect(unknown.error).toMatchObject({ status: 400, code: 'invalid_credentials' });
  });

  it('issues access tokens with GoTrue claims that the API turns into auth.uid()', async () => {
    const client = stack.anon();
    const { data } = await client.auth.signInWithPassword({ email: 'ada@example.test', password });
    const claims = JSON.parse(Buffer.from(data.session!.access_token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ sub: data.user!.id, role: 'authenticated', aud: 'authenticated', email: 'ada@example.test', aal: 'aal1', is_anonymous: false });
    expect(claims.session_id).toBeTruthy();
    expect(claims.exp - claims.iat).toBe(3600);
    const { data: me } = await client.rpc('whoami');
    expect(me).toMatchObject({ uid: data.user!.id, role: 'authenticated', email: 'ada@example.test', current_role: 'authenticated' });
  });

  it('refuses sign-up when the project disables it', async () => {
    const closed = await startTestStack({ config: { auth: { enableSignup: false } } });
    try {
      const { error } = await closed.anon().auth.signUp({ email: 'late@example.test', password });
      expect(error).toMatchObject({ status: 422, code: 'signup_disabled' });
    } finally {
      await closed.stop();
    }
  });
});

describe('sessions', () => {
  let client: SupabaseClient;
  beforeAll(async () => {
    client = stack.anon();
    await client.auth.signInWithPassword({ email: 'ada@example.test', password });
  });

  it('reads and updates the user', async () => {
    const { data } = await client.auth.getUser();
    expect(data.user?.email).toBe('ada@example.test');
    const updated = await client.auth.updateUser({ data: { display_name: 'Ada L.' } });
    expect(updated.error).toBeNull();
    expect(updated.data.user?.user_metadata).toMatchObject({ display_name: 'Ada L.' });
    const same = await client.auth.updateUser({ password });
    expect(same.error).toMatchObject({ status: 422, code: 'same_password' });
  });

  it('rotates refresh tokens and detects reuse', async () => {
    const { data: first } = await client.auth.getSession();
    const oldToken = first.session!.refresh_token;
    const refreshed = await client.auth.refreshSession();
    expect(refreshed.error).toBeNull();
    expect(refreshed.data.session!.refresh_token).not.toBe(oldToken);
    const raw = (token: string) =>
      fetch(`${stack.apiUrl}/auth/v1/token?grant_type=refresh_token`, {
        method: 'POST',
        headers: { apikey: stack.anonKey, 'content-type': 'application/json', 'x-supabase-api-version': '2024-01-01' },
        body: JSON.stringify({ refresh_token: token }),
      });
    const unknown = await raw('not-a-token');
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ code: 'refresh_token_not_found' });
  });

  it('refuses expired and forged access tokens', async () => {
    const { data } = await client.auth.getUser();
    const expired = await signJwt({ sub: data.user!.id, role: 'authenticated', exp: Math.floor(Date.now() / 1000) - 10 });
    const { error } = await stack.anon().auth.getUser(expired);
    expect(error).toMatchObject({ status: 403, code: 'bad_jwt' });
    const forged = await signJwt({ sub: data.user!.id, role: 'authenticated' }, 'a-different-secret-of-at-least-32-characters');
    expect((await stack.anon().auth.getUser(forged)).error).toMatchObject({ status: 403, code: 'bad_jwt' });
  });

  it('signs out: the session ends and its tokens stop working', async () => {
    const other = stack.anon();
    await other.auth.signInWithPassword({ email: 'ada@example.test', password });
    const { data } = await other.auth.getSession();
    const token = data.session!.access_token;
    expect((await other.auth.signOut({ scope: 'local' })).error).toBeNull();
    const after = await fetch(`${stack.apiUrl}/auth/v1/user`, {
      headers: { apikey: stack.anonKey, authorization: `Bearer ${token}`, 'x-supabase-api-version': '2024-01-01' },
    });
    expect(after.status).toBe(403);
    expect(await after.json()).toMatchObject({ code: 'session_not_found' });
    expect((await stack.anon().auth.getUser(token)).error?.name).toBe('AuthSessionMissingError');
    expect((await client.auth.getUser()).error).toBeNull();
  });
});

describe('password recovery', () => {
  it('mails a link that signs the user in to choose a new password', async () => {
    await signUp('grace@example.test');
    const { error } = await stack.anon().auth.resetPasswordForEmail('grace@example.test', { redirectTo: 'http://127.0.0.1:5173/reset-password' });
    expect(error).toBeNull();
    const { location, fragment } = await followLink(linkIn('grace@example.test'));
    expect(`${location.origin}${location.pathname}`).toBe('http://127.0.0.1:5173/reset-password');
    expect(fragment.get('type')).toBe('recovery');
    const client = stack.anon();
    await client.auth.setSession({ access_token: fragment.get('access_token')!, refresh_token: fragment.get('refresh_token')! });
    expect((await client.auth.updateUser({ password: 'a brand new 2031' })).error).toBeNull();
    const again = await stack.anon().auth.signInWithPassword({ email: 'grace@example.test', password: 'a brand new 2031' });
    expect(again.error).toBeNull();
  });

  it('answers the same for unknown addresses and sends nothing', async () => {
    const before = stack.context.mailbox.list().length;
    expect((await stack.anon().auth.resetPasswordForEmail('nobody@example.test')).error).toBeNull();
    expect(stack.context.mailbox.list()).toHaveLength(before);
  });

  it('refuses a used link, and sends unknown redirect targets to the site URL', async () => {
    await stack.anon().auth.resetPasswordForEmail('grace@example.test', { redirectTo: 'https://evil.example/steal' });
    const link = linkIn('grace@example.test');
    const first = await followLink(link);
    expect(first.location.origin).toBe('http://127.0.0.1:5173');
    const second = await followLink(link);
    expect(second.fragment.get('error_code')).toBe('otp_expired');
  });
});

describe('invitations and the admin API', () => {
  it('invites with the service key only, and the invitation link signs the person in', async () => {
    const refused = await stack.anon().auth.admin.inviteUserByEmail('new@example.test');
    expect(refused.error).toMatchObject({ status: 403, code: 'not_admin' });
    const { data, error } = await stack.service().auth.admin.inviteUserByEmail('new@example.test', {
      data: { display_name: 'New Person' },
      redirectTo: 'http://127.0.0.1:5173/accept-invitation',
    });
    expect(error).toBeNull();
    expect(data.user).toMatchObject({ email: 'new@example.test', user_metadata: { display_name: 'New Person' } });
    expect(data.user!.invited_at).toBeTruthy();
    const { fragment, location } = await followLink(linkIn('new@example.test'));
    expect(location.pathname).toBe('/accept-invitation');
    expect(fragment.get('type')).toBe('invite');
    const client = stack.anon();
    await client.auth.setSession({ access_token: fragment.get('access_token')!, refresh_token: fragment.get('refresh_token')! });
    expect((await client.auth.updateUser({ password: 'invited person 2030' })).error).toBeNull();
    expect((await stack.anon().auth.signInWithPassword({ email: 'new@example.test', password: 'invited person 2030' })).error).toBeNull();
  });

  it("mails an invitation from the project's template, with the invite's data as {{ .Data }}", async () => {
    const data = { invited_by: 'Ada <Admin>', partnership: 'Umeå – Kisumu', role_en: 'contributor', role_sv: 'medarbetare' };
    expect((await stack.service().auth.admin.inviteUserByEmail('templated@example.test', { data })).error).toBeNull();
    const mail = stack.context.mailbox.list().find((candidate) => candidate.to === 'templated@example.test')!;
    expect(mail.subject).toBe('Umeå – Kisumu: you are invited / du är inbjuden');
    expect(mail.html).toContain('Ada &#60;Admin&#62; has invited you');
    expect(mail.text).toMatch(/Ada <Admin> has invited you\s+to the partnership Umeå – Kisumu as contributor/);
    expect(mail.text).toMatch(/Ada <Admin> har bjudit in dig\s+till partnerskapet Umeå – Kisumu som medarbetare/);
    expect(mail.text).not.toContain('{{');
    expect(await followLink(linkIn('templated@example.test'))).toMatchObject({ fragment: expect.any(URLSearchParams) });

    // Without data, the template's other branches: nobody named, the programme.
    expect((await stack.service().auth.admin.inviteUserByEmail('plain@example.test')).error).toBeNull();
    const plain = stack.context.mailbox.list().find((candidate) => candidate.to === 'plain@example.test')!;
    expect(plain.subject).toBe('Agenda 2030 Partnerships: you are invited / du är inbjuden');
    expect(plain.text).toMatch(/You have been invited\s+to Agenda 2030 Partnerships, to report/);
  });

  it('creates, lists, reads, updates and deletes users', async () => {
    const admin = stack.service().auth.admin;
    const created = await admin.createUser({ email: 'made@example.test', password, email_confirm: true, user_metadata: { display_name: 'Made' } });
    expect(created.error).toBeNull();
    const id = created.data.user!.id;
    const listed = await admin.listUsers({ page: 1, perPage: 2 });
    expect(listed.data.users).toHaveLength(2);
    expect((listed.data as { total?: number }).total).toBeGreaterThanOrEqual(4);
    expect((await admin.getUserById(id)).data.user?.email).toBe('made@example.test');
    const updated = await admin.updateUserById(id, { user_metadata: { display_name: 'Remade' } });
    expect(updated.data.user?.user_metadata).toMatchObject({ display_name: 'Remade' });
    expect((await admin.deleteUser(id)).error).toBeNull();
    expect((await admin.getUserById(id)).error).toMatchObject({ status: 404, code: 'user_not_found' });
  });

  it('generates links', async () => {
    const { data, error } = await stack.service().auth.admin.generateLink({ type: 'recovery', email: 'ada@example.test' });
    expect(error).toBeNull();
    expect(data.properties!.action_link).toContain('/auth/v1/verify?token=');
    expect(data.properties!.email_otp).toMatch(/^\d{6}$/);
    const verified = await stack.anon().auth.verifyOtp({ email: 'ada@example.test', token: data.properties!.email_otp, type: 'recovery' });
    expect(verified.error).toBeNull();
    expect(verified.data.session?.user.email).toBe('ada@example.test');
  });
});

describe('the gateway and bad input', () => {
  it('requires an API key', async () => {
    const response = await fetch(`${stack.apiUrl}/auth/v1/settings`);
    expect(response.status).toBe(401);
  });

  it('answers malformed JSON with bad_json, not a crash', async () => {
    const response = await fetch(`${stack.apiUrl}/auth/v1/token?grant_type=password`, {
      method: 'POST',
      headers: { apikey: stack.anonKey, 'content-type': 'application/json', 'x-supabase-api-version': '2024-01-01' },
      body: '{"email": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'bad_json' });
    expect(response.headers.get('x-supabase-api-version')).toBe('2024-01-01');
  });

  /** A password sign-in as from one client address (named in X-Forwarded-For, which this stack trusts as GoTrue behind Supabase's gateway does). */
  const signInFrom = (address: string, email: string, secret: string) =>
    fetch(`${stack.apiUrl}/auth/v1/token?grant_type=password`, {
      method: 'POST',
      headers: { apikey: stack.anonKey, 'content-type': 'application/json', 'x-supabase-api-version': '2024-01-01', 'x-forwarded-for': address },
      body: JSON.stringify({ email, password: secret }),
    });

  it('limits sign-ins per address as GoTrue does: a full bucket of attempts that refills, so a shared address is never locked out for long', async () => {
    // The stack of these tests: a bucket of 40 per address, refilled at 150 per five minutes (token_refresh).
    // The clock stands still meanwhile, so that no attempt comes back before the test says so.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    try {
      const workshop = '203.0.113.10';
      const statuses = [];
      for (let index = 0; index < 40; index++) statuses.push((await signInFrom(workshop, `typo${index}@example.test`, 'not it 123')).status);
      expect(new Set(statuses)).toEqual(new Set([400]));
      const refused = await signInFrom(workshop, 'ada@example.test', password);
      expect(refused.status).toBe(429);
      expect(await refused.json()).toMatchObject({ code: 'over_request_rate_limit', message: 'Request rate limit reached' });
      expect((await signInFrom('203.0.113.11', 'ada@example.test', password)).status).toBe(200);
      // Ten seconds later the bucket holds five attempts again: the room goes on signing in.
      vi.setSystemTime(Date.now() + 10_000);
      for (let index = 0; index < 5; index++) expect((await signInFrom(workshop, 'ada@example.test', password)).status).toBe(200);
      expect((await signInFrom(workshop, 'ada@example.test', password)).status).toBe(429);
    } finally {
      vi.useRealTimers();
    }
  });

  it("limits wrong passwords per account, so one person's typos lock out only that account, from any address", async () => {
    const { error } = await stack.service().auth.admin.createUser({ email: 'typist@example.test', password, email_confirm: true });
    expect(error).toBeNull();
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    try {
      for (let index = 0; index < 40; index++) expect((await signInFrom(`198.51.100.${index}`, 'typist@example.test', `wrong guess ${index}`)).status).toBe(400);
      const locked = await signInFrom('198.51.100.200', 'typist@example.test', password);
      expect(locked.status).toBe(429);
      expect(await locked.json()).toMatchObject({ code: 'over_request_rate_limit' });
      // The colleague at the same desk signs in.
      expect((await signInFrom('198.51.100.0', 'ada@example.test', password)).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('what GoTrue settles by config.toml', () => {
  const raw = (on: TestStack, path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${on.apiUrl}/auth/v1${path}`, {
      method: 'POST',
      headers: { apikey: on.anonKey, 'content-type': 'application/json', 'x-supabase-api-version': '2024-01-01', ...headers },
      body: JSON.stringify(body),
    });

  it('counts the socket, not a forged X-Forwarded-For, unless a proxy header is trusted', async () => {
    const plain = await startTestStack({ config: { auth: { rateLimit: { signInSignUps: 3, burst: 3 } } } });
    try {
      const answers = [];
      for (let index = 0; index < 4; index++) answers.push((await raw(plain, '/recover', { email: `x${index}@example.test` }, { 'x-forwarded-for': `203.0.113.${index}` })).status);
      expect(answers).toEqual([200, 200, 200, 429]);
    } finally {
      await plain.stop();
    }
    // The stack of these tests trusts X-Forwarded-For, as GoTrue behind Supabase's gateway: other addresses go on.
    expect((await raw(stack, '/recover', { email: 'x@example.test' }, { 'x-forwarded-for': '203.0.113.77' })).status).toBe(200);
  });

  it('mails one address once in max_frequency, and answers an unknown address alike', async () => {
    await stack.service().auth.admin.createUser({ email: 'frequent@example.test', password, email_confirm: true });
    const statuses = async (email: string) => [(await raw(stack, '/recover', { email })).status, (await raw(stack, '/recover', { email })).status];
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    try {
      expect(await statuses('frequent@example.test')).toEqual([200, 429]);
      expect(await statuses('never-registered@example.test')).toEqual([200, 429]);
      vi.setSystemTime(Date.now() + 61_000);
      expect((await raw(stack, '/recover', { email: 'frequent@example.test' })).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
    expect(stack.context.mailbox.list().filter((mail) => mail.to === 'frequent@example.test')).toHaveLength(2);
  });

  it('answers /otp without create_user alike for known and unknown addresses', async () => {
    await stack.service().auth.admin.createUser({ email: 'otp-known@example.test', password, email_confirm: true });
    const known = await raw(stack, '/otp', { email: 'otp-known@example.test', create_user: false });
    const unknown = await raw(stack, '/otp', { email: 'nobody-otp@example.test', create_user: false });
    expect([unknown.status, await unknown.json()]).toEqual([known.status, await known.json()]);
    expect(stack.context.mailbox.list().filter((mail) => mail.to === 'nobody-otp@example.test')).toHaveLength(0);
  });

  it('with confirmations off (autoconfirm), one link of an email change applies it, as GoTrue does', async () => {
    const { data } = await stack.service().auth.admin.createUser({ email: 'single@example.test', password, email_confirm: true });
    const client = stack.anon();
    await client.auth.signInWithPassword({ email: 'single@example.test', password });
    const { data: changed, error } = await client.auth.updateUser({ email: 'single.new@example.test' });
    expect(error).toBeNull();
    expect(changed.user).toMatchObject({ email: 'single@example.test', new_email: 'single.new@example.test' });
    const { fragment } = await followLink(linkIn('single.new@example.test'));
    expect(fragment.get('type')).toBe('email_change');
    const [row] = await stack.context.db.query<{ email: string }>('select email from auth.users where id = $1', [data.user!.id]);
    expect(row.email).toBe('single.new@example.test');
  });

  it('with confirmations on, an email change waits for the links to both addresses', async () => {
    const secure = await startTestStack({ config: { auth: { email: { enableConfirmations: true, doubleConfirmChanges: true } } } });
    try {
      const { data } = await secure.service().auth.admin.createUser({ email: 'double@example.test', password, email_confirm: true });
      const client = secure.anon();
      await client.auth.signInWithPassword({ email: 'double@example.test', password });
      await client.auth.updateUser({ email: 'double.new@example.test' });
      const link = (to: string) => /https?:\/\/\S+\/auth\/v1\/verify\?\S+/.exec(secure.context.mailbox.list().find((mail) => mail.to === to)!.text)![0];
      const email = async () => (await secure.context.db.query<{ email: string }>('select email from auth.users where id = $1', [data.user!.id]))[0].email;
      const first = await fetch(link('double.new@example.test'), { redirect: 'manual' });
      expect(new URLSearchParams(new URL(first.headers.get('location')!).hash.slice(1)).get('message')).toMatch(/^Confirmation link accepted/);
      expect(await email()).toBe('double@example.test');
      await fetch(link('double@example.test'), { redirect: 'manual' });
      expect(await email()).toBe('double.new@example.test');
    } finally {
      await secure.stop();
    }
  });

  it('counts wrong links for the whole project, since a wrong link names no address: past the limit links wait, typed codes still work', async () => {
    await stack.service().auth.admin.createUser({ email: 'linked@example.test', password, email_confirm: true });
    await raw(stack, '/recover', { email: 'linked@example.test' });
    const mail = stack.context.mailbox.list().find((candidate) => candidate.to === 'linked@example.test')!;
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    try {
      // A bucket of 40 in these tests, less what earlier tests' used links took.
      const answers: string[] = [];
      for (let index = 0; index <= 40 && !answers.includes('over_request_rate_limit'); index++) {
        const guessed = await fetch(`${stack.apiUrl}/auth/v1/verify?type=recovery&token=${index.toString(16).padStart(56, '0')}`, { redirect: 'manual', headers: { 'x-forwarded-for': `192.0.2.${index}` } });
        answers.push(new URLSearchParams(new URL(guessed.headers.get('location')!).hash.slice(1)).get('error_code')!);
      }
      expect(answers.length).toBeGreaterThan(30);
      expect(new Set(answers.slice(0, -1))).toEqual(new Set(['otp_expired']));
      expect(answers.at(-1)).toBe('over_request_rate_limit');
      const { fragment } = await followLink(linkIn('linked@example.test'));
      expect(fragment.get('error_code')).toBe('over_request_rate_limit');
      expect(fragment.get('access_token')).toBeNull();
      const code = /Code \/ Kod: (\d{6})/.exec(mail.text)![1];
      const typed = await raw(stack, '/verify', { type: 'recovery', email: 'linked@example.test', token: code }, { 'x-forwarded-for': '192.0.2.200' });
      expect(typed.status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });

  it('ends the session of a refresh token reused after the interval, with its descendants', async () => {
    const client = stack.anon();
    const { data } = await client.auth.signInWithPassword({ email: 'ada@example.test', password });
    const token = (refresh: string) => raw(stack, '/token?grant_type=refresh_token', { refresh_token: refresh });
    const child = (await (await token(data.session!.refresh_token)).json()) as { refresh_token: string };
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 11_000 });
    try {
      expect((await token(data.session!.refresh_token)).status).toBe(400);
      expect((await token(child.refresh_token)).status).toBe(400);
    } finally {
      vi.useRealTimers();
    }
  });
});
