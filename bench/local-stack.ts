/**
 * The local stack's own figures: cold and warm start of `npm run stack` as a new process with the
 * project's migrations and seed, and p50/p95 latency of a typical select (with an embed), insert
 * and rpc through supabase-js on the contract tests' schema, on PGlite and, when DATABASE_URL is
 * set, on PostgreSQL.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createClient } from '@supabase/supabase-js';
import ws from 'ws';
import { startStack, type RunningStack, createScratchDatabase } from '../supabase/local/index.ts';
import { latencyCells, sampleLatency } from './latency.ts';
import { projectDir } from './project-dir.ts';

// The local stack's small contract-test schema: what is measured is the stack, not the app's migrations.
const fixtureDir = path.join(projectDir, 'supabase/local/tests/fixture');

const iterations = 200;

async function latency(name: string, work: (index: number) => PromiseLike<{ error: unknown }>) {
  return [name, ...latencyCells(await sampleLatency(name, iterations, work))];
}

/** Milliseconds from spawning the CLI until it says the stack is running. */
function startProcess(command: 'start' | 'reset', env: Record<string, string>): Promise<number> {
  const began = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectDir, 'supabase/local/cli.ts'), command], {
    cwd: projectDir,
    env: { ...process.env, SUPABASE_LOCAL_API_PORT: '0', SUPABASE_LOCAL_INBOX_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    let elapsed: number | undefined;
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (elapsed === undefined && output.includes('stack is running')) {
        elapsed = performance.now() - began;
        child.kill('SIGTERM');
      }
    });
    child.once('exit', (code) =>
      elapsed === undefined ? reject(new Error(`stack exited with ${code} before it was running:\n${output}`)) : resolve(elapsed),
    );
  });
}

async function startTimes(label: string, env: Record<string, string>) {
  const cold = await startProcess('reset', env);
  const warm = await startProcess('start', env);
  return [
    [`${label}: cold start (new process, new database, migrations, seed)`, `${cold.toFixed(0)} ms`, ''],
    [`${label}: warm start (new process, existing database)`, `${warm.toFixed(0)} ms`, ''],
  ];
}

async function measure(label: string, start: () => Promise<RunningStack>): Promise<string[][]> {
  const stack = await start();
  const rows: string[][] = [];
  try {
    const client = createClient(stack.apiUrl, stack.serviceRoleKey, { auth: { persistSession: false }, realtime: { transport: ws as never } });
    rows.push(
      (await latency(`${label}: select with embed`, () =>
        client.from('books').select('title, published, author:authors!books_author_id_fkey(name)').gte('published', 1900).order('published').limit(20),
      )).map(String),
      (await latency(`${label}: insert one row`, (index) => client.from('tags').insert({ id: `bench-${index}`, label: 'Benchmark' }))).map(String),
      (await latency(`${label}: rpc`, (index) => client.rpc('add_numbers', { a: index, b: 1 }))).map(String),
    );
  } finally {
    await stack.stop();
  }
  return rows;
}

export const name = 'Local stack';

export async function run(): Promise<string[][]> {
  const config = { apiPort: 0, inboxPort: 0, smtpPort: 0 };
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'stack-bench-'));
  const rows: string[][] = [];
  try {
    rows.push(...(await startTimes('PGlite', { SUPABASE_LOCAL_DATA_DIR: dataDir, DATABASE_URL: '' })));
    rows.push(...(await measure('PGlite', () => startStack({ projectDir, supabaseDir: fixtureDir, reset: true, config: { ...config, dataDir } }))));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (!process.env.DATABASE_URL) {
    rows.push(['PostgreSQL', 'skipped: set DATABASE_URL to a PostgreSQL server', '']);
    return rows;
  }
  const scratch = await createScratchDatabase(process.env.DATABASE_URL);
  try {
    rows.push(...(await startTimes('PostgreSQL', { DATABASE_URL: scratch.url })));
    rows.push(
      ...(await measure('PostgreSQL', () =>
        startStack({ projectDir, supabaseDir: fixtureDir, reset: true, inMemory: true, config: { ...config, databaseUrl: scratch.url } }),
      )),
    );
  } finally {
    await scratch.drop();
  }
  return rows;
}
