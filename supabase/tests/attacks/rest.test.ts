/**
 * The REST door (`/rest/v1`, as supabase-js calls it): forged authorship, other people's
 * comments, and row-level security between partnerships.
 *
 * - Who wrote a row and when is the database's to say: whatever author, creation time or version
 *   a member sends is replaced on insert by themselves, now and 1, and left as stored on update
 *   (a version other than the stored one is a stale write and refused).
 * - Only its author changes what a comment says; staff resolve any comment, dated by the database.
 * - A member of one partnership reads, adds, changes and deletes nothing of another's.
 *
 * Each attempt asserts the refusal (an error, no row touched, or the forged value not stored) and
 * that the rows aimed at are as the database would have them.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, startDemoStack, type DemoStack } from '../support/demo-stack.ts';
import { A, B, idOf, rowsOf, sql, type Json } from './support/fixtures.ts';

let stack: DemoStack;
const clients: Record<'grace' | 'anna' | 'erik' | 'analyst' | 'admin', SupabaseClient> = {} as never;
const grace = demoUsers.grace.id;
const anna = demoUsers.anna.id;
const longAgo = '2001-01-01T00:00:00+00:00';

interface Rows {
  activity: string;
  activityTarget: string;
  result: string;
  resultTarget: string;
  indicator: string;
  indicatorValue: string;
  evidence: string;
  report: string;
  comment: string;
  /** rows of partnership B, for moving them into A */
  otherActivity: string;
}
let rows: Rows;
let startedAt: number;

beforeAll(async () => {
  stack = await startDemoStack();
  for (const name of ['grace', 'anna', 'erik', 'analyst', 'admin'] as const) clients[name] = await stack.signIn(name);
  const activity = await idOf(stack, `select id from public.activities a where partnership_id = $1 and year = 2025 and exists (select 1 from public.activity_targets t where t.activity_id = a.id) order by title limit 1`, [A]);
  const result = await idOf(stack, `select id from public.results r where partnership_id = $1 and exists (select 1 from public.result_targets t where t.result_id = r.id) order by title limit 1`, [A]);
  const indicator = await idOf(stack, `select id from public.indicators where result_id = $1 order by title limit 1`, [result]);
  const report = await idOf(stack, `select id from public.reports where partnership_id = $1 and year = 2025`, [A]);
  const [{ target_id: activityTarget }] = await sql<{ target_id: string }>(stack, 'select target_id from public.activity_targets where activity_id = $1 order by target_id limit 1', [activity]);
  const [{ target_id: resultTarget }] = await sql<{ target_id: string }>(stack, 'select target_id from public.result_targets where result_id = $1 order by target_id limit 1', [result]);
  const inserted = async (table: string, row: Json) => {
    const { data, error } = await clients.grace.from(table).insert(row).select('id').single();
    if (error) throw new Error(`${table}: ${JSON.stringify(error)}`);
    return (data as { id: string }).id;
  };
  rows = {
    activity,
    activityTarget,
    result,
    resultTarget,
    indicator,
    indicatorValue: await inserted('indicator_values', { indicator_id: indicator, partnership_id: A, year: 2026, target_value: 10 }),
    evidence: await inserted('evidence', { partnership_id: A, object_path: `${A}/rest/minutes.pdf`, file_name: 'minutes.pdf', mime_type: 'application/pdf', size_bytes: 10, activity_id: activity }),
    report,
    comment: await inserted('report_comments', { report_id: report, partnership_id: A, body: 'Grace’s own words.' }),
    otherActivity: await idOf(stack, `select id from public.activities where partnership_id = $1 and year = 2025 order by title limit 1`, [B]),
  };
  startedAt = Date.now();
}, 120_000);
afterAll(() => stack?.stop());

async function stored(table: string, id: string) {
  const [row] = await rowsOf(stack, table, 'id = $1', [id]);
  return row;
}

const recent = (value: unknown) => {
  const time = new Date(String(value)).getTime();
  return time >= startedAt - 1000 && time <= Date.now() + 1000;
};

