import { mkdirSync } from 'node:fs';
import { PGlite, types } from '@electric-sql/pglite';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { uuid_ossp } from '@electric-sql/pglite/contrib/uuid_ossp';
import type { Database, Row, Sql } from './database.ts';

export interface PGliteDatabase extends Database {
  readonly kind: 'pglite';
  /** The whole data folder as a tarball, which `openPGlite` can start from again. */
  dumpDataDir(): Promise<Blob>;
}

type Serializer = (value: unknown) => string;

/**
 * PGlite checks a boolean or bytea parameter in JavaScript and throws a plain error for text it does
 * not like (`?is_public=eq.maybe`), which reached the client as a 500. PostgreSQL parses such text
 * itself and answers 22P02, which PostgREST turns into a 400; so does PGlite with these: what is not
 * already a boolean (or bytes) goes to the server as text, as the `pg` driver sends it.
 */
const asText = (standard: Serializer, native: (value: unknown) => boolean): Serializer => (value: unknown) =>
  native(value) ? standard(value) : value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value);
const serializers = {
  [types.BOOL]: asText(types.serializers[types.BOOL], (value) => typeof value === 'boolean'),
  [types.BYTEA]: asText(types.serializers[types.BYTEA], (value) => value instanceof Uint8Array),
};

/**
 * PGlite persisted in `dataDir`, or in memory when `dataDir` is undefined (tests); `from` starts
 * it as a copy of a dumped data folder instead of an empty one.
 */
export async function openPGlite(dataDir: string | undefined, from?: Blob): Promise<PGliteDatabase> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir, { extensions: { pgcrypto, pg_trgm, unaccent, uuid_ossp }, serializers, loadDataDir: from });
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
    dumpDataDir: () => pg.dumpDataDir('none'),
    close: () => pg.close(),
  };
}
