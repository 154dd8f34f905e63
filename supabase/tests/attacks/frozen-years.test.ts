/**
 * The frozen-year door: once a year's report is submitted or approved, its members change
 * nothing of that year through the REST API (PostgREST requests as supabase-js sends them, and
 * the save_* functions): no edit, no delete, no insert, and no moving a row out of the year or
 * into it, for every table tied to a report year. Results and indicators span the years and stay
 * editable, but nothing removes a frozen year's values with them. Each attempt asserts the refusal
 * and that the partnership's year-bound rows are exactly as before.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoStack, type DemoStack } from '../support/demo-stack.ts';
import { A, B, makeFixtures, rowsOf, sql, type Fixtures } from './support/fixtures.ts';

let stack: DemoStack;
let fixtures: Fixtures;
const members: Record<'grace' | 'anna', SupabaseClient> = {} as never;

beforeAll(async () => {
  stack = await startDemoStack();
  fixtures = await makeFixtures(stack);
  members.grace = await stack.signIn('grace');
  members.anna = await stack.signIn('anna');
}, 120_000);
afterAll(() => stack?.stop());

/** Everything of partnership A that belongs to a year (and the results and indicators its values hang on), as stored. */
async function yearBoundRows() {
  const tables = ['activities', 'activity_targets', 'results', 'indicators', 'indicator_values', 'evidence', 'reports', 'report_snapshots'];
  return Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await rowsOf(stack, table, 'partnership_id = $1', [A])])));
}

async function versionOf(table: string, id: string) {
  const [{ version }] = await sql<{ version: number }>(stack, `select version from public.${table} where id = $1`, [id]);
  return version;
}

async function resultOfValue(valueId: string) {
  const [{ result_id }] = await sql<{ result_id: string }>(stack, 'select i.result_id from public.indicator_values v join public.indicators i on i.id = v.indicator_id where v.id = $1', [valueId]);
  return result_id;
}

type Response = { error: { code?: string; message?: string } | null; data?: unknown };
interface Attack {
  name: string;
  attempt: (client: SupabaseClient, f: Fixtures) => PromiseLike<Response>;
  /** The SQLSTATE of the refusal; the freeze's own unless something refuses earlier. */
  code?: string;
}

const pdfRow = (path: string) => ({ partnership_id: A, object_path: `${A}/${path}`, file_name: 'late.pdf', mime_type: 'application/pdf', size_bytes: 10 });

