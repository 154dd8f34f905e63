/**
 * A database of its own on the PostgreSQL server of DATABASE_URL, so test files running in
 * parallel never reset each other's data.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';

export async function createScratchDatabase(serverUrl: string) {
  const name = `stack_test_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
