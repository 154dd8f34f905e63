/**
 * Migrates and seeds the demo database once per test run; each test file's stack starts from a
 * copy of it (see demo-stack.ts) rather than migrating and seeding again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDatabaseSnapshot, type DatabaseSnapshot } from '../../local/index.ts';
import { projectDir } from './project-dir.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    demoDatabase: DatabaseSnapshot;
  }
}

export default async function setup(project: TestProject) {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'demo-database-'));
  const { snapshot, drop } = await createDatabaseSnapshot({
    supabaseDir: path.join(projectDir, 'supabase'),
    file: path.join(folder, 'pgdata.tar'),
    serverUrl: process.env.DATABASE_URL,
  });
  project.provide('demoDatabase', snapshot);
  return async () => {
    await drop();
    rmSync(folder, { recursive: true, force: true });
  };
}
