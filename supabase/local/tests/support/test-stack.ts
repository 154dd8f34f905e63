/**
 * Starts the local stack in memory on free ports with the contract tests' own schema
 * (tests/fixture), and hands out supabase-js clients that talk to it as the app would.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { inject } from 'vitest';
import ws from 'ws';
import { startStack, type RunningStack, type StackOptions } from '../../src/stack.ts';
import { databaseFromSnapshot } from '../../src/db/scratch-database.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const projectDir = path.resolve(here, '../../../..');
export const fixtureDir = path.resolve(here, '../fixture');

export interface TestStack extends RunningStack {
  client(key?: string): SupabaseClient;
  anon(): SupabaseClient;
  service(): SupabaseClient;
}

/**
 * On PGlite in memory, or on a scratch database of DATABASE_URL's server when that is set: a copy
 * of the fixture database global-setup.ts made for the run, or with `reset` one that the stack
 * migrates and seeds itself.
 */
export async function startTestStack(options: Partial<StackOptions> = {}): Promise<TestStack> {
  const snapshot = options.reset ? undefined : inject('fixtureDatabase');
  const database = await databaseFromSnapshot(snapshot, process.env.DATABASE_URL);
  const started = await startStack({
    projectDir,
    supabaseDir: fixtureDir,
    inMemory: true,
    reset: database.reset,
    pgliteSnapshot: database.pgliteSnapshot,
    ...options,
    config: {
      apiPort: 0,
      inboxPort: 0,
      smtpPort: 0,
      databaseUrl: database.databaseUrl,
      ...options.config,
      auth: {
        enableSignup: true,
        ...options.config?.auth,
        // Supabase CLI's defaults for the contract tests: sign-ups confirmed at once.
        email: { enableConfirmations: false, ...options.config?.auth?.email },
      },
    },
  });
  const stack: RunningStack = {
    ...started,
    async stop() {
      await started.stop();
      await database.drop();
    },
  };
  const client = (key = stack.anonKey) =>
    createClient(stack.apiUrl, key, {
      auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
      realtime: { transport: ws as never },
    });
  return { ...stack, client, anon: () => client(stack.anonKey), service: () => client(stack.serviceRoleKey) };
}
