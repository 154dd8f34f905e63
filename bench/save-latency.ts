/**
 * Saving an activity with two SDG targets on a synthetic programme of 2,000 partnerships
 * (BENCH_PARTNERSHIPS), as a coordinator: p50/p95 of the whole transaction, run the way PostgREST
 * runs a request (role and claims set, save_activity, commit, where the deferred summaries are
 * counted), by one writer and by eight at once, each in a partnership of its own. Then one writer
 * through the API, as the app saves. PostgreSQL only (DATABASE_URL): PGlite has one connection, so
 * its writers cannot overlap.
 */
import { performance } from 'node:perf_hooks';
import { createClient } from '@supabase/supabase-js';
import ws from 'ws';
import { generateProgramme } from '../scripts/programme/generator.ts';
import { defaultProgrammeSize } from '../scripts/programme/programme-plan.ts';
import { demoPassword, demoUsers } from '../supabase/demo-users.ts';
import { createScratchDatabase, startStack, type Database } from '../supabase/local/index.ts';
import { latencyCells, sampleLatency } from './latency.ts';
import { projectDir } from './project-dir.ts';

const partnerships = Number(process.env.BENCH_PARTNERSHIPS || defaultProgrammeSize.partnerships);
const savesPerWriter = Number(process.env.BENCH_SAVES || 100);
const writerCounts = [1, 8];
const year = 2026;
const coordinator = demoUsers.anna;

const activity = (partnershipId: string, index: number) => ({
  partnership_id: partnershipId,
  title: `Benchmark workshop ${index}`,
  kind: 'workshop',
  starts_on: `${year}-03-${String((index % 28) + 1).padStart(2, '0')}`,
  ends_on: `${year}-03-${String((index % 28) + 1).padStart(2, '0')}`,
  participants_women: index % 20,
  participants_men: index % 15,
  principles: ['participation'],
  target_groups: ['youth'],
});
const targets = [
  { target_id: '5.5', contribution: 'direct' },
  { target_id: '16.7', contribution: 'indirect' },
];

/** Partnerships running in the year with nothing submitted for it, the coordinator made a member of each. */
async function writablePartnerships(db: Database, count: number): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `select p.id from public.partnerships p
     where p.starts_year <= $1 and (p.ends_year is null or p.ends_year >= $1)
       and not exists (select from public.reports r where r.partnership_id = p.id and r.year = $1 and r.status <> 'draft')
       and not exists (select from public.memberships m where m.partnership_id = p.id)
     order by p.id limit $2`,
    [year, count],
  );
  if (rows.length < count) throw new Error(`only ${rows.length} partnerships are open for writing in ${year}`);
  await db.query(`insert into public.memberships (partnership_id, user_id, role) select unnest($1::uuid[]), $2, 'coordinator'`, [rows.map((row) => row.id), coordinator.id]);
  return rows.map((row) => row.id);
}

/** One save as PostgREST runs an rpc: in a transaction of its own, as the signed-in coordinator. */
function saveInDatabase(db: Database, partnershipId: string, index: number) {
  return db.transaction(async (tx) => {
    await tx.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [
      JSON.stringify({ sub: coordinator.id, role: 'authenticated' }),
    ]);
    await tx.query('select public.save_activity($1, $2)', [activity(partnershipId, index), JSON.stringify(targets)]);
  });
}

async function concurrentSaves(db: Database, partnershipIds: string[]): Promise<number[]> {
  const samples: number[] = [];
  await Promise.all(
    partnershipIds.map(async (partnershipId) => {
      for (let index = 0; index < savesPerWriter; index++) {
        const start = performance.now();
        await saveInDatabase(db, partnershipId, index);
        samples.push(performance.now() - start);
      }
    }),
  );
  return samples;
}

export const name = 'Saving an activity';

export async function run(): Promise<string[][]> {
  if (!process.env.DATABASE_URL) return [['PostgreSQL', 'skipped: set DATABASE_URL to a PostgreSQL server', '']];
  const scratch = await createScratchDatabase(process.env.DATABASE_URL);
  const stack = await startStack({ projectDir, inMemory: true, reset: true, config: { apiPort: 0, inboxPort: 0, smtpPort: 0, databaseUrl: scratch.url } });
  try {
    await generateProgramme(stack.context.db, { ...defaultProgrammeSize, partnerships });
    const partnershipIds = await writablePartnerships(stack.context.db, Math.max(...writerCounts));
    const rows: string[][] = [];
    for (const writers of writerCounts) {
      // A first round warms the plans and caches; the second is measured.
      await concurrentSaves(stack.context.db, partnershipIds.slice(0, writers));
      const samples = await concurrentSaves(stack.context.db, partnershipIds.slice(0, writers));
      rows.push([`PostgreSQL, ${partnerships} partnerships: ${writers} writer${writers > 1 ? 's' : ''} at once, in the database`, ...latencyCells(samples), `n=${samples.length}`]);
    }
    const client = createClient(stack.apiUrl, stack.anonKey, { auth: { persistSession: false }, realtime: { transport: ws as never } });
    const { error } = await client.auth.signInWithPassword({ email: coordinator.email, password: demoPassword });
    if (error) throw error;
    const label = `PostgreSQL, ${partnerships} partnerships: 1 writer through the API`;
    const samples = await sampleLatency(label, savesPerWriter, (index) => client.rpc('save_activity', { activity: activity(partnershipIds[0], index), targets }));
    rows.push([label, ...latencyCells(samples), `n=${samples.length}`]);
    return rows;
  } finally {
    await stack.stop();
    await scratch.drop();
  }
}
