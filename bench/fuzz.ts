/**
 * The attack suite's fuzzing at length: FUZZ_REQUESTS (20,000 by default) random and malformed
 * requests to every API of the stack with the demo data, as anon, a member and the service role,
 * from the seed FUZZ_SEED. Prints how often each status came back, per API, and every 5xx or
 * unanswered request with the index that replays it.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { demoUsers, projectDir, startDemoStack } from '../supabase/tests/support/demo-stack.ts';
import { loadFuzzTargets, runFuzz, type FuzzOutcome } from '../supabase/tests/support/fuzz-requests.ts';

export const name = 'Fuzzing every API';

const seed = Number(process.env.FUZZ_SEED ?? 20261203);
const requests = Number(process.env.FUZZ_REQUESTS ?? 20_000);

function apiOf(url: string) {
  const match = /^\/(rest\/v1\/rpc|rest|auth|storage|functions)/.exec(url);
  return match?.[1] === 'rest/v1/rpc' ? 'rpc' : (match?.[1] ?? 'other');
}

export async function run(): Promise<string[][]> {
  const stack = await startDemoStack();
  try {
    const member = await stack.signIn('grace');
    const { data } = await member.auth.getSession();
    const keys = { anonKey: stack.anonKey, serviceRoleKey: stack.serviceRoleKey, memberToken: data.session!.access_token };
    const edgeFunctions = readdirSync(path.join(projectDir, 'supabase/functions'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
      .map((entry) => entry.name);
    const targets = await loadFuzzTargets(stack.context.db, edgeFunctions);
    const began = performance.now();
    const outcomes: FuzzOutcome[] = await runFuzz({ apiUrl: stack.apiUrl, seed, count: requests, targets, identities: ['anon', 'member', 'service'], keys, concurrency: 8 });
    const seconds = (performance.now() - began) / 1000;
    const alive = (await fetch(`${stack.apiUrl}/rest/v1/sdg_goals?select=id&limit=1`, { headers: { apikey: stack.anonKey } })).status;

    const counts = new Map<string, Map<string, number>>();
    for (const outcome of outcomes) {
      const api = apiOf(outcome.url);
      const byStatus = counts.get(api) ?? new Map<string, number>();
      byStatus.set(String(outcome.status), (byStatus.get(String(outcome.status)) ?? 0) + 1);
      counts.set(api, byStatus);
    }
    const failures = outcomes.filter((outcome) => outcome.status === 'no answer' || outcome.status >= 500);
    const rows: string[][] = [
      [`${outcomes.length} requests, seed ${seed}, members as ${demoUsers.grace.email}`, `${seconds.toFixed(0)} s`, `${(outcomes.length / seconds).toFixed(0)} req/s`],
    ];
    for (const [api, byStatus] of [...counts].sort()) {
      rows.push([`  ${api}`, [...byStatus].sort().map(([status, times]) => `${status}×${times}`).join(' '), '']);
    }
    rows.push(['5xx or no answer', String(failures.length), `stack answers afterwards: ${alive}`]);
    for (const failure of failures.slice(0, 40)) {
      rows.push([`  #${failure.index} ${failure.identity} ${failure.method} ${failure.url.slice(0, 120)}`, String(failure.status), failure.body.slice(0, 160)]);
    }
    return rows;
  } finally {
    await stack.stop();
  }
}