// Forged authorship ------------------------------------------------------------------------------------

interface AuthoredTable {
  table: string;
  author?: string;
  versioned: boolean;
  insert: () => Json;
  existing: () => string;
}

let serial = 0;
const sexes = ['women', 'men', 'other'];
let sexesUsed = 0;
const authored: AuthoredTable[] = [
  {
    table: 'activities',
    author: 'created_by',
    versioned: true,
    insert: () => ({ partnership_id: A, title: `Forged workshop ${++serial}`, kind: 'workshop', starts_on: '2026-04-01', ends_on: '2026-04-01' }),
    existing: () => rows.activity,
  },
  { table: 'results', author: 'created_by', versioned: true, insert: () => ({ partnership_id: A, title: `Forged result ${++serial}`, level: 'output' }), existing: () => rows.result },
  { table: 'indicators', versioned: true, insert: () => ({ result_id: rows.result, partnership_id: A, title: `Forged indicator ${++serial}`, measure: 'number' }), existing: () => rows.indicator },
  {
    table: 'indicator_values',
    versioned: true,
    insert: () => ({ indicator_id: rows.indicator, partnership_id: A, year: 2026, sex: sexes[sexesUsed++], target_value: 1 }),
    existing: () => rows.indicatorValue,
  },
  {
    table: 'evidence',
    author: 'uploaded_by',
    versioned: false,
    insert: () => ({ partnership_id: A, object_path: `${A}/forged/${++serial}.pdf`, file_name: 'forged.pdf', mime_type: 'application/pdf', size_bytes: 1, activity_id: rows.activity }),
    existing: () => rows.evidence,
  },
  { table: 'report_comments', author: 'author_id', versioned: true, insert: () => ({ report_id: rows.report, partnership_id: A, body: `Forged comment ${++serial}` }), existing: () => rows.comment },
];

interface Forgery {
  name: string;
  run: () => Promise<void>;
}

const forgeries: Forgery[] = authored.flatMap(({ table, author, versioned, insert, existing }): Forgery[] => {
  const insertForging = (name: string, forged: Json, check: (row: Json) => void): Forgery => ({
    name: `${table}: insert ${name}`,
    run: async () => {
      const { data, error } = await clients.grace.from(table).insert({ ...insert(), ...forged }).select('id').single();
      expect(error).toBeNull();
      check(await stored(table, (data as { id: string }).id));
    },
  });
  const updateForging = (name: string, forged: Json, code?: string): Forgery => ({
    name: `${table}: update ${name}`,
    run: async () => {
      const before = await stored(table, existing());
      const { error } = await clients.grace.from(table).update(forged).eq('id', existing()).select();
      if (code) expect(error?.code, JSON.stringify(error)).toBe(code);
      const after = await stored(table, existing());
      for (const column of Object.keys(forged)) expect(after[column], column).toEqual(before[column]);
      if (code) expect(after).toEqual(before);
    },
  });
  return [
    ...(author
      ? [
          insertForging(`as someone else (${author})`, { [author]: anna }, (row) => expect(row[author]).toBe(grace)),
          updateForging(`to make someone else the author (${author})`, { [author]: anna }),
          updateForging(`to make oneself the author (${author})`, { [author]: grace }),
        ]
      : []),
    insertForging('dated 2001 (created_at)', { created_at: longAgo }, (row) => expect(recent(row.created_at), String(row.created_at)).toBe(true)),
    updateForging('to backdate it (created_at)', { created_at: longAgo }),
    ...(versioned
      ? [
          insertForging('at version 999', { version: 999 }, (row) => expect(row.version).toBe(1)),
          insertForging('as last changed in 2001 (updated_at)', { updated_at: longAgo }, (row) => expect(recent(row.updated_at), String(row.updated_at)).toBe(true)),
          updateForging('to version 999', { version: 999 }, 'PT409'),
        ]
      : []),
  ];
});

