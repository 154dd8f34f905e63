/**
 * A database of its own on the PostgreSQL server of DATABASE_URL, so test files running in
 * parallel never reset each other's data.
 */
import { randomUUID } from 'node:crypto';
import { databaseUrl, onServer } from './database-snapshot.ts';

/** `template` copies a database made once (see database-snapshot.ts) instead of starting empty. */
export async function createScratchDatabase(serverUrl: string, template?: string) {
  const name = `stack_test_${randomUUID().replace(/-/g, '')}`;
  await onServer(serverUrl, `create database ${name}${template ? ` template ${template}` : ''}`);
  return {
    url: databaseUrl(serverUrl, name),
    drop: () => onServer(serverUrl, `drop database if exists ${name} with (force)`),
  };
}
