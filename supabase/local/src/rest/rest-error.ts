/**
 * PostgREST's error responses: `{code, message, details, hint}` with its SQLSTATE → HTTP mapping
 * (PostgREST 12), so supabase-js sees the same `error` objects and statuses as on Supabase.
 */
import { DatabaseUnavailableError, isPostgresError } from '../db/database.ts';

export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
    readonly hint: string | null = null,
  ) {
    super(message);
  }

  body() {
    return { code: this.code, details: this.details, hint: this.hint, message: this.message };
  }
}

function statusOfSqlState(code: string, authenticated: boolean): number {
  if (/^PT\d{3}$/.test(code)) return Number(code.slice(2));
  const exact: Record<string, number> = {
    '23503': 409,
    '23505': 409,
    '25006': 405,
    '42883': 404,
    '42P01': 404,
    '42P17': 500,
    '42501': authenticated ? 403 : 401,
    // "terminating connection due to administrator command": a restart, so a retry will do.
    '57P01': 503,
    P0001: 400,
  };
  if (code in exact) return exact[code];
  const byClass: Record<string, number> = {
    '08': 503,
    '09': 500,
    '0L': 403,
    '0P': 403,
    '23': 400,
    '25': 500,
    '28': 403,
    '2D': 500,
    '38': 500,
    '39': 500,
    '3B': 500,
    '40': 500,
    '53': 503,
    '54': 500,
    '55': 500,
    '57': 500,
    '58': 500,
    F0: 500,
    HV: 500,
    P0: 500,
    XX: 500,
    '22': 400,
    '42': 400,
  };
  return byClass[code.slice(0, 2)] ?? 400;
}

/** Turns anything thrown while serving a request into PostgREST's answer. */
export function toRestError(error: unknown, role: string): RestError {
  if (error instanceof RestError) return error;
  // PostgREST's answers while its pool cannot reach the database, or loses a session mid-request.
  if (error instanceof DatabaseUnavailableError) {
    return error.stage === 'connect'
      ? new RestError(503, 'PGRST000', 'Database connection error. Retrying the connection.', error.message)
      : new RestError(503, 'PGRST001', 'Database client error. Retrying the connection.', error.message);
  }
  if (isPostgresError(error)) {
    return new RestError(statusOfSqlState(error.code, role !== 'anon'), error.code, error.message, error.detail ?? null, error.hint ?? null);
  }
  console.error('[rest] unexpected error', error);
  return new RestError(500, 'PGRST000', 'Internal server error', (error as Error)?.message ?? null);
}