// Reports take only their narrative from members: every other column is refused outright.
const reportForgeries: Forgery[] = [
  { name: 'created_by', forged: { created_by: anna } },
  { name: 'created_at', forged: { created_at: longAgo } },
  { name: 'submitted_by', forged: { submitted_by: anna } },
  { name: 'status', forged: { status: 'approved' } },
].flatMap(({ name, forged }) => [
  {
    name: `reports: insert with ${name}`,
    run: async () => {
      const before = await rowsOf(stack, 'reports', 'partnership_id = $1', [A]);
      const { error } = await clients.anna.from('reports').insert({ partnership_id: A, year: 2026, ...forged });
      expect(error?.code).toBe('42501');
      expect(await rowsOf(stack, 'reports', 'partnership_id = $1', [A])).toEqual(before);
    },
  },
  {
    name: `reports: update ${name}`,
    run: async () => {
      const before = await stored('reports', rows.report);
      const { error } = await clients.anna.from('reports').update(forged).eq('id', rows.report);
      expect(error?.code).toBe('42501');
      expect(await stored('reports', rows.report)).toEqual(before);
    },
  },
]);

describe(`forged authorship: ${forgeries.length + reportForgeries.length} attempts`, () => {
  it.each([...forgeries, ...reportForgeries])('$name', async ({ run }) => run());

  it('an upsert carrying someone else as author stores the caller', async () => {
    const { data, error } = await clients.grace.from('results').upsert({ partnership_id: A, title: 'Upserted result', level: 'output', created_by: anna, created_at: longAgo }).select('id').single();
    expect(error).toBeNull();
    const row = await stored('results', data!.id);
    expect(row.created_by).toBe(grace);
    expect(recent(row.created_at)).toBe(true);
  });

  it('the save functions record the caller too', async () => {
    const { data, error } = await clients.grace.rpc('save_result', { result: { partnership_id: A, title: 'Saved result', level: 'output', created_by: anna, created_at: longAgo, version: 999 }, targets: [] });
    expect(error).toBeNull();
    const row = await stored('results', data.id);
    expect([row.created_by, row.version, recent(row.created_at)]).toEqual([grace, 1, true]);
  });

  it('without a signed-in user (the seed, the service role) explicit authors and dates are kept', async () => {
    const { data, error } = await stack.service().from('results').insert({ partnership_id: A, title: 'Imported result', level: 'output', created_by: anna, created_at: longAgo }).select('id').single();
    expect(error).toBeNull();
    const row = await stored('results', data!.id);
    expect([row.created_by, new Date(String(row.created_at)).toISOString()]).toEqual([anna, new Date(longAgo).toISOString()]);
    const seeded = await sql<{ count: number }>(stack, `select count(*)::int as count from public.reports where created_at < '2026-01-01' and created_by is not null`);
    expect(seeded[0].count).toBeGreaterThan(0);
  });
});

// Other people's comments ---------------------------------------------------------------------------------

