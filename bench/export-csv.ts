/**
 * Exporting 100,000 activity rows as CSV the way the exports page does (the same paging, CSV
 * writer and codebook, signed in as an analyst through the API): the time it takes, the memory it
 * holds, and the slowest synchronous step, turning one page of rows into CSV, which is how long
 * the page's thread is busy at a time (the rest is waiting on the network).
 */
import { performance } from 'node:perf_hooks';
import { createClient } from '@supabase/supabase-js';
import ws from 'ws';
import { exportCells, type Row } from '../src/features/exports/api/export-cells.ts';
import { exportPageSize, runExport } from '../src/features/exports/api/run-export.ts';
import { csvWriter } from '../src/features/exports/api/write-csv.ts';
import { programmeFilterArgs, programmeFiltersSchema } from '../src/lib/programme-filters.ts';
import type { Database } from '../src/types/database.ts';
import { demoPassword, demoUsers } from '../supabase/demo-users.ts';
import { startStack, createScratchDatabase } from '../supabase/local/index.ts';
import { projectDir } from './project-dir.ts';

const activities = 50_000;
const robertsforsMachakos = '00000000-0000-4000-c000-000000000001';
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function measure(label: string, databaseUrl?: string): Promise<string[][]> {
  const stack = await startStack({ projectDir, inMemory: true, reset: true, config: { apiPort: 0, inboxPort: 0, smtpPort: 0, databaseUrl } });
  try {
    // Two target links each: 100,000 rows of the activity export, in 2026 (an open demo year).
    await stack.context.db.exec(`
      insert into public.activities (partnership_id, title, kind, starts_on, ends_on, place, description, participants_women, participants_men, principles, target_groups)
      select '${robertsforsMachakos}', 'Generated activity ' || n || ' – Växjö, "quoted"; semicolon', 'workshop', date '2026-01-01' + (n % 360), date '2026-01-01' + (n % 360),
        'Machakos', 'A description with a line break' || chr(10) || 'and å, ä, ö.', n % 40, n % 30, '{participation}', '{youth,women}'
      from generate_series(1, ${activities}) n;
      insert into public.activity_targets (activity_id, partnership_id, target_id, contribution)
      select id, partnership_id, target_id, 'direct' from public.activities, unnest('{5.5,16.7}'::text[]) as target_id where title like 'Generated activity %';
      -- as autovacuum would after a load this size
      analyze;
    `);
    const client = createClient<Database>(stack.apiUrl, stack.anonKey, { auth: { persistSession: false }, realtime: { transport: ws as never } });
    const { error } = await client.auth.signInWithPassword({ email: demoUsers.analyst.email, password: demoPassword });
    if (error) throw error;

    const args = programmeFilterArgs(programmeFiltersSchema.parse({ from: '2026', to: '2026', partnership: robertsforsMachakos }));
    let peakHeap = 0;
    const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 20);
    const heapBefore = process.memoryUsage().heapUsed;
    const start = performance.now();
    const { blob, rows } = await runExport(client, 'activities', args, csvWriter('activities', ';'), new AbortController().signal, () => undefined);
    const seconds = (performance.now() - start) / 1000;
    clearInterval(sampler);

    const { data: page } = await client.rpc('export_activities', args).range(0, exportPageSize - 1);
    const steps = Array.from({ length: 20 }, () => {
      const began = performance.now();
      csvWriter('activities', ';').addRows(((page ?? []) as Row[]).map((row) => exportCells('activities', row, new Map())));
      return performance.now() - began;
    });
    return [
      [`${label}: ${rows.toLocaleString('en')} activity rows`, `${seconds.toFixed(1)} s`, `${Math.round(rows / seconds).toLocaleString('en')} rows/s`, `file ${megabytes(blob.size)}`],
      [`${label}: memory and steps`, `peak heap +${megabytes(peakHeap - heapBefore)}`, `CSV of a ${exportPageSize.toLocaleString('en')}-row page: slowest ${Math.max(...steps).toFixed(1)} ms`, ''],
    ];
  } finally {
    await stack.stop();
  }
}

export const name = 'CSV export';

export async function run(): Promise<string[][]> {
  const rows = await measure('PGlite');
  if (!process.env.DATABASE_URL) return [...rows, ['PostgreSQL', 'skipped: set DATABASE_URL to a PostgreSQL server', '', '']];
  const scratch = await createScratchDatabase(process.env.DATABASE_URL);
  try {
    return [...rows, ...(await measure('PostgreSQL', scratch.url))];
  } finally {
    await scratch.drop();
  }
}
