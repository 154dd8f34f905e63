/**
 * Who a request acts as: the JWT in `Authorization: Bearer …`, else the `apikey`, verified with
 * the stack's secret. The claims become `request.jwt.claims` and the role the Postgres role,
 * as PostgREST and Storage do.
 */
import type { Context } from 'hono';
import { verifyJwt, type JwtClaims } from './keys.ts';
import type { Sql } from './db/database.ts';

export type RoleResolution =
  | { ok: true; role: string; claims: JwtClaims; token: string }
  | { ok: false; reason: 'missing' | 'expired' | 'invalid'; message: string };

export function bearerFrom(header: string | null | undefined): string | undefined {
  const match = header && /^bearer\s+(.+)$/i.exec(header.trim());
  return match ? match[1] : undefined;
}

export function bearerToken(c: Context): string | undefined {
  return bearerFrom(c.req.header('authorization'));
}

export function apiKey(c: Context): string | undefined {
  return c.req.header('apikey') ?? c.req.query('apikey') ?? undefined;
}

export async function resolveRequestRole(c: Context, jwtSecret: string): Promise<RoleResolution> {
  const token = bearerToken(c) ?? apiKey(c);
  if (!token) return { ok: false, reason: 'missing', message: 'No API key found in request' };
  const check = await verifyJwt(token, jwtSecret);
  if (!check.ok) return { ok: false, reason: check.reason, message: check.message };
  const role = typeof check.claims.role === 'string' && check.claims.role ? check.claims.role : 'anon';
  return { ok: true, role, claims: check.claims, token };
}

/** Makes the rest of the transaction run as `role` with `claims`, like PostgREST does per request. */
export async function actAs(tx: Sql, role: string, claims: JwtClaims, extra: Record<string, string> = {}) {
  const settings: [string, string][] = [
    ['role', role],
    ['request.jwt.claims', JSON.stringify(claims)],
    ...Object.entries(extra),
  ];
  const list = settings.map((_, index) => `set_config($${index * 2 + 1}, $${index * 2 + 2}, true)`).join(', ');
  await tx.query(`select ${list}`, settings.flat());
}
