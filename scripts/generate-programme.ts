/**
 * `npm run generate`: fills a database with a synthetic programme of a chosen size, for load tests
 * and for seeing the app at the scale of a whole programme. See `usage` for the options.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig, openDatabase } from '../supabase/local/index.ts';
import { generateProgramme } from './programme/generator.ts';
import { checkProgrammeSize, defaultProgrammeSize, type ProgrammeSize } from './programme/programme-plan.ts';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const usage = `usage: npm run generate -- [--partnerships N] [--years N] [--activities N] [--seed N] [--database-url URL]

Adds a synthetic programme to the database: partnerships with their organisations, activities,
results, indicators and values, and reports, then rebuilds the dashboard summaries.

  --partnerships N    partnerships (default ${defaultProgrammeSize.partnerships})
  --years N           years of activity, ending 2026 (default ${defaultProgrammeSize.years})
  --activities N      activities per partnership and year on average (default ${defaultProgrammeSize.activities})
  --seed N            the same seed gives the same programme (default ${defaultProgrammeSize.seed}); a seed goes in once per database
  --database-url URL  the PostgreSQL database to fill; default DATABASE_URL, else the local stack's
                      PGlite database in .local/db (stop \`npm run stack\` first: PGlite serves one process)

A new database gets the migrations and the demo data first, as \`npm run stack\` would.`;

function readArguments(): { size: ProgrammeSize; databaseUrl?: string } {
  const { values } = parseArgs({
    options: {
      partnerships: { type: 'string' },
      years: { type: 'string' },
      activities: { type: 'string' },
      seed: { type: 'string' },
      'database-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const size = { ...defaultProgrammeSize };
  for (const key of Object.keys(size) as (keyof ProgrammeSize)[]) {
    if (values[key] !== undefined) size[key] = Number(values[key]);
  }
  checkProgrammeSize(size);
  return { size, databaseUrl: values['database-url'] };
}

let options: ReturnType<typeof readArguments>;
try {
  options = readArguments();
} catch (error) {
  console.error(`${(error as Error).message}\n\n${usage}`);
  process.exit(2);
}

const config = loadConfig(projectDir, options.databaseUrl ? { databaseUrl: options.databaseUrl } : {});
const dataDir = path.join(config.dataDir, 'db');
const target = config.databaseUrl ? `PostgreSQL (${new URL(config.databaseUrl).host})` : `PGlite (${path.relative(projectDir, dataDir)})`;
const { size } = options;
console.log(`Generating ${size.partnerships} partnerships × ${size.years} years × ${size.activities} activities (seed ${size.seed}) in ${target}…`);

const { db } = await openDatabase({
  supabaseDir: path.join(projectDir, 'supabase'),
  dataDir,
  databaseUrl: config.databaseUrl,
  log: (line) => console.log(line),
});
try {
  const generated = await generateProgramme(db, size, (line) => console.log(`  ${line}`));
  console.log(`\nDone in ${generated.seconds.toFixed(1)} s. Rows in the database now:`);
  for (const [table, rows] of Object.entries(generated.rows)) console.log(`  ${table.padEnd(26)} ${rows.toLocaleString('en').padStart(10)}`);
} catch (error) {
  console.error(`\n${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
