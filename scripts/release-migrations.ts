/**
 * `npm run migrations:release` records the checksums of new migrations in
 * supabase/released-migrations.sha256; it never rewrites the checksum of a released one.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checksumOf, formatReleased, migrationFiles, readReleased, releasedListFile, releaseProblems } from '../supabase/migrations-released.ts';

const supabaseDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../supabase');
const broken = releaseProblems(supabaseDir).filter((problem) => !problem.includes('npm run migrations:release'));
if (broken.length > 0) {
  console.error(broken.join('\n'));
  process.exit(1);
}
const released = readReleased(supabaseDir);
const added = migrationFiles(supabaseDir)
  .filter((file) => !released.some((entry) => entry.file === file))
  .map((file) => ({ file, sha256: checksumOf(supabaseDir, file) }));
writeFileSync(path.join(supabaseDir, releasedListFile), formatReleased([...released, ...added]));
console.log(added.length ? `released ${added.map((entry) => entry.file).join(', ')}` : 'every migration is released already');