const attacks: Attack[] = [
  // activities
  { name: 'activities: edit a frozen activity', attempt: (c, f) => c.from('activities').update({ place: 'Nairobi' }).eq('id', f.frozenActivity).select() },
  { name: 'activities: move a frozen activity out of its year', attempt: (c, f) => c.from('activities').update({ starts_on: '2025-05-02', ends_on: '2025-05-02' }).eq('id', f.frozenActivity).select() },
  { name: 'activities: move an open activity into the frozen year', attempt: (c, f) => c.from('activities').update({ starts_on: '2024-05-02', ends_on: '2024-05-02' }).eq('id', f.openActivity).select() },
  { name: 'activities: delete a frozen activity', attempt: (c, f) => c.from('activities').delete().eq('id', f.frozenActivity).select() },
  {
    name: 'activities: add an activity to the frozen year',
    attempt: (c) => c.from('activities').insert({ partnership_id: A, title: 'Late workshop', kind: 'workshop', starts_on: '2024-10-01', ends_on: '2024-10-01' }).select(),
  },
  {
    name: 'activities: upsert over a frozen activity',
    attempt: (c, f) =>
      c.from('activities').upsert({ id: f.frozenActivity, partnership_id: A, title: 'Rewritten afterwards', kind: 'workshop', starts_on: '2024-03-01', ends_on: '2024-03-01' }).select(),
  },
  {
    name: 'activities: save_activity on a frozen activity',
    attempt: async (c, f) =>
      c.rpc('save_activity', {
        activity: { id: f.frozenActivity, partnership_id: A, title: 'Rewritten afterwards', kind: 'workshop', starts_on: '2024-03-01', ends_on: '2024-03-01', version: await versionOf('activities', f.frozenActivity) },
        targets: [{ target_id: f.frozenTarget, contribution: 'direct' }],
      }),
  },
  { name: 'activities: hand a frozen activity to another partnership', attempt: (c, f) => c.from('activities').update({ partnership_id: B }).eq('id', f.frozenActivity).select() },
  // results and indicators span the years; removing one removes its frozen values with it
  {
    name: 'results: delete a result with values in the frozen year',
    attempt: async (c, f) => c.from('results').delete().eq('id', await resultOfValue(f.frozenValue)).select(),
  },
  {
    name: 'indicators: delete an indicator with values in the frozen year',
    attempt: async (c, f) => c.from('indicators').delete().eq('id', (await sql<{ indicator_id: string }>(stack, 'select indicator_id from public.indicator_values where id = $1', [f.frozenValue]))[0].indicator_id).select(),
  },
  // activity_targets
  { name: 'activity_targets: change how a frozen activity contributes', attempt: (c, f) => c.from('activity_targets').update({ contribution: 'indirect' }).eq('activity_id', f.frozenActivity).eq('target_id', f.frozenTarget).select() },
  { name: 'activity_targets: unlink a frozen activity from its target', attempt: (c, f) => c.from('activity_targets').delete().eq('activity_id', f.frozenActivity).eq('target_id', f.frozenTarget).select() },
  { name: 'activity_targets: link a frozen activity to another target', attempt: (c, f) => c.from('activity_targets').insert({ activity_id: f.frozenActivity, partnership_id: A, target_id: '17.17', contribution: 'direct' }).select() },
  { name: 'activity_targets: move a frozen link to an open activity', attempt: (c, f) => c.from('activity_targets').update({ activity_id: f.openActivity }).eq('activity_id', f.frozenActivity).eq('target_id', f.frozenTarget).select() },
  { name: 'activity_targets: move an open link to a frozen activity', attempt: (c, f) => c.from('activity_targets').update({ activity_id: f.frozenActivity }).eq('activity_id', f.openActivity).select() },
  // indicator_values
  { name: 'indicator_values: change a frozen value', attempt: (c, f) => c.from('indicator_values').update({ actual_value: 99 }).eq('id', f.frozenValue).select() },
  { name: 'indicator_values: move a frozen value out of its year', attempt: (c, f) => c.from('indicator_values').update({ year: 2027 }).eq('id', f.frozenValue).select() },
  { name: 'indicator_values: move an open value into the frozen year', attempt: (c, f) => c.from('indicator_values').update({ year: 2024, sex: 'other' }).eq('id', f.openValue).select() },
  { name: 'indicator_values: delete a frozen value', attempt: (c, f) => c.from('indicator_values').delete().eq('id', f.frozenValue).select() },
  {
    name: 'indicator_values: add a value to the frozen year',
    attempt: async (c, f) => {
      const [{ indicator_id }] = await sql<{ indicator_id: string }>(stack, 'select indicator_id from public.indicator_values where id = $1', [f.frozenValue]);
      return c.from('indicator_values').insert({ indicator_id, partnership_id: A, year: 2024, sex: 'other', actual_value: 3 }).select();
    },
  },
  {
    name: 'indicator_values: save_indicator_values for the frozen year',
    attempt: async (c, f) => {
      const [value] = await sql<{ indicator_id: string; sex: string; version: number }>(stack, 'select indicator_id, sex, version from public.indicator_values where id = $1', [f.frozenValue]);
      return c.rpc('save_indicator_values', { indicator_id: value.indicator_id, entries: [{ year: 2024, sex: value.sex, actual_value: 99, target_value: 1, comment: 'later', version: value.version }] });
    },
  },
  // evidence
  { name: 'evidence: rename a frozen file', attempt: (c, f) => c.from('evidence').update({ file_name: 'renamed.pdf' }).eq('id', f.evidence.frozenActivity.id).select() },
  { name: 'evidence: point frozen evidence at another file', attempt: (c, f) => c.from('evidence').update({ object_path: `${A}/elsewhere/other.pdf` }).eq('id', f.evidence.frozenActivity.id).select() },
  { name: 'evidence: move frozen evidence to an open activity', attempt: (c, f) => c.from('evidence').update({ activity_id: f.openActivity }).eq('id', f.evidence.frozenActivity.id).select() },
  { name: 'evidence: move frozen evidence of a value to an open value', attempt: (c, f) => c.from('evidence').update({ indicator_value_id: f.openValue }).eq('id', f.evidence.frozenValue.id).select() },
  { name: 'evidence: move frozen evidence of a report to the open report', attempt: (c, f) => c.from('evidence').update({ report_id: f.openReport }).eq('id', f.evidence.frozenReport.id).select() },
  { name: 'evidence: move open evidence to a frozen activity', attempt: (c, f) => c.from('evidence').update({ activity_id: f.frozenActivity }).eq('id', f.evidence.openActivity.id).select() },
  { name: 'evidence: relink open evidence to a frozen value', attempt: (c, f) => c.from('evidence').update({ activity_id: null, indicator_value_id: f.frozenValue }).eq('id', f.evidence.openActivity.id).select() },
  { name: 'evidence: relink open evidence to the frozen report', attempt: (c, f) => c.from('evidence').update({ activity_id: null, report_id: f.frozenReport }).eq('id', f.evidence.openActivity.id).select() },
  { name: 'evidence: delete frozen evidence', attempt: (c, f) => c.from('evidence').delete().eq('id', f.evidence.frozenActivity.id).select() },
  { name: 'evidence: delete frozen evidence whose file is missing', attempt: (c, f) => c.from('evidence').delete().eq('id', f.evidence.frozenMissingFile.id).select() },
  { name: 'evidence: attach evidence to a frozen activity', attempt: (c, f) => c.from('evidence').insert({ ...pdfRow('late/a.pdf'), activity_id: f.frozenActivity }).select() },
  { name: 'evidence: attach evidence to a frozen value', attempt: (c, f) => c.from('evidence').insert({ ...pdfRow('late/v.pdf'), indicator_value_id: f.frozenValue }).select() },
  { name: 'evidence: attach evidence to the frozen report', attempt: (c, f) => c.from('evidence').insert({ ...pdfRow('late/r.pdf'), report_id: f.frozenReport }).select() },
  // reports
  { name: 'reports: rewrite the frozen report', attempt: (c, f) => c.from('reports').update({ summary: 'Rewritten after approval.' }).eq('id', f.frozenReport).select() },
  { name: 'reports: delete the frozen report', attempt: (c, f) => c.from('reports').delete().eq('id', f.frozenReport).select(), code: 'P0001' },
  { name: 'reports: move the frozen report to another year', attempt: (c, f) => c.from('reports').update({ year: 2030 }).eq('id', f.frozenReport).select(), code: '42501' },
];

