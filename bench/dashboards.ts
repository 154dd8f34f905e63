/**
 * The programme dashboards on a synthetic programme (scripts/programme): p50/p95 of each dashboard
 * call through the API, signed in as the demo analyst (staff count every partnership) and once as
 * a coordinator (who counts only their own), and the rows each call reads. PostgreSQL
 * (DATABASE_URL) gets a whole programme, PGlite a tenth of one. Sizes and iterations can be set
 * with BENCH_PARTNERSHIPS, BENCH_PGLITE_PARTNERSHIPS, BENCH_YEARS, BENCH_ACTIVITIES and
 * BENCH_ITERATIONS.
 */
import { createClient } from '@supabase/supabase-js';
import ws from 'ws';
import { generateProgramme, summaryTables } from '../scripts/programme/generator.ts';
import { defaultProgrammeSize, planProgramme, type ProgrammeSize } from '../scripts/programme/programme-plan.ts';
import { demoPassword, demoUsers } from '../supabase/demo-users.ts';
import { startStack, createScratchDatabase } from '../supabase/local/index.ts';
import { dashboardCases, type Viewer } from './dashboard-cases.ts';
import { latencyCells, sampleLatency } from './latency.ts';
import { projectDir } from './project-dir.ts';
import { rowsRead } from './rows-read.ts';

const setting = (name: string, fallback: number) => Number(process.env[name] || fallback);
const iterations = setting('BENCH_ITERATIONS', 30);
// PostgreSQL 18 (PGlite) plans a function's statements for their arguments for five calls before
// it may settle on one generic plan: warming up with five calls shows the steady state.
const warmUp = { calls: 5, budget: { fewest: 1, ms: 1000 } };
// Calls that take seconds get fewer samples (n is printed), so the whole bench ends in minutes.
const budget = { fewest: 5, ms: 3000 };

function sizeWith(partnerships: number): ProgrammeSize {
  return {
    ...defaultProgrammeSize,
    partnerships,
    years: setting('BENCH_YEARS', defaultProgrammeSize.years),
    activities: setting('BENCH_ACTIVITIES', defaultProgrammeSize.activities),
  };
}

async function signIn(apiUrl: string, anonKey: string, viewer: Viewer) {
  const client = createClient(apiUrl, anonKey, { auth: { persistSession: false }, realtime: { transport: ws as never } });
  const { error } = await client.auth.signInWithPassword({ email: demoUsers[viewer].email, password: demoPassword });
  if (error) throw error;
  return client;
}

async function measure(label: string, size: ProgrammeSize, databaseUrl?: string): Promise<string[][]> {
  const stack = await startStack({ projectDir, inMemory: true, reset: true, config: { apiPort: 0, inboxPort: 0, smtpPort: 0, databaseUrl } });
  try {
    const generated = await generateProgramme(stack.context.db, size);
    const rows = [
      [
        `${label}: generating ${size.partnerships} partnerships × ${size.years} years × ${size.activities} activities`,
        `${generated.seconds.toFixed(1)} s`,
        `${generated.rows.activities.toLocaleString('en')} activities`,
        `${generated.rows.activity_targets.toLocaleString('en')} target links`,
        `${generated.rows.results.toLocaleString('en')} results`,
      ],
      [`${label}: summary rows`, ...summaryTables.map((table) => `${table} ${generated.rows[table].toLocaleString('en')}`)],
    ];
    const clients = { analyst: await signIn(stack.apiUrl, stack.anonKey, 'analyst'), anna: await signIn(stack.apiUrl, stack.anonKey, 'anna') };
    const plan = planProgramme(size);
    for (const call of dashboardCases(plan.firstYear, plan.lastYear)) {
      const name = `${label}: ${call.label}`;
      const viaApi = () => clients[call.viewer].rpc(call.fn, call.args);
      await sampleLatency(name, warmUp.calls, viaApi, warmUp.budget);
      const samples = await sampleLatency(name, iterations, viaApi, budget);
      const read = await rowsRead(stack.context.db, call, demoUsers[call.viewer].id);
      rows.push([name, ...latencyCells(samples), `n=${samples.length}`, `rows read ${read.total.toLocaleString('en')} (${read.mostFrom})`]);
    }
    return rows;
  } finally {
    await stack.stop();
  }
}

export const name = 'Dashboards';

export async function run(): Promise<string[][]> {
  const rows = await measure('PGlite', sizeWith(setting('BENCH_PGLITE_PARTNERSHIPS', defaultProgrammeSize.partnerships / 10)));
  if (!process.env.DATABASE_URL) return [...rows, ['PostgreSQL', 'skipped: set DATABASE_URL to a PostgreSQL server', '', '']];
  const scratch = await createScratchDatabase(process.env.DATABASE_URL);
  try {
    return [...rows, ...(await measure('PostgreSQL', sizeWith(setting('BENCH_PARTNERSHIPS', defaultProgrammeSize.partnerships)), scratch.url))];
  } finally {
    await scratch.drop();
  }
}
