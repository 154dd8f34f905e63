/**
 * Random and malformed requests to every API (REST tables, every rpc function, auth, storage,
 * functions) as anon, as a member and as the service role. None may be answered 5xx, none may go
 * unanswered, the stack must answer afterwards, and what anon and the member sent must leave the
 * data they may not change as it was. The sequence comes from a seed (FUZZ_SEED), so a failure
 * is replayed by its seed and index; `npm run bench` runs a longer sequence.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, projectDir, startDemoStack, type DemoStack } from '../support/demo-stack.ts';
import { loadFuzzTargets, protectedDataFingerprint, runFuzz, type FuzzKeys, type FuzzOutcome, type FuzzTargets } from '../support/fuzz-requests.ts';

const seed = Number(process.env.FUZZ_SEED ?? 20261202);
const memberRequests = 700;
const serviceRequests = 300;

let stack: DemoStack;
let targets: FuzzTargets;
let keys: FuzzKeys;
let member: { id: string; partnershipIds: string[] };

beforeAll(async () => {
  stack = await startDemoStack();
  const signedIn = await stack.signIn('grace');
  const { data } = await signedIn.auth.getSession();
  keys = { anonKey: stack.anonKey, serviceRoleKey: stack.serviceRoleKey, memberToken: data.session!.access_token };
  const memberships = await stack.context.db.query<{ partnership_id: string }>('select partnership_id::text from public.memberships where user_id = $1', [demoUsers.grace.id]);
  member = { id: demoUsers.grace.id, partnershipIds: memberships.map((row) => row.partnership_id) };
  const edgeFunctions = readdirSync(path.join(projectDir, 'supabase/functions'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => entry.name);
  targets = await loadFuzzTargets(stack.context.db, edgeFunctions);
}, 180_000);
afterAll(() => stack?.stop());

function failures(outcomes: FuzzOutcome[]) {
  return outcomes
    .filter((outcome) => outcome.status === 'no answer' || outcome.status >= 500)
    .map((outcome) => `#${outcome.index} ${outcome.identity} ${outcome.method} ${outcome.url} → ${outcome.status} ${outcome.body}`);
}

async function stillAnswers() {
  const rest = await fetch(`${stack.apiUrl}/rest/v1/sdg_goals?select=id&limit=1`, { headers: { apikey: stack.anonKey } });
  const auth = await fetch(`${stack.apiUrl}/auth/v1/health`);
  return [rest.status, auth.status];
}

function statusCounts(outcomes: FuzzOutcome[]) {
  const counts = new Map<string, number>();
  for (const outcome of outcomes) counts.set(String(outcome.status), (counts.get(String(outcome.status)) ?? 0) + 1);
  return Object.fromEntries([...counts].sort());
}

describe(`fuzzing every API (seed ${seed})`, () => {
  it('the targets cover every table, every rpc function, the storage buckets and the functions', () => {
    expect(targets.tables.length).toBeGreaterThan(20);
    expect(targets.functions.map((fn) => fn.name)).toEqual(expect.arrayContaining(['submit_report', 'save_activity']));
    expect(targets.buckets).toContain('evidence');
    expect(targets.edgeFunctions).toContain('invite');
    expect(member.partnershipIds.length).toBeGreaterThan(0);
  });

  it('the fingerprint of protected data sees a changed row, and a member’s own draft is not in it', async () => {
    const db = stack.context.db;
    const before = await protectedDataFingerprint(db, member);
    await db.run(`update public.sdg_goals set short_title_en = short_title_en || ' ' where id = 1`);
    const changed = await protectedDataFingerprint(db, member);
    await db.run(`update public.sdg_goals set short_title_en = rtrim(short_title_en) where id = 1`);
    expect(changed['public.sdg_goals']).not.toBe(before['public.sdg_goals']);
    expect(await protectedDataFingerprint(db, member)).toEqual(before);
    // A member's own partnership's rows may change by right, so they are left out.
    await db.run(`update public.partnerships set description = description || ' ' where id = $1`, [member.partnershipIds[0]]);
    const ownEdit = await protectedDataFingerprint(db, member);
    await db.run(`update public.partnerships set description = rtrim(description) where id = $1`, [member.partnershipIds[0]]);
    expect(ownEdit['public.partnerships']).toBe(before['public.partnerships']);
    await db.run(`update public.partnerships set description = description || ' ' where id <> all ($1::uuid[])`, [member.partnershipIds]);
    const otherEdit = await protectedDataFingerprint(db, member);
    await db.run(`update public.partnerships set description = rtrim(description) where id <> all ($1::uuid[])`, [member.partnershipIds]);
    expect(otherEdit['public.partnerships']).not.toBe(before['public.partnerships']);
  });

  it(`${memberRequests} requests as anon and as a member: no 5xx, always an answer, no protected row changed`, async () => {
    const before = await protectedDataFingerprint(stack.context.db, member);
    const outcomes = await runFuzz({ apiUrl: stack.apiUrl, seed, count: memberRequests, targets, identities: ['anon', 'member'], keys });
    console.info(`anon and member: ${JSON.stringify(statusCounts(outcomes))}`);
    expect.soft(failures(outcomes)).toEqual([]);
    expect(await stillAnswers()).toEqual([200, 200]);
    const after = await protectedDataFingerprint(stack.context.db, member);
    expect(after).toEqual(before);
  }, 600_000);

  it(`${serviceRequests} requests as the service role: no 5xx, always an answer`, async () => {
    const outcomes = await runFuzz({ apiUrl: stack.apiUrl, seed, from: memberRequests, count: serviceRequests, targets, identities: ['service'], keys });
    console.info(`service role: ${JSON.stringify(statusCounts(outcomes))}`);
    expect.soft(failures(outcomes)).toEqual([]);
    expect(await stillAnswers()).toEqual([200, 200]);
  }, 600_000);
});
