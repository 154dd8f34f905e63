/**
 * Sessions as GoTrue keeps them: a row in auth.sessions, rotating refresh tokens in
 * auth.refresh_tokens, and short-lived HS256 access tokens with GoTrue's claims.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import type { StackContext } from '../context.ts';
import type { Sql } from '../db/database.ts';
import { signJwt, verifyJwt, type JwtClaims } from '../keys.ts';
import { bearerToken } from '../request-role.ts';
import { errors } from './auth-error.ts';
import { findUserById, userJson, type UserRow } from './users.ts';

export type SignInMethod = 'password' | 'otp' | 'recovery' | 'invite' | 'magiclink' | 'signup';

const newRefreshToken = () => randomBytes(9).toString('base64url');

async function accessToken(ctx: StackContext, user: UserRow, sessionId: string, method: SignInMethod, signedInAt: number) {
  const now = Math.floor(Date.now() / 1000);
  const expiresAt = now + ctx.config.auth.jwtExpiry;
  const token = await signJwt(
    {
      iss: `${ctx.apiUrl}/auth/v1`,
      sub: user.id,
      aud: 'authenticated',
      exp: expiresAt,
      iat: now,
      email: user.email,
      phone: '',
      app_metadata: user.raw_app_meta_data ?? {},
      user_metadata: user.raw_user_meta_data ?? {},
      role: user.role || 'authenticated',
      aal: 'aal1',
      amr: [{ method, timestamp: signedInAt }],
      session_id: sessionId,
      is_anonymous: false,
    },
    ctx.keys.jwtSecret,
  );
  return { token, expiresAt };
}

async function sessionJson(sql: Sql, ctx: StackContext, user: UserRow, sessionId: string, refreshToken: string, method: SignInMethod, signedInAt: number) {
  const { token, expiresAt } = await accessToken(ctx, user, sessionId, method, signedInAt);
  return {
    access_token: token,
    token_type: 'bearer',
    expires_in: ctx.config.auth.jwtExpiry,
    expires_at: expiresAt,
    refresh_token: refreshToken,
    user: await userJson(sql, user),
  };
}

export async function startSession(sql: Sql, ctx: StackContext, user: UserRow, method: SignInMethod) {
  const sessionId = randomUUID();
  const refreshToken = newRefreshToken();
  await sql.query(`insert into auth.sessions (id, user_id, created_at, updated_at, aal) values ($1, $2, now(), now(), 'aal1')`, [sessionId, user.id]);
  await sql.query(
    `insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at, updated_at, session_id)
     values ('00000000-0000-0000-0000-000000000000', $1, $2, false, now(), now(), $3)`,
    [refreshToken, user.id, sessionId],
  );
  const [signedIn] = await sql.query<UserRow>(
    'update auth.users set last_sign_in_at = now(), updated_at = now() where id = $1 returning *',
    [user.id],
  );
  await sql.query('update auth.identities set last_sign_in_at = now() where user_id = $1', [user.id]);
  return sessionJson(sql, ctx, signedIn, sessionId, refreshToken, method, Math.floor(Date.now() / 1000));
}

/** Exchanges a refresh token for a new one; a token reused after the grace interval ends its session (`reused`). */
export async function refreshSession(sql: Sql, ctx: StackContext, token: unknown) {
  if (typeof token !== 'string' || !token) throw errors.refreshTokenNotFound();
  const [current] = await sql.query<{ id: string; user_id: string; revoked: boolean; session_id: string; updated_at: Date; session_created: Date }>(
    `select r.id::text, r.user_id, r.revoked, r.session_id, r.updated_at, s.created_at as session_created
       from auth.refresh_tokens r join auth.sessions s on s.id = r.session_id
      where r.token = $1 for update of r`,
    [token],
  );
  if (!current) throw errors.refreshTokenNotFound();
  const user = await findUserById(sql, current.user_id);
  if (!user) throw errors.refreshTokenNotFound();
  const signedInAt = Math.floor(new Date(current.session_created).getTime() / 1000);
  if (current.revoked) {
    const [child] = await sql.query<{ token: string }>(
      'select token from auth.refresh_tokens where parent = $1 and revoked = false order by id desc limit 1',
      [token],
    );
    const withinReuseInterval = Date.now() - new Date(current.updated_at).getTime() < ctx.config.auth.refreshTokenReuseInterval * 1000;
    if (child && withinReuseInterval) return sessionJson(sql, ctx, user, current.session_id, child.token, 'password', signedInAt);
    // Reuse outside the interval means the token may have been stolen: the whole session ends,
    // with every token descended from it, as GoTrue revokes the family. The caller answers
    // refresh_token_already_used and keeps the ending.
    await sql.query('delete from auth.sessions where id = $1', [current.session_id]);
    return { reused: true as const };
  }
  const next = newRefreshToken();
  await sql.query('update auth.refresh_tokens set revoked = true, updated_at = now() where id = $1::bigint', [current.id]);
  await sql.query(
    `insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at, updated_at, parent, session_id)
     values ('00000000-0000-0000-0000-000000000000', $1, $2, false, now(), now(), $3, $4)`,
    [next, user.id, token, current.session_id],
  );
  await sql.query('update auth.sessions set refreshed_at = now(), updated_at = now() where id = $1', [current.session_id]);
  return sessionJson(sql, ctx, user, current.session_id, next, 'password', signedInAt);
}

export interface Caller {
  user: UserRow;
  claims: JwtClaims;
  sessionId?: string;
}

/** The signed-in user of a request, from its access token and live session. */
export async function authenticate(c: Context, sql: Sql, ctx: StackContext): Promise<Caller> {
  const token = bearerToken(c);
  if (!token) throw errors.noAuthorization();
  const check = await verifyJwt(token, ctx.keys.jwtSecret);
  if (!check.ok) throw errors.badJwt(check.reason === 'expired' ? 'token is expired' : check.message);
  const { claims } = check;
  if (typeof claims.sub !== 'string') throw errors.badJwt('missing sub claim');
  const sessionId = typeof claims.session_id === 'string' ? claims.session_id : undefined;
  if (sessionId) {
    const [session] = await sql.query('select 1 from auth.sessions where id = $1', [sessionId]);
    if (!session) throw errors.sessionNotFound();
  }
  const user = await findUserById(sql, claims.sub);
  if (!user) throw errors.userNotFound();
  return { user, claims, sessionId };
}

export async function endSessions(sql: Sql, caller: Caller, scope: string) {
  if (scope === 'global') await sql.query('delete from auth.sessions where user_id = $1', [caller.user.id]);
  else if (scope === 'others') await sql.query('delete from auth.sessions where user_id = $1 and id <> $2', [caller.user.id, caller.sessionId ?? null]);
  else if (caller.sessionId) await sql.query('delete from auth.sessions where id = $1', [caller.sessionId]);
}