describe(`frozen years: ${attacks.length} attempts × 2 members`, () => {
  it.each(attacks.flatMap((attack) => (['grace', 'anna'] as const).map((member) => ({ ...attack, member }))))('$member: $name', async ({ member, attempt, code }) => {
    const before = await yearBoundRows();
    const { error } = await attempt(members[member], fixtures);
    expect(error?.code, JSON.stringify(error)).toBe(code ?? 'PT423');
    expect(await yearBoundRows()).toEqual(before);
  });
});

describe('the open year stays open (the same writes, rolled back)', () => {
  const allowed: Attack[] = [
    { name: 'edit an open activity', attempt: (c, f) => c.from('activities').update({ place: 'Machakos' }).eq('id', f.openActivity).select().rollback() },
    { name: 'change an open value', attempt: (c, f) => c.from('indicator_values').update({ comment: 'Counted twice.' }).eq('id', f.openValue).select().rollback() },
    { name: 'rename open evidence', attempt: (c, f) => c.from('evidence').update({ file_name: 'agenda-final.pdf' }).eq('id', f.evidence.openActivity.id).select().rollback() },
    { name: 'relink open evidence to an open value', attempt: (c, f) => c.from('evidence').update({ activity_id: null, indicator_value_id: f.openValue }).eq('id', f.evidence.openActivity.id).select().rollback() },
    { name: 'delete open evidence', attempt: (c, f) => c.from('evidence').delete().eq('id', f.evidence.openActivity.id).select().rollback() },
  ];
  it.each(allowed.map((attack) => ({ ...attack, member: 'grace' as const })))('$member: $name', async ({ member, attempt }) => {
    const { data, error } = await attempt(members[member], fixtures);
    expect(error).toBeNull();
    expect(data).toHaveLength(1);
  });
});
