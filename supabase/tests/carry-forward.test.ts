/**
 * A year starts from the last one: starting a report with or without carry-forward, what is
 * proposed, what each decision does (continued activities with their targets and linked evidence,
 * closed ones left as they were, kept indicators' targets, dropped indicators' completeness,
 * follow-up points), undecided items stopping submission, and who may decide — through supabase-js
 * as the demo users.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPartnerships, demoUsers, startDemoStack, type DemoStack } from './support/demo-stack.ts';
import { makeSubmittable } from './support/submittable-report.ts';

const R = demoPartnerships.robertsforsMachakos;

let stack: DemoStack;
let anna: SupabaseClient;
let grace: SupabaseClient;
let erik: SupabaseClient;
let lina: SupabaseClient;
let analyst: SupabaseClient;
let service: SupabaseClient;
let source2025: string;
let openPoint: string;
let youthCouncil: string;
let evidenceId: string;
let report2026: { id: string; year: number };

interface CarriedItem {
  id: string;
  kind: 'activity' | 'indicator' | 'follow_up';
  title: string;
  source_year: number;
  activity_id: string | null;
  result_id: string | null;
  indicator_id: string | null;
  comment_id: string | null;
  decision: string | null;
  decided_by_name: string | null;
  continued_as_id: string | null;
}

async function data<T>(query: PromiseLike<{ data: unknown; error: unknown }>): Promise<T> {
  const { data: rows, error } = await query;
  if (error) throw new Error(JSON.stringify(error));
  return rows as T;
}

async function items(client = anna) {
  return data<CarriedItem[]>(client.rpc('carried_items', { report_id: report2026.id }));
}

async function item(title: string) {
  return (await items()).find((entry) => entry.title.startsWith(title))!;
}

async function problems(reportId = report2026.id) {
  return (await data<{ problems: { kind: string; item_id?: string; item_kind?: string; title?: string; indicator_id?: string }[] }>(anna.rpc('report_completeness', { report_id: reportId }))).problems;
}

const decide = (client: SupabaseClient, itemId: string, decision: string) => client.rpc('decide_carried_item', { item_id: itemId, decision });

beforeAll(async () => {
  stack = await startDemoStack();
  [anna, grace, erik, lina, analyst] = await Promise.all((['anna', 'grace', 'erik', 'lina', 'analyst'] as const).map((user) => stack.signIn(user)));
  service = stack.service();
  source2025 = (await data<{ id: string }>(service.from('reports').select('id').eq('partnership_id', R).eq('year', 2025).single())).id;
  youthCouncil = (await data<{ id: string }>(service.from('activities').select('id').eq('partnership_id', R).eq('title', 'Youth council on gender equality').single())).id;
  // Running into 2026, although at the last localisation stage.
  const { error } = await anna.rpc('save_activity', {
    activity: { partnership_id: R, title: 'Mentoring of young women leaders', kind: 'training', starts_on: '2025-11-03', ends_on: '2026-02-27', localisation_stage: 'implement_follow_up' },
    targets: [{ target_id: '5.5', contribution: 'direct' }],
  });
  expect(error).toBeNull();
  evidenceId = (
    await data<{ id: string }>(
      service.from('evidence').insert({ partnership_id: R, object_path: `${R}/youth-council/minutes.pdf`, file_name: 'Minutes.pdf', mime_type: 'application/pdf', size_bytes: 1200, activity_id: youthCouncil }).select('id').single(),
    )
  ).id;
  // Reviewers' comments on the 2025 report: one open, one resolved, one answered.
  const comment = (body: string) =>
    data<{ id: string }>(analyst.from('report_comments').insert({ report_id: source2025, partnership_id: R, author_id: demoUsers.analyst.id, body }).select('id').single());
  openPoint = (await comment('Next year, please count the youth council participants by age group.')).id;
  const resolved = await comment('The summary is clear now.');
  await data(analyst.from('report_comments').update({ resolved_at: new Date().toISOString() }).eq('id', resolved.id));
  const answered = await comment('Where did the conference take place?');
  await data(anna.from('report_comments').insert({ report_id: source2025, partnership_id: R, author_id: demoUsers.anna.id, body: 'In Nairobi.', reply_to_id: answered.id }));
}, 120_000);
afterAll(() => stack?.stop());

describe('starting a report', () => {
  it('starts an empty report without carry-forward, as before', async () => {
    const { data: report, error } = await lina.rpc('start_report', { partnership_id: demoPartnerships.aleGhanzi, year: 2025, carry_forward: false });
    expect(error).toBeNull();
    expect(report).toMatchObject({ year: 2025, status: 'draft' });
    expect(await data(lina.rpc('carried_items', { report_id: report.id }))).toEqual([]);
    expect((await data<{ problems: { kind: string }[] }>(lina.rpc('report_completeness', { report_id: report.id }))).problems.map((p) => p.kind)).not.toContain('carried_item_undecided');
  });

  it('refuses carry-forward where there is no earlier report, and starts nothing', async () => {
    const { error } = await erik.rpc('start_report', { partnership_id: demoPartnerships.vaxjoJbMarks, year: 2020, carry_forward: true });
    expect(error?.message).toBe('nothing_to_carry_forward');
    expect(await data(service.from('reports').select('id').eq('partnership_id', demoPartnerships.vaxjoJbMarks).eq('year', 2020))).toEqual([]);
  });

  it('lets only members start their partnership’s report', async () => {
    for (const [client, status] of [[erik, 403], [analyst, 403], [stack.anon(), 401]] as const) {
      const refused = await client.rpc('start_report', { partnership_id: R, year: 2026, carry_forward: true });
      expect(refused.status).toBe(status);
    }
    expect(await data(service.from('reports').select('id').eq('partnership_id', R).eq('year', 2026))).toEqual([]);
  });

  it('proposes ongoing activities, every indicator and the open follow-up points of the newest earlier report', async () => {
    const { data: report, error } = await anna.rpc('start_report', { partnership_id: R, year: 2026, carry_forward: true });
    expect(error).toBeNull();
    report2026 = report;
    const proposed = await items();
    expect(proposed.every((entry) => entry.decision === null && entry.source_year === 2025)).toBe(true);
    expect(proposed.filter((entry) => entry.kind === 'activity').map((entry) => entry.title)).toEqual(['Youth council on gender equality', 'Mentoring of young women leaders']);
    expect(proposed.filter((entry) => entry.kind === 'indicator').map((entry) => entry.title).sort()).toEqual([
      'County departments with a gender-responsive budget',
      'Share of women among members of county committees',
      'Women and men trained in leadership',
    ]);
    expect(proposed.filter((entry) => entry.kind === 'follow_up')).toEqual([
      expect.objectContaining({ comment_id: openPoint, title: 'Next year, please count the youth council participants by age group.' }),
    ]);
    expect(await data(grace.rpc('carried_items', { report_id: report2026.id }))).toEqual(proposed);
    expect(await data(analyst.rpc('carried_items', { report_id: report2026.id }))).toEqual(proposed);
    expect(await data(erik.rpc('carried_items', { report_id: report2026.id }))).toEqual([]);
  });

  it('refuses a second report of the same year', async () => {
    const again = await grace.rpc('start_report', { partnership_id: R, year: 2026, carry_forward: false });
    expect(again.error?.code).toBe('23505');
  });

  it('lists every undecided item in the completeness check', async () => {
    const undecided = (await problems()).filter((problem) => problem.kind === 'carried_item_undecided');
    expect(undecided).toHaveLength(6);
    expect(undecided).toContainEqual({ kind: 'carried_item_undecided', item_id: (await item('Youth council')).id, item_kind: 'activity', title: 'Youth council on gender equality' });
  });
});

describe('deciding', () => {
  it('continues an activity into the new year with its targets, and links its evidence', async () => {
    const evidenceBefore = await data<unknown[]>(service.from('evidence').select('id').eq('partnership_id', R));
    const { data: decided, error } = await decide(grace, (await item('Youth council')).id, 'continued');
    expect(error).toBeNull();
    expect(decided).toMatchObject({ decision: 'continued', decided_by: demoUsers.grace.id, continued_as_id: expect.any(String) });
    const [before, after] = await Promise.all(
      [youthCouncil, decided.continued_as_id].map((id) => data<Record<string, unknown>>(anna.from('activities').select('title, description, kind, place, year, starts_on, ends_on, localisation_stage, participants_women, activity_targets(target_id, contribution)').eq('id', id).single())),
    );
    expect(after).toMatchObject({ title: before.title, description: before.description, kind: before.kind, place: before.place, localisation_stage: before.localisation_stage });
    expect(after).toMatchObject({ year: 2026, starts_on: '2026-01-01', ends_on: '2026-12-31', participants_women: 0 });
    expect(after.activity_targets).toEqual(expect.arrayContaining(before.activity_targets as unknown[]));
    expect(await data(grace.from('activity_evidence_links').select('evidence_id').eq('activity_id', decided.continued_as_id))).toEqual([{ evidence_id: evidenceId }]);
    expect(await data(service.from('evidence').select('id').eq('partnership_id', R))).toHaveLength(evidenceBefore.length);
  });

  it('keeps a continued activity’s end date where it lies in the new year', async () => {
    const { data: decided } = await decide(anna, (await item('Mentoring')).id, 'continued');
    const continued = await data<{ starts_on: string; ends_on: string }>(anna.from('activities').select('starts_on, ends_on').eq('id', decided.continued_as_id).single());
    expect(continued).toEqual({ starts_on: '2026-01-01', ends_on: '2026-02-27' });
  });

  it('makes decisions final: the same one again changes nothing, another is refused', async () => {
    const youth = await item('Youth council');
    const same = await decide(anna, youth.id, 'continued');
    expect(same.error).toBeNull();
    expect(same.data.continued_as_id).toBe(youth.continued_as_id);
    expect(await data(anna.from('activities').select('id').eq('partnership_id', R).eq('title', 'Youth council on gender equality'))).toHaveLength(2);
    const other = await decide(anna, youth.id, 'closed');
    expect(other.error).toMatchObject({ code: 'PT409', message: 'carried_item_decided' });
  });

  it('refuses a decision that does not fit the kind', async () => {
    const refused = await decide(anna, (await item('Share of women')).id, 'continued');
    expect(refused.error).toMatchObject({ code: '22023', message: 'decision_not_for_kind' });
  });

  it('gives a kept indicator the earlier year’s targets for the new year, editable afterwards', async () => {
    for (const title of ['Share of women', 'Women and men trained']) {
      expect((await decide(grace, (await item(title)).id, 'kept')).error).toBeNull();
    }
    const share = await item('Share of women');
    expect(await data(anna.from('indicator_values').select('sex, target_value, actual_value').eq('indicator_id', share.indicator_id!).eq('year', 2026))).toEqual([
      { sex: 'total', target_value: 33, actual_value: null },
    ]);
    const trained = await item('Women and men trained');
    const values = await data<{ sex: string; target_value: number }[]>(anna.from('indicator_values').select('sex, target_value').eq('indicator_id', trained.indicator_id!).eq('year', 2026));
    expect(Object.fromEntries(values.map((value) => [value.sex, value.target_value]))).toEqual({ total: 40, women: 24, men: 16 });
    const edited = await anna.rpc('save_indicator_values', { indicator_id: share.indicator_id, entries: [{ year: 2026, sex: 'total', target_value: 36, actual_value: null, comment: '', version: 1 }] });
    expect(edited.error).toBeNull();
    // Kept is measured: the year still needs its value.
    expect((await problems()).filter((problem) => problem.kind === 'indicator_without_value').map((problem) => problem.indicator_id)).toContain(share.indicator_id);
  });

  it('asks no value of a dropped indicator', async () => {
    const departments = await item('County departments');
    expect((await problems()).map((problem) => problem.indicator_id)).toContain(departments.indicator_id);
    expect((await decide(anna, departments.id, 'dropped')).error).toBeNull();
    expect((await problems()).map((problem) => problem.indicator_id)).not.toContain(departments.indicator_id);
    expect(await data(anna.from('indicator_values').select('id').eq('indicator_id', departments.indicator_id!).eq('year', 2026))).toEqual([]);
  });

  it('refuses decisions by staff, other partnerships and anonymous callers, and direct writes', async () => {
    const point = await item('Next year');
    for (const client of [analyst, erik, lina]) {
      expect((await decide(client, point.id, 'kept')).error).toMatchObject({ code: 'PT404', message: 'carried_item_not_found' });
    }
    expect((await decide(stack.anon(), point.id, 'kept')).status).toBe(401);
    expect((await anna.from('report_carried_items').update({ decision: 'kept' }).eq('id', point.id)).error?.code).toBe('42501');
    expect((await anna.from('report_carried_items').insert({ report_id: report2026.id, partnership_id: R, source_report_id: source2025, kind: 'follow_up', comment_id: openPoint })).error?.code).toBe('42501');
    expect((await anna.from('activity_evidence_links').delete().eq('evidence_id', evidenceId)).error?.code).toBe('42501');
    expect((await item('Next year')).decision).toBeNull();
  });
});

describe('submitting', () => {
  it('refuses while an item is undecided, and goes through once it is decided', async () => {
    const point = await item('Next year');
    await makeSubmittable(report2026.id, { swedish: anna, partner: grace }, 'Written in 2026.', { undecided: [point.id] });
    const refused = await anna.rpc('submit_report', { report_id: report2026.id });
    expect(refused.error?.message).toBe('report_incomplete');
    expect(JSON.parse(refused.error!.details)).toEqual([{ kind: 'carried_item_undecided', item_id: point.id, item_kind: 'follow_up', title: point.title }]);
    const { data: kept } = await decide(grace, point.id, 'kept');
    expect(kept).toMatchObject({ decision: 'kept', comment_id: openPoint });
    expect((await item('Next year')).decided_by_name).toBe('Grace Mwende');
    expect((await anna.rpc('submit_report', { report_id: report2026.id })).error).toBeNull();
  });

  it('refuses decisions on a submitted report', async () => {
    const point = await item('Next year');
    expect((await decide(anna, point.id, 'kept')).error).toMatchObject({ code: 'PT423', message: 'year_frozen' });
  });

  it('leaves a closed activity as it was, with its end recorded', async () => {
    const { data: report2027, error } = await anna.rpc('start_report', { partnership_id: R, year: 2027, carry_forward: true });
    expect(error).toBeNull();
    const proposed = await data<CarriedItem[]>(anna.rpc('carried_items', { report_id: report2027.id }));
    // The continued youth council runs through 2026 at its first stage; the mentoring ended in February at the last.
    const activities = proposed.filter((entry) => entry.kind === 'activity');
    expect(activities.map((entry) => [entry.title, entry.source_year])).toEqual([['Youth council on gender equality', 2026]]);
    const before = await data(anna.from('activities').select('*').eq('id', activities[0].activity_id!).single());
    expect((await decide(anna, activities[0].id, 'closed')).data).toMatchObject({ decision: 'closed', decided_by: demoUsers.anna.id, continued_as_id: null });
    expect(await data(anna.from('activities').select('*').eq('id', activities[0].activity_id!).single())).toEqual(before);
    expect(await data(anna.from('activities').select('id').eq('partnership_id', R).eq('year', 2027))).toEqual([]);
  });
});
