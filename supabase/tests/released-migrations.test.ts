/** Released migrations stay as they were released; new ones are recorded and come after them. */
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readReleased, releaseProblems } from '../migrations-released.ts';
import { projectDir } from './support/project-dir.ts';

const supabaseDir = path.join(projectDir, 'supabase');
let scratch: string | undefined;
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

/** A copy of the migrations and their list, to break the rule in. */
function copy() {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'released-migrations-'));
  cpSync(path.join(supabaseDir, 'migrations'), path.join(scratch, 'migrations'), { recursive: true });
  cpSync(path.join(supabaseDir, 'released-migrations.sha256'), path.join(scratch, 'released-migrations.sha256'));
  return scratch;
}

describe('the released migrations', () => {
  it('are each as they were released, and every migration is released', () => {
    expect(releaseProblems(supabaseDir)).toEqual([]);
  });

  it('tell of a released migration edited in place', () => {
    const dir = copy();
    appendFileSync(path.join(dir, 'migrations/20261122140000_sdg_catalogue.sql'), '\n-- edited\n');
    expect(releaseProblems(dir)).toEqual(['20261122140000_sdg_catalogue.sql was released and has changed since: write the change as a new migration.']);
  });

  it('tell of a new migration not yet recorded, and of one that sorts before the released ones', () => {
    const dir = copy();
    writeFileSync(path.join(dir, 'migrations/99991231000000_later.sql'), 'select 1;\n');
    writeFileSync(path.join(dir, 'migrations/20000101000000_earlier.sql'), 'select 1;\n');
    const lastReleased = readReleased(dir).at(-1)?.file;
    expect(releaseProblems(dir)).toEqual([
      `20000101000000_earlier.sql sorts before the released ${lastReleased}: a new migration needs a later timestamp.`,
      '99991231000000_later.sql is not in released-migrations.sha256: record it with npm run migrations:release.',
    ]);
  });
});