describe("other people's comments", () => {
  const unchanged = async (attempt: () => PromiseLike<{ error: { code?: string } | null }>, code: string | null) => {
    const before = await stored('report_comments', rows.comment);
    const { error } = await attempt();
    expect(error?.code ?? null, JSON.stringify(error)).toBe(code);
    expect(await stored('report_comments', rows.comment)).toEqual(before);
  };

  it.each([
    { who: 'analyst' as const, what: 'rewrites the text', change: { body: 'Rewritten by the analyst.' } },
    { who: 'analyst' as const, what: 'rewrites the text and takes the authorship', change: { body: 'Rewritten by the analyst.', author_id: demoUsers.analyst.id } },
    { who: 'analyst' as const, what: 'moves the comment to another section', change: { section: 'summary' } },
    { who: 'admin' as const, what: 'rewrites the text', change: { body: 'Rewritten by the admin.' } },
  ])('staff: the $who $what: refused', async ({ who, change }) => {
    await unchanged(() => clients[who].from('report_comments').update(change).eq('id', rows.comment).select(), '42501');
  });

  it('staff: the analyst names herself the author: the author stays', async () => {
    await clients.analyst.from('report_comments').update({ author_id: demoUsers.analyst.id }).eq('id', rows.comment);
    const row = await stored('report_comments', rows.comment);
    expect([row.author_id, row.body]).toEqual([grace, 'Grace’s own words.']);
  });

  it('a co-member rewrites the text: no row is touched', async () => {
    const before = await stored('report_comments', rows.comment);
    const { data, error } = await clients.anna.from('report_comments').update({ body: 'Rewritten by Anna.' }).eq('id', rows.comment).select();
    expect([error, data]).toEqual([null, []]);
    expect(await stored('report_comments', rows.comment)).toEqual(before);
  });

  it('a co-member deletes it: no row is touched', async () => {
    const before = await stored('report_comments', rows.comment);
    const { data, error } = await clients.anna.from('report_comments').delete().eq('id', rows.comment).select();
    expect([error, data]).toEqual([null, []]);
    expect(await stored('report_comments', rows.comment)).toEqual(before);
  });

  it('staff comment in someone else’s name: the comment is theirs', async () => {
    const { data, error } = await clients.analyst.from('report_comments').insert({ report_id: rows.report, partnership_id: A, body: 'Signed as Grace?', author_id: grace }).select('id').single();
    expect(error).toBeNull();
    expect((await stored('report_comments', data!.id)).author_id).toBe(demoUsers.analyst.id);
  });

  it('a comment posted already resolved, backdated: it arrives open', async () => {
    const { data, error } = await clients.grace.from('report_comments').insert({ report_id: rows.report, partnership_id: A, body: 'Closed before anyone read it?', resolved_at: longAgo }).select('id').single();
    expect(error).toBeNull();
    expect((await stored('report_comments', data!.id)).resolved_at).toBeNull();
  });

  it('the analyst resolves it, backdated: resolved now, nothing else changes', async () => {
    const before = await stored('report_comments', rows.comment);
    const { error } = await clients.analyst.from('report_comments').update({ resolved_at: longAgo }).eq('id', rows.comment);
    expect(error).toBeNull();
    const after = await stored('report_comments', rows.comment);
    expect(recent(after.resolved_at)).toBe(true);
    expect({ ...after, resolved_at: null, version: 0, updated_at: null }).toEqual({ ...before, resolved_at: null, version: 0, updated_at: null });
  });

  it('the author edits her own words', async () => {
    const { data, error } = await clients.grace.from('report_comments').update({ body: 'Grace’s own words, edited.' }).eq('id', rows.comment).select('body');
    expect(error).toBeNull();
    expect(data).toEqual([{ body: 'Grace’s own words, edited.' }]);
  });
});

// Row-level security between partnerships -------------------------------------------------------------------

interface ContentTable {
  table: string;
  /** how to find partnership A's row aimed at */
  match: () => Json;
  insert: () => Json;
  update: Json;
}

