/**
 * Single-use tokens behind invitation, recovery, sign-up, magic and email-change links: a code
 * for the mail and its hash (sha224 of email and code, as GoTrue stores it) for the link.
 *
 * An email change has two tokens, one mailed to the current address and one to the new one. With
 * secure email change on (double_confirm_changes, and confirmations on, so that GoTrue does not
 * autoconfirm) the first link followed only marks one address confirmed; the change applies when
 * the other one is followed too. Otherwise the new address's link alone applies it.
 */
import { createHash, randomInt, randomUUID } from 'node:crypto';
import type { Sql } from '../db/database.ts';
import { errors } from './auth-error.ts';
import type { UserRow } from './users.ts';

export type LinkType = 'invite' | 'recovery' | 'signup' | 'magiclink';
export type VerifyType = LinkType | 'email_change';

const tokenColumns: Record<LinkType, { token: string; sentAt: string; kind: string }> = {
  invite: { token: 'confirmation_token', sentAt: 'confirmation_sent_at', kind: 'confirmation_token' },
  signup: { token: 'confirmation_token', sentAt: 'confirmation_sent_at', kind: 'confirmation_token' },
  recovery: { token: 'recovery_token', sentAt: 'recovery_sent_at', kind: 'recovery_token' },
  magiclink: { token: 'recovery_token', sentAt: 'recovery_sent_at', kind: 'recovery_token' },
};

export const isLinkType = (type: unknown): type is LinkType => typeof type === 'string' && type in tokenColumns;
export const isVerifyType = (type: unknown): type is VerifyType => type === 'email_change' || isLinkType(type);

/** The column of auth.users that says when the last mail of a type went out, for max_frequency. */
export const sentAtColumn = (type: VerifyType) => (type === 'email_change' ? 'email_change_sent_at' : tokenColumns[type].sentAt);

export const hashOf = (email: string, otp: string) => createHash('sha224').update(email + otp).digest('hex');
const newOtp = (length: number) => String(randomInt(0, 10 ** length)).padStart(length, '0');

async function storeOneTimeToken(sql: Sql, userId: string, kind: string, tokenHash: string, relatesTo: string) {
  await sql.query(
    `insert into auth.one_time_tokens (id, user_id, token_type, token_hash, relates_to) values ($1, $2, $3, $4, $5)
     on conflict (user_id, token_type) do update set token_hash = excluded.token_hash, relates_to = excluded.relates_to, updated_at = now(), created_at = now()`,
    [randomUUID(), userId, kind, tokenHash, relatesTo],
  );
}

export async function issueToken(sql: Sql, user: UserRow, type: LinkType, otpLength = 6) {
  const otp = newOtp(otpLength);
  const tokenHash = hashOf(user.email, otp);
  const columns = tokenColumns[type];
  await sql.query(`update auth.users set ${columns.token} = $2, ${columns.sentAt} = now(), updated_at = now() where id = $1`, [user.id, tokenHash]);
  await storeOneTimeToken(sql, user.id, columns.kind, tokenHash, user.email);
  return { otp, tokenHash };
}

/** Starts an email change: the new address is kept aside (`email_change`) until it is confirmed. */
export async function issueEmailChange(sql: Sql, user: UserRow, newEmail: string, secure: boolean, otpLength = 6) {
  const otpNew = newOtp(otpLength);
  const tokenNew = hashOf(newEmail, otpNew);
  const otpCurrent = secure ? newOtp(otpLength) : '';
  const tokenCurrent = secure ? hashOf(user.email, otpCurrent) : '';
  await sql.query(
    `update auth.users set email_change = $2, email_change_token_new = $3, email_change_token_current = $4,
       email_change_confirm_status = 0, email_change_sent_at = now(), updated_at = now() where id = $1`,
    [user.id, newEmail, tokenNew, tokenCurrent],
  );
  await sql.query(`delete from auth.one_time_tokens where user_id = $1 and token_type in ('email_change_token_new', 'email_change_token_current')`, [user.id]);
  await storeOneTimeToken(sql, user.id, 'email_change_token_new', tokenNew, newEmail);
  if (secure) await storeOneTimeToken(sql, user.id, 'email_change_token_current', tokenCurrent, user.email);
  return { otpNew, tokenNew, otpCurrent, tokenCurrent };
}

const expired = (sentAt: Date | null | undefined, expirySeconds: number) => !sentAt || Date.now() - new Date(sentAt).getTime() > expirySeconds * 1000;

