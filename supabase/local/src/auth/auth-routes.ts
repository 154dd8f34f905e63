/**
 * `/auth/v1`: GoTrue's API as supabase-js calls it — sign-up, password and refresh-token grants,
 * the user, sign-out, recovery and invitation links with their verification, and the admin API.
 * Users live in auth.users, so the project's triggers on auth.users fire as on Supabase.
 */
import { Hono, type Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { StackContext } from '../context.ts';
import { isDatabaseUnavailable, isPostgresError, type Sql } from '../db/database.ts';
import { verifyJwt } from '../keys.ts';
import { apiKey, bearerToken } from '../request-role.ts';
import { AuthError, apiVersion, authErrorResponse, errors } from './auth-error.ts';
import { templateMail } from './mail-templates.ts';
import { linkMail } from './mails.ts';
import {
  consumeEmailChange,
  consumeToken,
  isLinkType,
  isVerifyType,
  issueEmailChange,
  issueToken,
  proofHash,
  sentAtColumn,
  voidTokens,
  type LinkType,
  type VerifyType,
} from './one-time-tokens.ts';
import { checkPasswordStrength, hashPassword, passwordMatches } from './passwords.ts';
import { TokenBuckets } from './rate-limit.ts';
import { redirectAllowed } from './redirects.ts';
import { authenticate, endSessions, refreshSession, startSession } from './sessions.ts';
import { createUser, findUserByEmail, findUserById, normaliseEmail, userJson, type UserRow } from './users.ts';

type Body = Record<string, unknown>;
// The names config.toml gives the templates of each kind of link.
const templateTypes: Record<VerifyType, string> = { invite: 'invite', recovery: 'recovery', signup: 'confirmation', magiclink: 'magic_link', email_change: 'email_change' };
export const maxBodyBytes = 1024 * 1024;
// Wrong codes typed for one address, at most, in an hour: the fifth voids its codes, so a
// six-digit code falls to guessing about once in 200 000 mails and 8 000 days, however many
// addresses the guesses come from; its owner waits a few minutes for a new mail at worst.
const maxWrongCodes = 5;
// The address a limit counts against, as an address can be: no longer than one, so that what a
// client sends cannot grow the limits' memory beyond that per key.
const accountKey = (email: unknown) => (typeof email === 'string' && email.length <= 255 ? email.trim().toLowerCase() : '');

export function authRoutes(ctx: StackContext) {
  const app = new Hono();
  const { rateLimit, email: emailSettings } = ctx.config.auth;
  // GoTrue autoconfirms when confirmations are off, and then one link of an email change applies it.
  const autoconfirm = !emailSettings.enableConfirmations;
  const secureEmailChange = emailSettings.doubleConfirmChanges && !autoconfirm;
  const limits = {
    signInSignUps: new TokenBuckets(rateLimit.signInSignUps, rateLimit.burst),
    token: new TokenBuckets(rateLimit.tokenRefresh, rateLimit.burst),
    verify: new TokenBuckets(rateLimit.tokenVerifications, rateLimit.burst),
    // Wrong passwords per account, so that guessing one account's password stays slow however
    // many addresses the guesses come from, and one person's typos lock out nobody else.
    failedPasswords: new TokenBuckets(rateLimit.signInSignUps, rateLimit.burst),
    // email_sent: mails per hour for the whole project, as GoTrue counts them (when it does not autoconfirm).
    mails: new TokenBuckets(rateLimit.emailSent / 12, rateLimit.emailSent),
  };
  // Wrong codes per address: a bucket of five that refills at five an hour.
  const wrongCodes = new TokenBuckets(maxWrongCodes / 12, maxWrongCodes);
  // A link's token is the hash of address and code, so it can be guessed as the code can, but a
  // wrong one names no address: wrong links are counted for the whole project, token_verifications
  // an hour. Past that, links wait (typed codes still work, counted per address): a guesser with
  // many addresses slows everyone's links for a while rather than opening someone's account.
  const wrongLinks = new TokenBuckets(rateLimit.tokenVerifications / 12, rateLimit.burst);
  // When the last mail would have gone to an address without an account: it is refused as often
  // as a real one, so that max_frequency does not tell who has an account.
  const unknownAddressMailedAt = new Map<string, number>();

  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('X-Supabase-Api-Version', apiVersion);
  });

  // The gateway in front of GoTrue lets only requests with the project's API key through, except
  // the links people click in their mail.
  app.use('*', async (c, next) => {
    if (c.req.method === 'OPTIONS' || (c.req.method === 'GET' && ['/verify', '/health'].some((path) => c.req.path.endsWith(path)))) return next();
    const key = apiKey(c);
    if (!key) return c.json({ message: 'No API key found in request', hint: 'No `apikey` request header or url param was found.' }, 401);
    const check = await verifyJwt(key, ctx.keys.jwtSecret);
    if (!check.ok || !['anon', 'service_role'].includes(String(check.claims.role))) return c.json({ message: 'Invalid API key' }, 401);
    return next();
  });

  const handle = (work: (c: Context, tx: Sql) => Promise<Response>) => async (c: Context) => {
    try {
      return await ctx.db.transaction((tx) => work(c, tx));
    } catch (error) {
      if (error instanceof AuthError) return authErrorResponse(c, error);
      if (isPostgresError(error) && error.code === '23505') return authErrorResponse(c, errors.emailExists());
      if (isDatabaseUnavailable(error)) return authErrorResponse(c, errors.databaseUnavailable());
      console.error('[auth] unexpected error', error);
      return authErrorResponse(c, new AuthError(500, 'unexpected_failure', 'Unexpected failure, please check server logs for more information'));
    }
  };

  async function body(c: Context): Promise<Body> {
    const text = await c.req.text();
    if (Buffer.byteLength(text) > maxBodyBytes) throw errors.payloadTooLarge();
    if (text.trim() === '') return {};
    try {
      const parsed = JSON.parse(text);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      return parsed as Body;
    } catch {
      throw errors.badJson();
    }
  }

  // The client's address for the rate limits: the socket's, unless a proxy in front is trusted to
  // name it in a header (GoTrue's GOTRUE_RATE_LIMIT_HEADER); anybody can write X-Forwarded-For.
  function clientAddress(c: Context) {
    const header = ctx.config.auth.rateLimitHeader;
    const named = header ? c.req.header(header)?.split(',')[0]?.trim() : undefined;
    if (named) return named;
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown';
    }
  }

  function limit(c: Context, buckets: TokenBuckets) {
    if (!buckets.take(clientAddress(c))) throw errors.rateLimited();
  }

  async function requireAdmin(c: Context) {
    const token = bearerToken(c);
    if (!token) throw errors.noAuthorization();
    const check = await verifyJwt(token, ctx.keys.jwtSecret);
    if (!check.ok) throw errors.badJwt(check.reason === 'expired' ? 'token is expired' : check.message);
    if (check.claims.role !== 'service_role' && check.claims.role !== 'supabase_admin') throw errors.notAdmin();
  }

  function redirectTarget(requested: string | undefined) {
    const { siteUrl, additionalRedirectUrls } = ctx.config.auth;
    return requested && redirectAllowed(requested, siteUrl, additionalRedirectUrls) ? requested : siteUrl;
  }

  /** max_frequency: refused when the last mail of this kind to the user went out too recently. */
  function checkFrequency(sentAt: Date | string | null | undefined) {
    if (!sentAt) return;
    const left = new Date(sentAt).getTime() + emailSettings.maxFrequency * 1000 - Date.now();
    if (left > 0) throw errors.tooFrequent(left / 1000);
  }

  /** Whether a mail to an address without an account would have been refused by max_frequency; counts it. */
  function checkUnknownAddress(email: string) {
    const last = unknownAddressMailedAt.get(email);
    checkFrequency(last === undefined ? null : new Date(last));
    unknownAddressMailedAt.set(email, Date.now());
  }

  /** email_sent, counted only when GoTrue counts it: when it does not autoconfirm. */
  function takeMail() {
    if (!autoconfirm && !limits.mails.take('project')) throw errors.emailRateLimited();
  }

  function deliver(type: VerifyType, to: string, tokenHash: string, otp: string, target: string, values: Record<string, unknown>) {
    const link = `${ctx.apiUrl}/auth/v1/verify?token=${tokenHash}&type=${type}&redirect_to=${encodeURIComponent(target)}`;
    // The project's own template when config.toml names one, with GoTrue's variables; else the stack's own mail.
    const template = ctx.config.auth.emailTemplates[templateTypes[type]];
    const all = { ConfirmationURL: link, Token: otp, TokenHash: tokenHash, SiteURL: ctx.config.auth.siteUrl, RedirectTo: target, ...values };
    const templated = template ? templateMail(ctx.config.projectDir, template, all) : null;
    ctx.mailbox.send(templated ? { to, ...templated } : linkMail(type, to, link, otp));
    return link;
  }

  async function sendLink(tx: Sql, user: UserRow, type: LinkType, redirectTo: string | undefined) {
    // Invitations are the admin's to send again; the others go to one address at most once in max_frequency.
    if (type !== 'invite') checkFrequency(user[sentAtColumn(type)] as Date | null);
    takeMail();
    const { otp, tokenHash } = await issueToken(tx, user, type, emailSettings.otpLength);
    const target = redirectTarget(redirectTo);
    const link = deliver(type, user.email, tokenHash, otp, target, { Email: user.email, Data: user.raw_user_meta_data ?? {} });
    return { otp, tokenHash, link };
  }

  /** The mails of an email change: to the new address, and with secure email change to the current one too, each with its own link. */
  async function sendEmailChange(tx: Sql, user: UserRow, newEmail: string, redirectTo: string | undefined) {
    checkFrequency(user.email_change_sent_at as Date | null);
    takeMail();
    const tokens = await issueEmailChange(tx, user, newEmail, secureEmailChange, emailSettings.otpLength);
    const target = redirectTarget(redirectTo);
    const values = { Email: user.email, NewEmail: newEmail, Data: user.raw_user_meta_data ?? {} };
    deliver('email_change', newEmail, tokens.tokenNew, tokens.otpNew, target, values);
    if (secureEmailChange) deliver('email_change', user.email, tokens.tokenCurrent, tokens.otpCurrent, target, values);
  }

  const metadata = (value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

  app.get('/health', (c) => c.json({ version: 'local', name: 'GoTrue', description: 'GoTrue-compatible auth of the local stack' }));

  app.get('/settings', (c) =>
    c.json({
      external: { email: true, phone: false, anonymous_users: false },
      disable_signup: !ctx.config.auth.enableSignup,
      mailer_autoconfirm: autoconfirm,
      phone_autoconfirm: false,
      sms_provider: '',
      saml_enabled: false,
    }),
  );

  app.post(
    '/signup',
    handle(async (c, tx) => {
      limit(c, limits.signInSignUps);
      const input = await body(c);
      if (!ctx.config.auth.enableSignup) throw errors.signupDisabled();
      const email = normaliseEmail(input.email);
      const password = checkPasswordStrength(input.password, ctx.config.auth);
      if (await findUserByEmail(tx, email)) throw errors.userExists();
      const user = await createUser(tx, { email, passwordHash: await hashPassword(password), confirmed: autoconfirm, userMetadata: metadata(input.data) });
      if (autoconfirm) return c.json(await startSession(tx, ctx, user, 'password'));
      // With confirmations on, the address is confirmed through the mailed link before anyone signs in.
      await sendLink(tx, user, 'signup', c.req.query('redirect_to'));
      return c.json(await userJson(tx, (await findUserById(tx, user.id))!));
    }),
  );

  app.post(
    '/token',
    handle(async (c, tx) => {
      const grant = c.req.query('grant_type');
      const input = await body(c);
      limit(c, limits.token);
      if (grant === 'password') {
        if (typeof input.password !== 'string' || !input.password) throw errors.validation('Password is required');
        const account = accountKey(input.email);
        if (!limits.failedPasswords.allows(account)) throw errors.rateLimited();
        const user = account ? await findUserByEmail(tx, account) : undefined;
        // Without an account the password is still compared (with a stand-in), so both take as long.
        const matches = await passwordMatches(input.password, user?.encrypted_password);
        if (!user || !matches) {
          limits.failedPasswords.take(account);
          throw errors.invalidCredentials();
        }
        if (user.banned_until && new Date(user.banned_until) > new Date()) throw new AuthError(400, 'user_banned', 'User is banned');
        // As GoTrue with confirmations on: an address nobody has confirmed opens no session, so an
        // account made for someone else's address cannot sign in before its owner follows the link.
        if (emailSettings.enableConfirmations && !user.email_confirmed_at) throw new AuthError(400, 'email_not_confirmed', 'Email not confirmed');
        return c.json(await startSession(tx, ctx, user, 'password'));
      }
      if (grant === 'refresh_token') {
        const refreshed = await refreshSession(tx, ctx, input.refresh_token);
        // A reused token ends its session: answered, not thrown, so that the ending is kept.
        if ('reused' in refreshed) return authErrorResponse(c, errors.refreshTokenAlreadyUsed());
        return c.json(refreshed);
      }
      throw errors.unsupportedGrant();
    }),
  );

  app.get(
    '/user',
    handle(async (c, tx) => c.json(await userJson(tx, (await authenticate(c, tx, ctx)).user))),
  );

  app.put(
    '/user',
    handle(async (c, tx) => {
      const { user } = await authenticate(c, tx, ctx);
      const input = await body(c);
      if (input.password !== undefined) {
        const password = checkPasswordStrength(input.password, ctx.config.auth);
        if (await passwordMatches(password, user.encrypted_password)) throw errors.samePassword();
        await tx.query('update auth.users set encrypted_password = $2, updated_at = now() where id = $1', [user.id, await hashPassword(password)]);
      }
      if (input.email !== undefined && input.email !== '') {
        const email = normaliseEmail(input.email);
        const owner = await findUserByEmail(tx, email);
        if (owner && owner.id !== user.id) throw errors.emailExists();
        // Not applied here: the address changes once the mailed links are followed.
        if (email !== user.email) await sendEmailChange(tx, user, email, c.req.query('redirect_to'));
      }
      if (input.data !== undefined) {
        await tx.query(`update auth.users set raw_user_meta_data = coalesce(raw_user_meta_data, '{}') || $2::jsonb, updated_at = now() where id = $1`, [
          user.id,
          JSON.stringify(metadata(input.data)),
        ]);
      }
      return c.json(await userJson(tx, (await findUserById(tx, user.id))!));
    }),
  );

  app.post(
    '/logout',
    handle(async (c, tx) => {
      const caller = await authenticate(c, tx, ctx);
      await endSessions(tx, caller, c.req.query('scope') ?? 'global');
      return c.body(null, 204);
    }),
  );

  app.post(
    '/recover',
    handle(async (c, tx) => {
      limit(c, limits.signInSignUps);
      const input = await body(c);
      const email = normaliseEmail(input.email);
      const user = await findUserByEmail(tx, email);
      // The answer is the same whether or not the address has an account, so nobody can probe for users.
      if (user) await sendLink(tx, user, 'recovery', c.req.query('redirect_to'));
      else checkUnknownAddress(email);
      return c.json({});
    }),
  );

  app.post(
    '/otp',
    handle(async (c, tx) => {
      limit(c, limits.signInSignUps);
      const input = await body(c);
      const email = normaliseEmail(input.email);
      let user = await findUserByEmail(tx, email);
      if (!user) {
        // GoTrue answers 422 otp_disabled here, which tells who has an account; this answers as
        // for one, and sends nothing.
        if (input.create_user === false) {
          checkUnknownAddress(email);
          return c.json({});
        }
        // Likewise when sign-ups are off: GoTrue's signup_disabled would tell the same.
        if (!ctx.config.auth.enableSignup) {
          checkUnknownAddress(email);
          return c.json({});
        }
        user = await createUser(tx, { email, confirmed: false, userMetadata: metadata(input.data) });
      }
      await sendLink(tx, user, 'magiclink', c.req.query('redirect_to'));
      return c.json({});
    }),
  );

  type Verified = { type: VerifyType; session: Awaited<ReturnType<typeof startSession>> } | { type: VerifyType; pending: true };

  async function verify(tx: Sql, input: Body): Promise<Verified> {
    const type = input.type === 'email' ? 'magiclink' : input.type;
    if (!isVerifyType(type)) throw errors.validation('Verify requires a verification type');
    const proof =
      typeof input.token_hash === 'string'
        ? { tokenHash: input.token_hash }
        : { email: typeof input.email === 'string' ? input.email : undefined, otp: typeof input.token === 'string' ? input.token : undefined };
    // A typed code is counted against its address: too many wrong ones and that address's codes are void.
    const address = accountKey(proof.email) || undefined;
    const link = 'tokenHash' in proof;
    if (address && !wrongCodes.allows(address)) throw errors.otpExpired();
    if (link && !wrongLinks.allows('project')) throw errors.rateLimited();
    try {
      if (type === 'email_change') {
        const outcome = await consumeEmailChange(tx, proof, emailSettings.otpExpiry, secureEmailChange);
        if (outcome.pending) return { type, pending: true };
        return { type, session: await startSession(tx, ctx, outcome.user, 'otp') };
      }
      const user = await consumeToken(tx, type, proof, emailSettings.otpExpiry);
      return { type, session: await startSession(tx, ctx, user, type === 'magiclink' ? 'otp' : type) };
    } catch (error) {
      if (proofHash(proof) && error instanceof AuthError && error.code === 'otp_expired') {
        if (address) wrongCodes.take(address);
        else if (link) wrongLinks.take('project');
      }
      throw error;
    }
  }

  /** Voids the codes of addresses that have had too many wrong ones, in a transaction of its own. */
  async function voidGuessedCodes(input: Body) {
    const address = typeof input.email === 'string' ? input.email.trim().toLowerCase() : '';
    if (!address || wrongCodes.allows(address)) return;
    await ctx.db.transaction(async (tx) => {
      const [owner] = await tx.query<{ id: string }>(
        'select id from auth.users where (lower(email) = $1 or lower(email_change) = $1) and deleted_at is null',
        [address],
      );
      if (owner) await voidTokens(tx, owner.id);
    });
  }

  // GoTrue's answer when one of the two links of a secure email change has been followed.
  const singleConfirmationAccepted = 'Confirmation link accepted. Please proceed to confirm link sent to the other email';

  app.post('/verify', async (c) => {
    let input: Body = {};
    const answer = await handle(async (c, tx) => {
      limit(c, limits.verify);
      input = await body(c);
      const verified = await verify(tx, input);
      if ('pending' in verified) return c.json({ msg: singleConfirmationAccepted, code: '200' });
      return c.json(verified.session);
    })(c);
    await voidGuessedCodes(input);
    return answer;
  });

  // The link in a mail: verify, then send the browser back to the app with the session in the fragment.
  app.get('/verify', async (c) => {
    if (!limits.verify.take(clientAddress(c))) return authErrorResponse(c, errors.rateLimited());
    const target = redirectTarget(c.req.query('redirect_to'));
    try {
      const verified = await ctx.db.transaction((tx) => verify(tx, { type: c.req.query('type'), token_hash: c.req.query('token') ?? '' }));
      if ('pending' in verified) return c.redirect(`${target}#${new URLSearchParams({ message: singleConfirmationAccepted, sb: '' })}`, 303);
      const { type, session } = verified;
      const fragment = new URLSearchParams({
        access_token: session.access_token,
        expires_at: String(session.expires_at),
        expires_in: String(session.expires_in),
        refresh_token: session.refresh_token,
        token_type: 'bearer',
        type,
      });
      return c.redirect(`${target}#${fragment}`, 303);
    } catch (error) {
      const authError = error instanceof AuthError ? error : errors.otpExpired();
      const fragment = new URLSearchParams({ error: 'access_denied', error_code: authError.code, error_description: authError.message });
      return c.redirect(`${target}#${fragment}`, 303);
    }
  });

  app.post(
    '/invite',
    handle(async (c, tx) => {
      await requireAdmin(c);
      const input = await body(c);
      const email = normaliseEmail(input.email);
      const existing = await findUserByEmail(tx, email);
      if (existing?.email_confirmed_at) throw errors.emailExists();
      const user = existing ?? (await createUser(tx, { email, confirmed: false, invited: true, userMetadata: metadata(input.data) }));
      await sendLink(tx, user, 'invite', c.req.query('redirect_to'));
      return c.json(await userJson(tx, (await findUserById(tx, user.id))!));
    }),
  );

  app.get(
    '/admin/users',
    handle(async (c, tx) => {
      await requireAdmin(c);
      const page = Math.max(1, Number(c.req.query('page') ?? 1) || 1);
      const perPage = Math.min(1000, Math.max(1, Number(c.req.query('per_page') ?? 50) || 50));
      const [{ total }] = await tx.query<{ total: number }>('select count(*)::int as total from auth.users where deleted_at is null');
      const rows = await tx.query<UserRow>(
        'select * from auth.users where deleted_at is null order by created_at, id limit $1 offset $2',
        [perPage, (page - 1) * perPage],
      );
      const users = [];
      for (const row of rows) users.push(await userJson(tx, row));
      const lastPage = Math.max(1, Math.ceil(total / perPage));
      const link = (target: number, rel: string) => `<${ctx.apiUrl}/auth/v1/admin/users?page=${target}&per_page=${perPage}>; rel="${rel}"`;
      const links = [...(page < lastPage ? [link(page + 1, 'next')] : []), link(lastPage, 'last')];
      c.header('x-total-count', String(total));
      c.header('link', links.join(', '));
      return c.json({ users, aud: 'authenticated' });
    }),
  );

  app.post(
    '/admin/users',
    handle(async (c, tx) => {
      await requireAdmin(c);
      const input = await body(c);
      const email = normaliseEmail(input.email);
      if (await findUserByEmail(tx, email)) throw errors.emailExists();
      const passwordHash = input.password === undefined ? null : await hashPassword(checkPasswordStrength(input.password, ctx.config.auth));
      const user = await createUser(tx, {
        email,
        passwordHash,
        confirmed: input.email_confirm === true,
        userMetadata: metadata(input.user_metadata ?? input.data),
        appMetadata: metadata(input.app_metadata),
      });
      return c.json(await userJson(tx, user));
    }),
  );

  async function adminTarget(c: Context, tx: Sql) {
    await requireAdmin(c);
    const user = await findUserById(tx, c.req.param('id') ?? '');
    if (!user) throw errors.userNotFound();
    return user;
  }

  app.get(
    '/admin/users/:id',
    handle(async (c, tx) => c.json(await userJson(tx, await adminTarget(c, tx)))),
  );

  app.put(
    '/admin/users/:id',
    handle(async (c, tx) => {
      const user = await adminTarget(c, tx);
      const input = await body(c);
      if (input.email !== undefined) await tx.query('update auth.users set email = $2 where id = $1', [user.id, normaliseEmail(input.email)]);
      if (input.password !== undefined) {
        await tx.query('update auth.users set encrypted_password = $2 where id = $1', [user.id, await hashPassword(checkPasswordStrength(input.password, ctx.config.auth))]);
      }
      if (input.email_confirm === true) await tx.query('update auth.users set email_confirmed_at = coalesce(email_confirmed_at, now()) where id = $1', [user.id]);
      if (input.user_metadata !== undefined) {
        await tx.query(`update auth.users set raw_user_meta_data = coalesce(raw_user_meta_data, '{}') || $2::jsonb where id = $1`, [user.id, JSON.stringify(metadata(input.user_metadata))]);
      }
      if (input.app_metadata !== undefined) {
        await tx.query(`update auth.users set raw_app_meta_data = coalesce(raw_app_meta_data, '{}') || $2::jsonb where id = $1`, [user.id, JSON.stringify(metadata(input.app_metadata))]);
      }
      if (typeof input.ban_duration === 'string') {
        const until = input.ban_duration === 'none' ? null : new Date(Date.now() + parseDuration(input.ban_duration)).toISOString();
        await tx.query('update auth.users set banned_until = $2 where id = $1', [user.id, until]);
        if (until) await tx.query('delete from auth.sessions where user_id = $1', [user.id]);
      }
      await tx.query('update auth.users set updated_at = now() where id = $1', [user.id]);
      return c.json(await userJson(tx, (await findUserById(tx, user.id))!));
    }),
  );

  app.delete(
    '/admin/users/:id',
    handle(async (c, tx) => {
      const user = await adminTarget(c, tx);
      const json = await userJson(tx, user);
      await tx.query('delete from auth.users where id = $1', [user.id]);
      return c.json(json);
    }),
  );

  app.post(
    '/admin/generate_link',
    handle(async (c, tx) => {
      await requireAdmin(c);
      const input = await body(c);
      const type = input.type;
      if (!isLinkType(type)) throw errors.validation('Invalid link type');
      const email = normaliseEmail(input.email);
      let user = await findUserByEmail(tx, email);
      if (!user) {
        if (type === 'recovery' || type === 'magiclink') throw errors.userNotFound();
        const passwordHash = type === 'signup' ? await hashPassword(checkPasswordStrength(input.password, ctx.config.auth)) : null;
        user = await createUser(tx, { email, passwordHash, confirmed: false, invited: type === 'invite', userMetadata: metadata(input.data) });
      } else if (type === 'invite' && user.email_confirmed_at) {
        throw errors.emailExists();
      }
      const redirectTo = typeof input.redirect_to === 'string' ? input.redirect_to : c.req.query('redirect_to');
      const { otp, tokenHash } = await issueToken(tx, user, type, emailSettings.otpLength);
      return c.json({
        ...(await userJson(tx, (await findUserById(tx, user.id))!)),
        action_link: `${ctx.apiUrl}/auth/v1/verify?token=${tokenHash}&type=${type}&redirect_to=${encodeURIComponent(redirectTarget(redirectTo))}`,
        email_otp: otp,
        hashed_token: tokenHash,
        verification_type: type,
        redirect_to: redirectTarget(redirectTo),
      });
    }),
  );

  return app;
}

function parseDuration(text: string): number {
  const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  let total = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) total += Number(amount) * units[unit];
  if (total === 0) throw errors.validation('invalid format for ban duration');
  return total;
}
