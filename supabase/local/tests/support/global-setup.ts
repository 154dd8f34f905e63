/**
 * Migrates and seeds the contract tests' fixture database once per test run; each stack the tests
 * start is a copy of it (see test-stack.ts) rather than migrating and seeding again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDatabaseSnapshot, type DatabaseSnapshot } from '../../src/db/database-snapshot.ts';
import { fixtureDir } from './test-stack.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureDatabase: DatabaseSnapshot;
  }
}

export default async function setup(project: TestProject) {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'fixture-database-'));
  const { snapshot, drop } = await createDatabaseSnapshot({ supabaseDir: fixtureDir, file: path.join(folder, 'pgdata.tar'), serverUrl: process.env.DATABASE_URL });
  project.provide('fixtureDatabase', snapshot);
  return async () => {
    await drop();
    rmSync(folder, { recursive: true, force: true });
  };
}
