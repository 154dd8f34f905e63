/**
 * A kept database that applied a migration which has changed since: the stack says so rather than
 * silently keeping the old definitions.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open-database.ts';
import { fixtureDir } from './support/test-stack.ts';

const folder = mkdtempSync(path.join(os.tmpdir(), 'migration-changes-'));
const supabaseDir = path.join(folder, 'supabase');
const dataDir = path.join(folder, 'db');
cpSync(fixtureDir, supabaseDir, { recursive: true });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function reopen() {
  const lines: string[] = [];
  const { db } = await openDatabase({ supabaseDir, dataDir, seed: false, log: (line) => lines.push(line) });
  await db.close();
  return lines.filter((line) => line.startsWith('Warning'));
}

describe('a kept database', () => {
  it('reopens without a warning while its migrations are as it applied them', async () => {
    await reopen();
    expect(await reopen()).toEqual([]);
  });

  it('warns when a migration it applied has changed since', async () => {
    appendFileSync(path.join(supabaseDir, 'migrations/20240101000000_library_schema.sql'), '\n-- edited after it was applied\n');
    expect(await reopen()).toEqual([
      'Warning: migration 20240101000000_library_schema.sql has changed since this database applied it; it keeps the old version. Run npm run stack:reset to apply the migrations afresh.',
    ]);
  });
});
