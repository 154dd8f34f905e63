/** Rows of auth.users and auth.identities, and the user JSON GoTrue answers with. */
import { randomUUID } from 'node:crypto';
import type { Sql } from '../db/database.ts';
import { errors } from './auth-error.ts';

export interface UserRow {
  [column: string]: unknown;
  id: string;
  aud: string;
  role: string;
  email: string;
  encrypted_password: string | null;
  email_confirmed_at: Date | null;
  invited_at: Date | null;
  confirmation_sent_at: Date | null;
  recovery_sent_at: Date | null;
  last_sign_in_at: Date | null;
  raw_app_meta_data: Record<string, unknown> | null;
  raw_user_meta_data: Record<string, unknown> | null;
  created_at: Date;
  updated_at: Date;
  banned_until: Date | null;
  is_anonymous: boolean;
}

const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : undefined);

export function normaliseEmail(email: unknown): string {
  if (typeof email !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()) || email.length > 255) throw errors.invalidEmail();
  return email.trim().toLowerCase();
}

export async function findUserByEmail(sql: Sql, email: string) {
  const [user] = await sql.query<UserRow>('select * from auth.users where lower(email) = $1 and deleted_at is null', [email]);
  return user;
}

export async function findUserById(sql: Sql, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [user] = await sql.query<UserRow>('select * from auth.users where id = $1 and deleted_at is null', [id]);
  return user;
}

export interface NewUser {
  email: string;
  passwordHash?: string | null;
  confirmed: boolean;
  invited?: boolean;
  userMetadata?: Record<string, unknown>;
  appMetadata?: Record<string, unknown>;
}

export async function createUser(sql: Sql, user: NewUser): Promise<UserRow> {
  const id = randomUUID();
  const appMetadata = { provider: 'email', providers: ['email'], ...user.appMetadata };
  const [row] = await sql.query<UserRow>(
    `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, invited_at,
       raw_app_meta_data, raw_user_meta_data, created_at, updated_at, is_sso_user, is_anonymous)
     values ('00000000-0000-0000-0000-000000000000', $1, 'authenticated', 'authenticated', $2, $3,
       case when $4 then now() end, case when $5 then now() end, $6, $7, now(), now(), false, false)
     returning *`,
    [id, user.email, user.passwordHash ?? null, user.confirmed, Boolean(user.invited), JSON.stringify(appMetadata), JSON.stringify(user.userMetadata ?? {})],
  );
  await sql.query(
    `insert into auth.identities (provider_id, user_id, identity_data, provider, created_at, updated_at)
     values ($1, $2, $3, 'email', now(), now())`,
    [id, id, JSON.stringify({ sub: id, email: user.email, email_verified: user.confirmed, phone_verified: false })],
  );
  return row;
}

export async function userJson(sql: Sql, user: UserRow) {
  const identities = await sql.query<Record<string, unknown>>(
    `select id as identity_id, provider_id as id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at, email
       from auth.identities where user_id = $1 order by created_at`,
    [user.id],
  );
  return {
    id: user.id,
    aud: user.aud,
    role: user.role,
    email: user.email,
    email_confirmed_at: iso(user.email_confirmed_at),
    invited_at: iso(user.invited_at),
    phone: '',
    confirmation_sent_at: iso(user.confirmation_sent_at),
    recovery_sent_at: iso(user.recovery_sent_at),
    // An email change waiting for its confirmations, as GoTrue shows it.
    ...(user.email_change ? { new_email: user.email_change as string, email_change_sent_at: iso(user.email_change_sent_at as Date | null) } : {}),
    confirmed_at: iso(user.email_confirmed_at),
    last_sign_in_at: iso(user.last_sign_in_at),
    app_metadata: user.raw_app_meta_data ?? {},
    user_metadata: user.raw_user_meta_data ?? {},
    identities: identities.map((identity) => ({
      ...identity,
      last_sign_in_at: iso(identity.last_sign_in_at as Date),
      created_at: iso(identity.created_at as Date),
      updated_at: iso(identity.updated_at as Date),
    })),
    created_at: iso(user.created_at),
    updated_at: iso(user.updated_at),
    is_anonymous: user.is_anonymous ?? false,
  };
}