const content: ContentTable[] = [
  { table: 'activities', match: () => ({ id: rows.activity }), insert: () => ({ partnership_id: A, title: 'Planted workshop', kind: 'workshop', starts_on: '2026-02-02', ends_on: '2026-02-02' }), update: { place: 'Växjö' } },
  { table: 'activity_targets', match: () => ({ activity_id: rows.activity, target_id: rows.activityTarget }), insert: () => ({ activity_id: rows.activity, partnership_id: A, target_id: '17.17', contribution: 'direct' }), update: { contribution: 'indirect' } },
  { table: 'results', match: () => ({ id: rows.result }), insert: () => ({ partnership_id: A, title: 'Planted result', level: 'output' }), update: { description: 'Overwritten.' } },
  { table: 'result_targets', match: () => ({ result_id: rows.result, target_id: rows.resultTarget }), insert: () => ({ result_id: rows.result, partnership_id: A, target_id: '17.17', contribution: 'direct' }), update: { contribution: 'indirect' } },
  { table: 'indicators', match: () => ({ id: rows.indicator }), insert: () => ({ result_id: rows.result, partnership_id: A, title: 'Planted indicator', measure: 'number' }), update: { unit: 'planted' } },
  { table: 'indicator_values', match: () => ({ id: rows.indicatorValue }), insert: () => ({ indicator_id: rows.indicator, partnership_id: A, year: 2027, target_value: 1 }), update: { actual_value: 1 } },
  { table: 'evidence', match: () => ({ id: rows.evidence }), insert: () => ({ partnership_id: A, object_path: `${A}/planted/x.pdf`, file_name: 'x.pdf', mime_type: 'application/pdf', size_bytes: 1, activity_id: rows.activity }), update: { file_name: 'planted.pdf' } },
  { table: 'reports', match: () => ({ id: rows.report }), insert: () => ({ partnership_id: A, year: 2027 }), update: { summary: 'Overwritten by another partnership.' } },
  { table: 'report_comments', match: () => ({ id: rows.comment }), insert: () => ({ report_id: rows.report, partnership_id: A, body: 'Planted comment.' }), update: { body: 'Overwritten.' } },
];

const partnershipRows = async (table: string) => rowsOf(stack, table, 'partnership_id = $1', [A]);

interface Crossing {
  name: string;
  table: string;
  run: (client: SupabaseClient) => PromiseLike<{ data: unknown; error: { code?: string } | null }>;
  /** refused with this SQLSTATE; without one, answered with no rows */
  code?: string;
}

const crossings: Crossing[] = [
  ...content.flatMap(({ table, match, insert, update }): Crossing[] => [
    { name: `${table}: read`, table, run: (c) => c.from(table).select('*').match(match()) },
    { name: `${table}: read all of the partnership`, table, run: (c) => c.from(table).select('*').eq('partnership_id', A) },
    { name: `${table}: insert`, table, run: (c) => c.from(table).insert(insert()).select(), code: '42501' },
    { name: `${table}: update`, table, run: (c) => c.from(table).update(update).match(match()).select() },
    { name: `${table}: delete`, table, run: (c) => c.from(table).delete().match(match()).select() },
  ]),
  ...['report_events', 'report_snapshots', 'history', 'memberships', 'invitations'].map((table): Crossing => ({ name: `${table}: read`, table, run: (c) => c.from(table).select('*').eq('partnership_id', A) })),
  { name: 'activities: move one’s own activity into the partnership', table: 'activities', run: (c) => c.from('activities').update({ partnership_id: A }).eq('id', rows.otherActivity).select(), code: '42501' },
  { name: 'indicator_values: a value of one’s own partnership for its indicator', table: 'indicator_values', run: (c) => c.from('indicator_values').insert({ indicator_id: rows.indicator, partnership_id: B, year: 2029 }).select(), code: '23503' },
  { name: 'evidence: one’s own evidence for its activity', table: 'evidence', run: (c) => c.from('evidence').insert({ partnership_id: B, object_path: `${B}/x.pdf`, file_name: 'x.pdf', mime_type: 'application/pdf', size_bytes: 1, activity_id: rows.activity }).select(), code: '23503' },
  { name: 'evidence: one’s own evidence row for a file in its folder', table: 'evidence', run: (c) => c.from('evidence').insert({ partnership_id: B, object_path: `${A}/rest/minutes.pdf`, file_name: 'x.pdf', mime_type: 'application/pdf', size_bytes: 1, activity_id: rows.otherActivity }).select(), code: '23514' },
  {
    name: 'activities: save_activity into the partnership',
    table: 'activities',
    run: (c) => c.rpc('save_activity', { activity: { partnership_id: A, title: 'Planted workshop', kind: 'workshop', starts_on: '2026-02-02', ends_on: '2026-02-02' }, targets: [] }),
    code: '42501',
  },
  {
    name: 'activities: save_activity over its activity',
    table: 'activities',
    run: async (c) => {
      const [{ version }] = await sql<{ version: number }>(stack, 'select version from public.activities where id = $1', [rows.activity]);
      return c.rpc('save_activity', { activity: { id: rows.activity, partnership_id: A, title: 'Overwritten workshop', kind: 'workshop', starts_on: '2025-02-02', ends_on: '2025-02-02', version }, targets: [] });
    },
    code: 'PT404',
  },
  {
    name: 'indicator_values: save_indicator_values for its indicator',
    table: 'indicator_values',
    run: (c) => c.rpc('save_indicator_values', { indicator_id: rows.indicator, entries: [{ year: 2028, target_value: 5 }] }),
    code: 'PT404',
  },
];

