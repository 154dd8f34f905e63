/**
 * One interface over the two databases the stack runs on: embedded PGlite (default) and a real
 * PostgreSQL server (DATABASE_URL). Requests run in a transaction each, like PostgREST's.
 */
/**
 * Both drivers parse booleans, int2/int4, floats, json, timestamps (Date) and arrays alike; they
 * differ on int8 and numeric, so queries cast those explicitly (`::int`, `::text`).
 */
export type Row = Record<string, unknown>;

export interface Sql {
  query<T extends Row = Row>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs a statement without reading rows back; resolves to the number of rows it affected. */
  run(text: string, params?: unknown[]): Promise<number>;
}

export interface TransactionOptions {
  readOnly?: boolean;
}

export interface Database extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** Runs a script of several statements (migrations, seed). */
  exec(script: string): Promise<void>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>, options?: TransactionOptions): Promise<T>;
  close(): Promise<void>;
}

/** The fields of a Postgres error as both drivers report them. */
export interface PostgresError extends Error {
  code: string;
  detail?: string;
  hint?: string;
}

export function isPostgresError(error: unknown): error is PostgresError {
  return error instanceof Error && typeof (error as PostgresError).code === 'string' && /^[0-9A-Z]{5}$/.test((error as PostgresError).code);
}

/**
 * The database server could not be reached ('connect'), or the connection to it broke while a
 * request was using it ('client'): a restart or an outage, not a fault of the request. Answered
 * 503 so clients retry; the next request opens a new connection.
 */
export class DatabaseUnavailableError extends Error {
  constructor(
    readonly stage: 'connect' | 'client',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * SQLSTATEs the server sends when it goes away under a session: admin shutdown, crash shutdown,
 * "starting up / shutting down", and the connection-exception class.
 */
function isServerGoingAway(code: string) {
  return code === '57P01' || code === '57P02' || code === '57P03' || code.startsWith('08');
}

/** Whether `error` means the database is away rather than that the request was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return error instanceof DatabaseUnavailableError || (isPostgresError(error) && isServerGoingAway(error.code));
}
