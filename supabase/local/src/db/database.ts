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
