/**
 * Opens the stack's database and brings it to the project's schema, the way `supabase start`
 * followed by `supabase db reset` would: Supabase's own schemas first, then
 * supabase/migrations/*.sql in name order, then supabase/seed.sql on a new database only.
 * Re-opening an existing database applies migrations it has not seen yet and keeps the data.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.ts';
import { openPGlite } from './pglite-database.ts';
import { openPostgres } from './postgres-database.ts';

const bootstrapSql = readFileSync(fileURLToPath(new URL('../../sql/bootstrap.sql', import.meta.url)), 'utf8');

export interface OpenOptions {
  /** supabase/ folder whose migrations and seed are applied. */
  supabaseDir: string;
  /** PGlite data folder; undefined keeps the database in memory. Ignored with databaseUrl. */
  dataDir?: string;
  databaseUrl?: string;
  /** Start from an empty database. */
  reset?: boolean;
  /** Start an in-memory PGlite as a copy of this dumped data folder (see database-snapshot.ts). */
  pgliteSnapshot?: Blob;
  seed?: boolean;
  log?: (line: string) => void;
}

export interface OpenedDatabase {
  db: Database;
  created: boolean;
  appliedMigrations: string[];
}

/**
 * Empties the database the way `supabase db reset` starts over: every schema but PostgreSQL's own
 * goes, including those the migrations created (private, …), so that re-applying them finds
 * nothing left from the last run. Roles belong to the cluster and stay, as on Supabase.
 */
async function resetPostgres(db: Database) {
  await db.exec(`
    do $$
    declare
      _schema text;
    begin
      for _schema in
        select nspname from pg_namespace
        where nspname not like 'pg\\_%' and nspname <> 'information_schema'
      loop
        execute format('drop schema %I cascade', _schema);
      end loop;
    end
    $$;
    create schema public;
    grant all on schema public to public;
  `);
}

export async function openDatabase(options: OpenOptions): Promise<OpenedDatabase> {
  const log = options.log ?? (() => undefined);
  let db: Database;
  if (options.databaseUrl) {
    db = await openPostgres(options.databaseUrl);
    if (options.reset) await resetPostgres(db);
  } else {
    if (options.reset && options.dataDir) rmSync(options.dataDir, { recursive: true, force: true });
    db = await openPGlite(options.dataDir, options.pgliteSnapshot);
  }
  try {
    const [{ known }] = await db.query<{ known: boolean }>(
      `select to_regclass('supabase_migrations.schema_migrations') is not null as known`,
    );
    const created = !known;
    if (created) await db.exec(bootstrapSql);
    const appliedMigrations = await applyMigrations(db, options.supabaseDir, log);
    const seedFile = path.join(options.supabaseDir, 'seed.sql');
    if (created && options.seed !== false && existsSync(seedFile)) {
      log('Seeding data from supabase/seed.sql...');
      await db.exec(readFileSync(seedFile, 'utf8'));
    }
    return { db, created, appliedMigrations };
  } catch (error) {
    await db.close();
    throw error;
  }
}

async function applyMigrations(db: Database, supabaseDir: string, log: (line: string) => void) {
  const folder = path.join(supabaseDir, 'migrations');
  const files = existsSync(folder) ? readdirSync(folder).filter((file) => /^\d+_.*\.sql$/.test(file)).sort() : [];
  const done = new Map(
    (await db.query<{ version: string; script: string | null }>('select version, statements[1] as script from supabase_migrations.schema_migrations')).map(
      (row) => [row.version, row.script],
    ),
  );
  const applied: string[] = [];
  for (const file of files) {
    const [, version, name] = /^(\d+)_(.*)\.sql$/.exec(file)!;
    const script = readFileSync(path.join(folder, file), 'utf8');
    if (done.has(version)) {
      // A kept database never applies a migration twice, so an edited one would leave its old
      // definitions in place without a word.
      if (done.get(version) !== script) {
        log(`Warning: migration ${file} has changed since this database applied it; it keeps the old version. Run npm run stack:reset to apply the migrations afresh.`);
      }
      continue;
    }
    log(`Applying migration ${file}...`);
    try {
      await db.exec(`begin;\n${script}\n;commit;`);
    } catch (error) {
      await db.exec('rollback').catch(() => undefined);
      throw new Error(`migration ${file} failed: ${(error as Error).message}`, { cause: error });
    }
    await db.query('insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)', [
      version,
      name,
      [script],
    ]);
    applied.push(file);
  }
  return applied;
}
