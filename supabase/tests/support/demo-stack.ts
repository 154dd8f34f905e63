/**
 * The local stack with the project's own migrations and demo seed, in memory (or on a scratch
 * database of DATABASE_URL's server), and supabase-js clients signed in as the demo users.
 */
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { inject } from 'vitest';
import ws from 'ws';
import { databaseFromSnapshot, startStack, type DatabaseSnapshot, type RunningStack, type StackConfig } from '../../local/index.ts';
import { demoPassword, demoUsers, type DemoUser } from '../../demo-users.ts';
import { projectDir } from './project-dir.ts';

export { projectDir } from './project-dir.ts';
export { demoPassword, demoUsers, type DemoUser } from '../../demo-users.ts';

export const demoPartnerships = {
  robertsforsMachakos: '00000000-0000-4000-c000-000000000001',
  vaxjoJbMarks: '00000000-0000-4000-c000-000000000002',
  aleGhanzi: '00000000-0000-4000-c000-000000000003',
  vasterbottenYogyakarta: '00000000-0000-4000-c000-000000000004',
} as const;

export interface DemoStack extends RunningStack {
  anon(): SupabaseClient;
  service(): SupabaseClient;
  signIn(user: DemoUser): Promise<SupabaseClient>;
}

function clientOf(stack: RunningStack, key: string) {
  return createClient(stack.apiUrl, key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: ws as never },
  });
}

/** In a test run, the demo database global-setup.ts migrated and seeded once for the whole run. */
function snapshotOfThisRun(): DatabaseSnapshot | undefined {
  return process.env.VITEST ? inject('demoDatabase') : undefined;
}

/**
 * A copy of this test run's demo database; outside a test run (npm run bench) the stack migrates
 * and seeds its own. The Edge Functions' environment may be given other values.
 */
export async function startDemoStack(functionSecrets: StackConfig['functionSecrets'] = {}): Promise<DemoStack> {
  const snapshot = snapshotOfThisRun();
  const database = await databaseFromSnapshot(snapshot, process.env.DATABASE_URL);
  const stack = await startStack({
    projectDir,
    inMemory: true,
    reset: database.reset,
    pgliteSnapshot: database.pgliteSnapshot,
    config: { apiPort: 0, inboxPort: 0, smtpPort: 0, functionSecrets, databaseUrl: database.databaseUrl, auth: { rateLimit: { signInSignUps: 1000, tokenRefresh: 1000, tokenVerifications: 1000, burst: 1000, emailSent: 1000 } } },
  });
  return {
    ...stack,
    async stop() {
      await stack.stop();
      await database.drop();
    },
    anon: () => clientOf(stack, stack.anonKey),
    service: () => clientOf(stack, stack.serviceRoleKey),
    async signIn(user) {
      const client = clientOf(stack, stack.anonKey);
      const { error } = await client.auth.signInWithPassword({ email: demoUsers[user].email, password: demoPassword });
      if (error) throw new Error(`${user} could not sign in: ${error.message}`);
      return client;
    },
  };
}
