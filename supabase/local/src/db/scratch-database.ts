/**
 * A database of its own on the PostgreSQL server of DATABASE_URL, so test files running in
 * parallel never reset each other's data.
 */
import { randomUUID } from 'node:crypto';
import { databaseUrl, onServer, readPGliteSnapshot, type DatabaseSnapshot } from './database-snapshot.ts';

/** `template` copies a database made once (see database-snapshot.ts) instead of starting empty. */
export async function createScratchDatabase(serverUrl: string, template?: string) {
  const name = `stack_test_${randomUUID().replace(/-/g, '')}`;
  await onServer(serverUrl, `create database ${name}${template ? ` template ${template}` : ''}`);
  return {
    url: databaseUrl(serverUrl, name),
    drop: () => onServer(serverUrl, `drop database if exists ${name} with (force)`),
  };
}

/**
 * The database a test's stack starts from: a copy of the run's snapshot (a scratch database made
 * from its template on `serverUrl`, or its PGlite dump), or without one an empty database that the
 * stack migrates and seeds itself.
 */
export async function databaseFromSnapshot(snapshot: DatabaseSnapshot | undefined, serverUrl: string | undefined) {
  const scratch = serverUrl ? await createScratchDatabase(serverUrl, snapshot?.kind === 'postgres' ? snapshot.template : undefined) : undefined;
  return {
    databaseUrl: scratch?.url,
    reset: !snapshot,
    pgliteSnapshot: snapshot?.kind === 'pglite' ? readPGliteSnapshot(snapshot) : undefined,
    drop: async () => {
      await scratch?.drop();
    },
  };
}