/** The hash a proof stands for: the link's own, or that of the address and code typed in. */
export const proofHash = (proof: { tokenHash?: string; email?: string; otp?: string }) =>
  proof.tokenHash || (proof.email && proof.otp ? hashOf(proof.email.trim().toLowerCase(), proof.otp) : undefined);

/** The user a token belongs to; the token is spent. Unknown, used and expired tokens are refused alike. */
export async function consumeToken(
  sql: Sql,
  type: LinkType,
  proof: { tokenHash?: string; email?: string; otp?: string },
  expirySeconds: number,
): Promise<UserRow> {
  const tokenHash = proofHash(proof);
  if (!tokenHash) throw errors.otpExpired();
  const columns = tokenColumns[type];
  const [user] = await sql.query<UserRow & { sent_at: Date | null }>(
    `select *, ${columns.sentAt} as sent_at from auth.users where ${columns.token} = $1 and ${columns.token} <> '' for update`,
    [tokenHash],
  );
  if (!user || expired(user.sent_at, expirySeconds)) throw errors.otpExpired();
  const [spent] = await sql.query<UserRow & Record<string, unknown>>(
    `update auth.users set ${columns.token} = '', email_confirmed_at = coalesce(email_confirmed_at, now()), updated_at = now()
      where id = $1 returning *`,
    [user.id],
  );
  await sql.query('delete from auth.one_time_tokens where user_id = $1 and token_type = $2', [user.id, columns.kind]);
  return spent;
}

/**
 * Follows one of an email change's links: `pending` when the other address has yet to confirm,
 * else the user with the new address.
 */
export async function consumeEmailChange(
  sql: Sql,
  proof: { tokenHash?: string; email?: string; otp?: string },
  expirySeconds: number,
  secure: boolean,
): Promise<{ pending: true } | { pending: false; user: UserRow }> {
  const tokenHash = proofHash(proof);
  if (!tokenHash) throw errors.otpExpired();
  const [user] = await sql.query<UserRow & { email_change: string; email_change_token_new: string; email_change_token_current: string; email_change_confirm_status: number; email_change_sent_at: Date | null }>(
    `select * from auth.users where email_change <> '' and deleted_at is null
        and ((email_change_token_new <> '' and email_change_token_new = $1) or (email_change_token_current <> '' and email_change_token_current = $1))
      for update`,
    [tokenHash],
  );
  if (!user || expired(user.email_change_sent_at, expirySeconds)) throw errors.otpExpired();
  const matched = user.email_change_token_new === tokenHash ? 'email_change_token_new' : 'email_change_token_current';
  if (secure && user.email_change_confirm_status === 0 && user.email) {
    await sql.query(`update auth.users set ${matched} = '', email_change_confirm_status = 1, updated_at = now() where id = $1`, [user.id]);
    await sql.query('delete from auth.one_time_tokens where user_id = $1 and token_type = $2', [user.id, matched]);
    return { pending: true };
  }
  // Someone else may have taken the address since the change was asked for.
  const [taken] = await sql.query('select 1 from auth.users where lower(email) = lower($1) and id <> $2 and deleted_at is null', [user.email_change, user.id]);
  if (taken) throw errors.emailExists();
  const [changed] = await sql.query<UserRow>(
    `update auth.users set email = lower(email_change), email_change = '', email_change_token_new = '', email_change_token_current = '',
       email_change_confirm_status = 0, email_confirmed_at = coalesce(email_confirmed_at, now()), updated_at = now()
      where id = $1 returning *`,
    [user.id],
  );
  await sql.query(
    `update auth.identities set identity_data = identity_data || jsonb_build_object('email', $2::text, 'email_verified', true), updated_at = now()
      where user_id = $1 and provider = 'email'`,
    [user.id, changed.email],
  );
  await sql.query(`delete from auth.one_time_tokens where user_id = $1 and token_type in ('email_change_token_new', 'email_change_token_current')`, [user.id]);
  return { pending: false, user: changed };
}

/** Voids a user's outstanding codes of one kind, after too many wrong guesses at them. */
export async function voidTokens(sql: Sql, userId: string) {
  await sql.query(
    `update auth.users set confirmation_token = '', recovery_token = '', email_change_token_new = '', email_change_token_current = '' where id = $1`,
    [userId],
  );
  await sql.query(`delete from auth.one_time_tokens where user_id = $1 and token_type <> 'reauthentication_token'`, [userId]);
}
