/**
 * A migrated and seeded database made once and copied wherever a fresh one is needed (each test
 * file), so the migrations and the seed run once instead of every time: a dumped PGlite data
 * folder in a file, or a template database on the PostgreSQL server.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { openDatabase } from './open-database.ts';
import type { PGliteDatabase } from './pglite-database.ts';

export type DatabaseSnapshot = { kind: 'pglite'; file: string } | { kind: 'postgres'; template: string };

export interface SnapshotOptions {
  supabaseDir: string;
  /** Where the PGlite dump goes; unused on PostgreSQL. */
  file: string;
  /** A PostgreSQL server to make a template database on; PGlite when undefined. */
  serverUrl?: string;
}

/** The URL of another database on the same server. */
export function databaseUrl(serverUrl: string, name: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one statement outside any transaction (create and drop database need that). */
export async function onServer(serverUrl: string, statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function createDatabaseSnapshot(options: SnapshotOptions): Promise<{ snapshot: DatabaseSnapshot; drop(): Promise<void> }> {
  if (options.serverUrl) {
    const { serverUrl } = options;
    const template = `stack_template_${randomUUID().replace(/-/g, '')}`;
    await onServer(serverUrl, `create database ${template}`);
    // Copying a template needs it without sessions, so the migrating one is closed first.
    const { db } = await openDatabase({ supabaseDir: options.supabaseDir, databaseUrl: databaseUrl(serverUrl, template) });
    await db.close();
    return {
      snapshot: { kind: 'postgres', template },
      drop: () => onServer(serverUrl, `drop database if exists ${template} with (force)`),
    };
  }
  const { db } = await openDatabase({ supabaseDir: options.supabaseDir });
  try {
    const dump = await (db as PGliteDatabase).dumpDataDir();
    writeFileSync(options.file, new Uint8Array(await dump.arrayBuffer()));
  } finally {
    await db.close();
  }
  return { snapshot: { kind: 'pglite', file: options.file }, drop: async () => undefined };
}

export function readPGliteSnapshot(snapshot: DatabaseSnapshot & { kind: 'pglite' }) {
  return new Blob([readFileSync(snapshot.file)]);
}
