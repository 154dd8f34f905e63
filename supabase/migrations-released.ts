/**
 * Released migrations are append-only: supabase/released-migrations.sha256 holds the checksum of
 * every migration that has landed (in `sha256sum` format), and a change to one of them is a new
 * migration instead, since a database that applied the old text would never see the edit.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const releasedListFile = 'released-migrations.sha256';

export interface MigrationChecksum {
  file: string;
  sha256: string;
}

export function migrationFiles(supabaseDir: string) {
  return readdirSync(path.join(supabaseDir, 'migrations'))
    .filter((file) => /^\d+_.*\.sql$/.test(file))
    .sort();
}

export function checksumOf(supabaseDir: string, file: string) {
  return createHash('sha256').update(readFileSync(path.join(supabaseDir, 'migrations', file))).digest('hex');
}

export function readReleased(supabaseDir: string): MigrationChecksum[] {
  const list = path.join(supabaseDir, releasedListFile);
  if (!existsSync(list)) return [];
  return readFileSync(list, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [, sha256, file] = /^([0-9a-f]{64}) {2}migrations\/(.+)$/.exec(line) ?? [];
      if (!sha256) throw new Error(`${releasedListFile}: not a checksum line: ${line}`);
      return { file, sha256 };
    });
}

export function formatReleased(entries: MigrationChecksum[]) {
  return entries.map((entry) => `${entry.sha256}  migrations/${entry.file}\n`).join('');
}

/** What breaks the rule, in words; empty when every migration is released as it stands. */
export function releaseProblems(supabaseDir: string) {
  const released = readReleased(supabaseDir);
  const files = migrationFiles(supabaseDir);
  const problems: string[] = [];
  for (const entry of released) {
    if (!files.includes(entry.file)) problems.push(`${entry.file} was released and is gone: released migrations stay.`);
    else if (checksumOf(supabaseDir, entry.file) !== entry.sha256) {
      problems.push(`${entry.file} was released and has changed since: write the change as a new migration.`);
    }
  }
  const lastReleased = released.map((entry) => entry.file).sort().at(-1) ?? '';
  for (const file of files.filter((name) => !released.some((entry) => entry.file === name))) {
    problems.push(
      file < lastReleased
        ? `${file} sorts before the released ${lastReleased}: a new migration needs a later timestamp.`
        : `${file} is not in ${releasedListFile}: record it with npm run migrations:release.`,
    );
  }
  return problems;
}
