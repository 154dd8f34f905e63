/**
 * Listing the activities of a partnership with 10,000 of them: the first page with an exact
 * count, as the activities page asks for it, signed in as a member (row-level security applies).
 */
import { createClient } from '@supabase/supabase-js';
import ws from 'ws';
import { demoPassword, demoUsers } from '../supabase/demo-users.ts';
import { startStack, createScratchDatabase } from '../supabase/local/index.ts';
import { latencyCells, sampleLatency } from './latency.ts';
import { projectDir } from './project-dir.ts';

const activityCount = 10_000;
const iterations = 50;
const robertsforsMachakos = '00000000-0000-4000-c000-000000000001';

async function measure(label: string, databaseUrl?: string): Promise<string[][]> {
  const stack = await startStack({ projectDir, inMemory: true, reset: true, config: { apiPort: 0, inboxPort: 0, smtpPort: 0, databaseUrl } });
  try {
    // 2026 is an open year in the demo data, so the freeze rules let these rows in.
    await stack.context.db.exec(`
      insert into public.activities (partnership_id, title, kind, starts_on, ends_on, participants_women, participants_men)
      select '${robertsforsMachakos}', 'Generated activity ' || n, 'workshop', date '2026-01-01' + (n % 360), date '2026-01-01' + (n % 360), n % 40, n % 30
      from generate_series(1, ${activityCount}) n;
      insert into public.activity_targets (activity_id, partnership_id, target_id, contribution)
      select id, partnership_id, case when random() < 0.5 then '5.5' else '16.7' end, 'direct' from public.activities where title like 'Generated activity %';
    `);
    const client = createClient(stack.apiUrl, stack.anonKey, { auth: { persistSession: false }, realtime: { transport: ws as never } });
    const { error } = await client.auth.signInWithPassword({ email: demoUsers.grace.email, password: demoPassword });
    if (error) throw error;
    // As the activities page asks (features/activities/api/get-activities.ts).
    const columns =
      'id, title, kind, starts_on, ends_on, place, participants_women, participants_men, participants_other, activity_targets(target_id, contribution), matching:activity_targets()';
    const page = () =>
      client
        .from('activities')
        .select(columns, { count: 'exact' })
        .eq('partnership_id', robertsforsMachakos)
        .order('starts_on', { ascending: false })
        .order('id')
        .range(0, 24);
    const filtered = () =>
      client
        .from('activities')
        .select(columns, { count: 'exact' })
        .eq('partnership_id', robertsforsMachakos)
        .like('matching.target_id', '5.*')
        .not('matching', 'is', null)
        .order('starts_on', { ascending: false })
        .order('id')
        .range(0, 24);
    const rows: string[][] = [];
    for (const [name, query] of [['first page of all', page], ['first page of goal 5', filtered]] as const) {
      const row = `${label}: ${name} (${activityCount.toLocaleString('en')} activities)`;
      rows.push([row, ...latencyCells(await sampleLatency(row, iterations, query))]);
    }
    return rows;
  } finally {
    await stack.stop();
  }
}

export const name = 'Activity list';

export async function run(): Promise<string[][]> {
  const rows = await measure('PGlite');
  if (!process.env.DATABASE_URL) return [...rows, ['PostgreSQL', 'skipped: set DATABASE_URL to a PostgreSQL server', '']];
  const scratch = await createScratchDatabase(process.env.DATABASE_URL);
  try {
    return [...rows, ...(await measure('PostgreSQL', scratch.url))];
  } finally {
    await scratch.drop();
  }
}