describe(`between partnerships: ${crossings.length} attempts by another partnership's coordinator`, () => {
  it.each(crossings)('$name', async ({ table, run, code }) => {
    const before = await partnershipRows(table);
    const { data, error } = await run(clients.erik);
    if (code) expect(error?.code, JSON.stringify(error)).toBe(code);
    else expect([error, data]).toEqual([null, []]);
    expect(await partnershipRows(table)).toEqual(before);
  });
});

// The other way round: a contributor of A against partnership B's rows, found as the superuser.
const ofB = (table: string, where = 'true') => idOf(stack, `select id from public.${table} where partnership_id = $1 and ${where} order by id limit 1`, [B]);
const towardsB: { table: string; find: () => Promise<string>; insert: () => Promise<Json>; update: Json }[] = [
  { table: 'activities', find: () => ofB('activities', 'year = 2025'), insert: async () => ({ partnership_id: B, title: 'Planted workshop', kind: 'workshop', starts_on: '2026-02-02', ends_on: '2026-02-02' }), update: { place: 'Machakos' } },
  { table: 'results', find: () => ofB('results'), insert: async () => ({ partnership_id: B, title: 'Planted result', level: 'output' }), update: { description: 'Overwritten.' } },
  { table: 'indicators', find: () => ofB('indicators'), insert: async () => ({ result_id: await ofB('results'), partnership_id: B, title: 'Planted indicator', measure: 'number' }), update: { unit: 'planted' } },
  { table: 'indicator_values', find: () => ofB('indicator_values', 'year = 2025'), insert: async () => ({ indicator_id: await ofB('indicators'), partnership_id: B, year: 2029, target_value: 1 }), update: { comment: 'Overwritten.' } },
  { table: 'reports', find: () => ofB('reports', 'year = 2025'), insert: async () => ({ partnership_id: B, year: 2027 }), update: { summary: 'Overwritten by another partnership.' } },
  { table: 'report_comments', find: () => ofB('report_comments'), insert: async () => ({ report_id: await ofB('reports', 'year = 2025'), partnership_id: B, body: 'Planted comment.' }), update: { body: 'Overwritten.' } },
];

describe(`between partnerships: ${towardsB.length * 4} attempts by a contributor of the other partnership`, () => {
  const rowsOfB = (table: string) => rowsOf(stack, table, 'partnership_id = $1', [B]);
  it.each(
    towardsB.flatMap((spec) => [
      { ...spec, operation: 'read', run: async (c: SupabaseClient) => c.from(spec.table).select('*').eq('id', await spec.find()), code: undefined },
      { ...spec, operation: 'insert', run: async (c: SupabaseClient) => c.from(spec.table).insert(await spec.insert()).select(), code: '42501' },
      { ...spec, operation: 'update', run: async (c: SupabaseClient) => c.from(spec.table).update(spec.update).eq('id', await spec.find()).select(), code: undefined },
      { ...spec, operation: 'delete', run: async (c: SupabaseClient) => c.from(spec.table).delete().eq('id', await spec.find()).select(), code: undefined },
    ]),
  )('$table: $operation', async ({ table, run, code }) => {
    const before = await rowsOfB(table);
    const { data, error } = await run(clients.grace);
    if (code) expect(error?.code, JSON.stringify(error)).toBe(code);
    else expect([error, data]).toEqual([null, []]);
    expect(await rowsOfB(table)).toEqual(before);
  });
});
