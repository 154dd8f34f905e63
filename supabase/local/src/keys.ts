/**
 * Fixed local development keys, as Supabase's CLI has: a documented secret and the anon and
 * service_role keys signed with it. They protect nothing and must never be used in production.
 */
import { SignJWT, jwtVerify, errors } from 'jose';

export const localJwtSecret = 'super-secret-jwt-token-with-at-least-32-characters-long';

export interface JwtClaims {
  role?: string;
  sub?: string;
  exp?: number;
  session_id?: string;
  [claim: string]: unknown;
}

const secretKey = (secret: string) => new TextEncoder().encode(secret);

export async function signJwt(claims: JwtClaims, secret = localJwtSecret): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(secretKey(secret));
}

export type JwtCheck = { ok: true; claims: JwtClaims } | { ok: false; reason: 'expired' | 'invalid'; message: string };

export async function verifyJwt(token: string, secret = localJwtSecret): Promise<JwtCheck> {
  try {
    const { payload } = await jwtVerify(token, secretKey(secret), { algorithms: ['HS256'] });
    return { ok: true, claims: payload as JwtClaims };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired', message: 'JWT expired' };
    return { ok: false, reason: 'invalid', message: (error as Error).message };
  }
}

/** Ten years from the moment of the Supabase CLI's own demo keys, so the keys never change. */
const keyExpiry = 1983812996;

export async function localApiKeys(secret = localJwtSecret) {
  return {
    anonKey: await signJwt({ iss: 'supabase-demo', role: 'anon', exp: keyExpiry }, secret),
    serviceRoleKey: await signJwt({ iss: 'supabase-demo', role: 'service_role', exp: keyExpiry }, secret),
  };
}
