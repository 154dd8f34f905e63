import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { uuid_ossp } from '@electric-sql/pglite/contrib/uuid_ossp';
import type { Database, Row, Sql } from './database.ts';

/** PGlite persisted in `dataDir`, or in memory when `dataDir` is undefined (tests). */
export async function openPGlite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir, { extensions: { pgcrypto, pg_trgm, unaccent, uuid_ossp } });
  const asSql = (target: Pick<PGlite, 'query'>): Sql => ({
    async query<T extends Row>(text: string, params?: unknown[]) {
      return (await target.query<T>(text, params)).rows;
    },
    async run(text: string, params?: unknown[]) {
      return (await target.query(text, params)).affectedRows ?? 0;
    },
  });
  return {
    kind: 'pglite',
    ...asSql(pg),
    async exec(script) {
      await pg.exec(script);
    },
    transaction(work, options) {
      return pg.transaction(async (tx) => {
        if (options?.readOnly) await tx.query('set transaction read only');
        return work(asSql(tx));
      });
    },
    close: () => pg.close(),
  };
}
