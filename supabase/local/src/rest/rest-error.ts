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
    readonly extraHeaders: Record<string, string> = {},
  ) {
    super(message);
  }

  body() {
    return { code: this.code, details: this.details, hint: this.hint, message: this.message };
  }

  headers(): Record<string, string> {
    // As PostgREST does on a database refusal answered 401: authenticate with a bearer token.
    return this.status === 401 ? { 'www-authenticate': 'Bearer', ...this.extraHeaders } : this.extraHeaders;
  }
}

/** The HTTP status PostgREST answers a database error with, by SQLSTATE (its `mapSQLtoHTTP`). */
export function statusOfSqlState(code: string, message: string, authenticated: boolean): number {
  if (code.startsWith('PT')) {
    // PostgREST reads the rest of the code as the status; one it cannot read (or HTTP cannot carry) is a 500.
    const status = /^\d+$/.test(code.slice(2)) ? Number(code.slice(2)) : NaN;
    return status >= 100 && status <= 999 ? status : 500;
  }
  switch (code) {
    case '23503':
    case '23505':
      return 409;
    case '25006':
      return 405;
    // cardinality_violation: a client error only as pg-safeupdate's refusal of an unfiltered write
    case '21000':
      return message.endsWith('requires a WHERE clause') ? 400 : 500;
    // invalid_parameter_value: a JWT naming a role that does not exist is not authenticated
    case '22023':
      return message.startsWith('role') && message.endsWith('does not exist') ? 401 : 400;
    case '53400':
      return 500;
    case '57P01':
      return 503;
    case 'P0001':
      return 400;
    case '42883':
      return message.startsWith('function xmlagg(') ? 406 : 404;
    case '42P01':
      return 404;
    case '42P17':
      return 500;
    case '42501':
      return authenticated ? 403 : 401;
  }
  const byClass: Record<string, number> = {
    '08': 503,
    '09': 500,
    '0L': 403,
    '0P': 403,
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
  };
  return byClass[code.slice(0, 2)] ?? 400;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function parseJson(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * `raise sqlstate 'PGRST' using message = '{"code": …, "message": …, "details": …, "hint": …}',
 * detail = '{"status": …, "headers": {…}}'`: the function chooses the whole answer. A message or
 * detail PostgREST cannot read is answered as its PGRST121, status 500.
 */
function fromPgrstRaise(message: string, detail: string | undefined): RestError {
  const body = parseJson(message);
  if (!isObject(body) || typeof body.code !== 'string' || typeof body.message !== 'string') {
    return new RestError(500, 'PGRST121', 'Could not parse JSON in the "RAISE SQLSTATE \'PGRST\'" error', `Invalid JSON value for MESSAGE: '${message}'`, "MESSAGE must be a JSON object with obligatory keys: 'code', 'message' and optional keys: 'details', 'hint'.");
  }
  if (detail === undefined) {
    return new RestError(500, 'PGRST121', 'Could not parse JSON in the "RAISE SQLSTATE \'PGRST\'" error', 'DETAIL is missing in the RAISE statement', "DETAIL must be a JSON object with obligatory keys: 'status', 'headers' and optional key: 'status_text'.");
  }
  const response = parseJson(detail);
  const headers = isObject(response) && isObject(response.headers) ? response.headers : {};
  if (!isObject(response) || typeof response.status !== 'number' || !Number.isInteger(response.status) || !Object.values(headers).every((value) => typeof value === 'string')) {
    return new RestError(500, 'PGRST121', 'Could not parse JSON in the "RAISE SQLSTATE \'PGRST\'" error', `Invalid JSON value for DETAIL: '${detail}'`, "DETAIL must be a JSON object with obligatory keys: 'status', 'headers' and optional key: 'status_text'.");
  }
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return new RestError(response.status, body.code, body.message, text(body.details), text(body.hint), headers as Record<string, string>);
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
    if (error.code === 'PGRST') return fromPgrstRaise(error.message, error.detail);
    return new RestError(statusOfSqlState(error.code, error.message, role !== 'anon'), error.code, error.message, error.detail ?? null, error.hint ?? null);
  }
  console.error('[rest] unexpected error', error);
  return new RestError(500, 'PGRST000', 'Internal server error', (error as Error)?.message ?? null);
}
