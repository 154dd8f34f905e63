import pg from 'pg';
import type { Database, Row, Sql } from './database.ts';

export async function openPostgres(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: 8 });
  // An idle connection the server ends (a restart, a dropped database) must not take the stack
  // down with it: the pool opens a new one for the next query.
  pool.on('error', () => undefined);
  await pool.query('select 1');
  const asSql = (target: pg.Pool | pg.PoolClient): Sql => ({
    async query<T extends Row>(text: string, params?: unknown[]) {
      return (await target.query(text, params as unknown[])).rows as T[];
    },
    async run(text: string, params?: unknown[]) {
      return (await target.query(text, params as unknown[])).rowCount ?? 0;
    },
  });
  return {
    kind: 'postgres',
    ...asSql(pool),
    async exec(script) {
      await pool.query(script);
    },
    async transaction(work, options) {
      const client = await pool.connect();
      try {
        await client.query(options?.readOnly ? 'begin read only' : 'begin');
        const result = await work(asSql(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
