import pg from 'pg';
import { DatabaseUnavailableError, isPostgresError, type Database, type Row, type Sql } from './database.ts';

/** Socket errors and pg's own messages for a connection that is gone (no SQLSTATE of the server's). */
const brokenConnectionCodes = new Set(['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTCONN']);
const brokenConnectionMessage = /Connection terminated|not queryable|Connection ended|timeout exceeded when trying to connect/i;

function isBrokenConnection(error: unknown) {
  if (isPostgresError(error)) return false;
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return (code !== undefined && brokenConnectionCodes.has(code)) || brokenConnectionMessage.test(message ?? '');
}

/** Failures that happen before a session exists: nothing was sent, the server is not there. */
const refusedCodes = new Set(['ECONNREFUSED', 'ETIMEDOUT', 'EHOSTUNREACH']);

/** Opening a connection failed: the server is down, restarting or refusing sessions. */
function unreachable(error: unknown) {
  return new DatabaseUnavailableError('connect', (error as Error)?.message ?? String(error), { cause: error });
}

export async function openPostgres(connectionString: string): Promise<Database> {
  // A connection attempt to a server that is away must fail, not queue requests forever.
  const pool = new pg.Pool({ connectionString, max: 8, connectionTimeoutMillis: 10_000 });
  // An idle connection the server ends (a restart, a dropped database) must not take the stack
  // down with it: the pool drops it and opens a new one for the next query.
  pool.on('error', () => undefined);
  // The pool listens for errors only on idle connections. A connection that breaks while a
  // request holds it (between two statements of a transaction) would otherwise emit an error
  // nobody handles and end the process; the failing statement reports it instead.
  pool.on('connect', (client) => client.on('error', () => undefined));
  await pool.query('select 1');

  const asSql = (target: pg.Pool | pg.PoolClient): Sql => {
    const send = async (text: string, params?: unknown[]) => {
      try {
        return await target.query(text, params as unknown[]);
      } catch (error) {
        if (isBrokenConnection(error)) {
          const { code, message } = error as { code?: string; message: string };
          const stage = refusedCodes.has(code ?? '') || /when trying to connect/.test(message) ? 'connect' : 'client';
          throw new DatabaseUnavailableError(stage, (error as Error).message, { cause: error });
        }
        throw error;
      }
    };
    return {
      async query<T extends Row>(text: string, params?: unknown[]) {
        return (await send(text, params)).rows as T[];
      },
      async run(text: string, params?: unknown[]) {
        return (await send(text, params)).rowCount ?? 0;
      },
    };
  };
  return {
    kind: 'postgres',
    ...asSql(pool),
    async exec(script) {
      await pool.query(script);
    },
    async transaction(work, options) {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw unreachable(error);
      }
      let broken = false;
      try {
        const tx = asSql(client);
        await tx.run(options?.readOnly ? 'begin read only' : 'begin');
        const result = await work(tx);
        await tx.run('commit');
        return result;
      } catch (error) {
        broken = error instanceof DatabaseUnavailableError || isBrokenConnection(error);
        if (!broken) await client.query('rollback').catch(() => (broken = true));
        throw error;
      } finally {
        // A broken connection goes back as broken, so the pool closes it instead of lending it again.
        client.release(broken || undefined);
      }
    },
    close: () => pool.end(),
  };
}
