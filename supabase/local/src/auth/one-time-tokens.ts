/**
 * Single-use tokens behind invitation, recovery, sign-up and magic links: a six-digit code for
 * the mail and its hash (sha224 of email and code, as GoTrue stores it) for the link.
 */
import { createHash, randomInt, randomUUID } from 'node:crypto';
import type { Sql } from '../db/database.ts';
import { errors } from './auth-error.ts';
import type { UserRow } from './users.ts';

export type LinkType = 'invite' | 'recovery' | 'signup' | 'magiclink';

const tokenColumns: Record<LinkType, { token: string; sentAt: string; kind: string }> = {
  invite: { token: 'confirmation_token', sentAt: 'confirmation_sent_at', kind: 'confirmation_token' },
  signup: { token: 'confirmation_token', sentAt: 'confirmation_sent_at', kind: 'confirmation_token' },
  recovery: { token: 'recovery_token', sentAt: 'recovery_sent_at', kind: 'recovery_token' },
  magiclink: { token: 'recovery_token', sentAt: 'recovery_sent_at', kind: 'recovery_token' },
};

export const isLinkType = (type: unknown): type is LinkType => typeof type === 'string' && type in tokenColumns;

const hashOf = (email: string, otp: string) => createHash('sha224').update(email + otp).digest('hex');

export async function issueToken(sql: Sql, user: UserRow, type: LinkType) {
  const otp = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const tokenHash = hashOf(user.email, otp);
  const columns = tokenColumns[type];
  await sql.query(`update auth.users set ${columns.token} = $2, ${columns.sentAt} = now(), updated_at = now() where id = $1`, [user.id, tokenHash]);
  await sql.query(
    `insert into auth.one_time_tokens (id, user_id, token_type, token_hash, relates_to) values ($1, $2, $3, $4, $5)
     on conflict (user_id, token_type) do update set token_hash = excluded.token_hash, updated_at = now(), created_at = now()`,
    [randomUUID(), user.id, columns.kind, tokenHash, user.email],
  );
  return { otp, tokenHash };
}

/** The user a token belongs to; the token is spent. Unknown, used and expired tokens are refused alike. */
export async function consumeToken(
  sql: Sql,
  type: LinkType,
  proof: { tokenHash?: string; email?: string; otp?: string },
  expirySeconds: number,
): Promise<UserRow> {
  const tokenHash = proof.tokenHash ?? (proof.email && proof.otp ? hashOf(proof.email.trim().toLowerCase(), proof.otp) : undefined);
  if (!tokenHash) throw errors.otpExpired();
  const columns = tokenColumns[type];
  const [user] = await sql.query<UserRow & { sent_at: Date | null }>(
    `select *, ${columns.sentAt} as sent_at from auth.users where ${columns.token} = $1 and ${columns.token} <> '' for update`,
    [tokenHash],
  );
  if (!user || !user.sent_at || Date.now() - new Date(user.sent_at).getTime() > expirySeconds * 1000) throw errors.otpExpired();
  const [spent] = await sql.query<UserRow & Record<string, unknown>>(
    `update auth.users set ${columns.token} = '', email_confirmed_at = coalesce(email_confirmed_at, now()), updated_at = now()
      where id = $1 returning *`,
    [user.id],
  );
  await sql.query('delete from auth.one_time_tokens where user_id = $1 and token_type = $2', [user.id, columns.kind]);
  return spent;
}
