/**
 * The report state machine, freezing of a submitted year, optimistic concurrency, and the
 * database's refusals of bad values, through supabase-js as the demo users.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPartnerships, startDemoStack, type DemoStack } from './support/demo-stack.ts';
import { makeSubmittable } from './support/submittable-report.ts';

const A = demoPartnerships.robertsforsMachakos;
const B = demoPartnerships.vaxjoJbMarks;

let stack: DemoStack;
let anna: SupabaseClient;
let grace: SupabaseClient;
let erik: SupabaseClient;
let analyst: SupabaseClient;
let admin: SupabaseClient;

beforeAll(async () => {
  stack = await startDemoStack();
  [anna, grace, erik, analyst, admin] = await Promise.all(['anna', 'grace', 'erik', 'analyst', 'admin'].map((user) => stack.signIn(user as never)));
}, 120_000);
afterAll(() => stack?.stop());

async function reportOf(partnership: string, year: number) {
  const { data, error } = await stack.service().from('reports').select('*').eq('partnership_id', partnership).eq('year', year).single();
  if (error) throw new Error(error.message);
  return data as { id: string; status: string; version: number };
}

/** Makes A's 2025 report complete, as Anna and Grace would. */
async function completeReport(reportId: string) {
  await makeSubmittable(reportId, { swedish: anna, partner: grace }, 'Scale the youth councils to all wards.');
}

describe('completeness', () => {
  it('lists what stops the 2025 draft from being submitted', async () => {
    const report = await reportOf(A, 2025);
    const { data, error } = await grace.rpc('report_completeness', { report_id: report.id });
    expect(error).toBeNull();
    expect(data.complete).toBe(false);
    expect(data.problems).toEqual(
      expect.arrayContaining([
        { kind: 'section_empty', section: 'next_year_plan' },
        expect.objectContaining({ kind: 'indicator_without_value', title: 'County departments with a gender-responsive budget' }),
      ]),
    );
  });

  it('refuses to submit an incomplete report, with the problems in the details', async () => {
    const report = await reportOf(A, 2025);
    const { error, status } = await anna.rpc('submit_report', { report_id: report.id });
    expect(status).toBe(400);
    expect(error?.message).toBe('report_incomplete');
    expect(JSON.parse(error!.details)).toContainEqual({ kind: 'section_empty', section: 'next_year_plan' });
  });
});

describe('transitions', () => {
  let reportId: string;
  beforeAll(async () => {
    reportId = (await reportOf(A, 2025)).id;
    await completeReport(reportId);
  });

  it('lets only a coordinator of the partnership submit', async () => {
    const byContributor = await grace.rpc('submit_report', { report_id: reportId });
    expect(byContributor.status).toBe(403);
    expect(byContributor.error?.message).toBe('not_coordinator');
    const byOtherCoordinator = await erik.rpc('submit_report', { report_id: reportId });
    expect(byOtherCoordinator.error?.message).toBe('report_not_found');
    const byAnalyst = await analyst.rpc('submit_report', { report_id: reportId });
    expect(byAnalyst.error?.message).toBe('report_not_found');
    const byAnon = await stack.anon().rpc('submit_report', { report_id: reportId });
    expect(byAnon.status).toBe(401);
    const { data, error } = await anna.rpc('submit_report', { report_id: reportId });
    expect(error).toBeNull();
    expect(data).toMatchObject({ id: reportId, status: 'submitted' });
  });

  it('freezes the submitted year for members: report, activities, values and evidence', async () => {
    const report = await reportOf(A, 2025);
    const narrative = await grace.from('reports').update({ summary: 'Changed after submitting', version: report.version }).eq('id', reportId);
    expect(narrative.status).toBe(423);
    expect(narrative.error).toMatchObject({ code: 'PT423', message: 'year_frozen' });
    const activity = await grace.from('activities').update({ place: 'Elsewhere' }).eq('partnership_id', A).eq('year', 2025);
    expect(activity.error?.code).toBe('PT423');
    const added = await grace.from('activities').insert({ partnership_id: A, title: 'Late activity', kind: 'other', starts_on: '2025-12-01', ends_on: '2025-12-01' });
    expect(added.error?.code).toBe('PT423');
    const value = await grace.from('indicator_values').update({ comment: 'late' }).eq('partnership_id', A).eq('year', 2025);
    expect(value.error?.code).toBe('PT423');
    const otherYear = await grace.from('activities').insert({ partnership_id: A, title: 'Planning for 2026', kind: 'other', starts_on: '2026-01-15', ends_on: '2026-01-15' });
    expect(otherYear.error).toBeNull();
  });

  it('refuses transitions from the wrong state or by the wrong role', async () => {
    expect((await anna.rpc('submit_report', { report_id: reportId })).error?.message).toBe('report_wrong_state');
    expect((await anna.rpc('approve_report', { report_id: reportId })).error?.message).toBe('not_staff');
    expect((await anna.rpc('return_report', { report_id: reportId, comment: 'x' })).error?.message).toBe('not_staff');
    expect((await analyst.rpc('return_report', { report_id: reportId, comment: '  ' })).error?.message).toBe('comment_required');
    expect((await analyst.rpc('reopen_report', { report_id: reportId, reason: 'x' })).error?.message).toBe('not_admin');
    expect((await admin.rpc('reopen_report', { report_id: reportId, reason: 'x' })).error?.message).toBe('report_wrong_state');
  });

  it('lets staff return a submitted report with a comment the partnership sees, which unfreezes the year', async () => {
    const { data, error } = await analyst.rpc('return_report', { report_id: reportId, comment: 'Please give participant numbers by sex for the conference.' });
    expect(error).toBeNull();
    expect(data.status).toBe('returned');
    const { data: comments } = await grace.from('report_comments').select('body, author_id').eq('report_id', reportId);
    expect(comments).toContainEqual(expect.objectContaining({ body: 'Please give participant numbers by sex for the conference.' }));
    const edit = await grace.from('activities').update({ participants_other: 2 }).eq('partnership_id', A).eq('title', 'Conference on women in county leadership').select('participants_other');
    expect(edit.data).toEqual([{ participants_other: 2 }]);
  });

  it('records every transition with who and when', async () => {
    await anna.rpc('submit_report', { report_id: reportId });
    const approved = await admin.rpc('approve_report', { report_id: reportId });
    expect(approved.data.status).toBe('approved');
    const { data: events } = await grace.from('report_events').select('from_status, to_status, actor_id, note').eq('report_id', reportId).order('id');
    expect(events!.map((event) => `${event.from_status}→${event.to_status}`)).toEqual(['draft→submitted', 'submitted→returned', 'returned→submitted', 'submitted→approved']);
    expect(events![1].note).toBe('Please give participant numbers by sex for the conference.');
  });

  it('lets only an admin reopen an approved report, with a reason', async () => {
    expect((await admin.rpc('reopen_report', { report_id: reportId, reason: '' })).error?.message).toBe('reason_required');
    const { data, error } = await admin.rpc('reopen_report', { report_id: reportId, reason: 'The participant figures were double counted.' });
    expect(error).toBeNull();
    expect(data.status).toBe('returned');
  });

  it('keeps a report from being deleted once submitted', async () => {
    const approved = await reportOf(A, 2024);
    const { error } = await anna.from('reports').delete().eq('id', approved.id);
    expect(error?.message).toBe('report_not_draft');
  });
});

describe('optimistic concurrency', () => {
  it('refuses a change based on a stale version, and tells it apart', async () => {
    const { data: activity } = await grace.from('activities').select('id, version').eq('partnership_id', A).eq('title', 'Youth council on gender equality').single();
    const first = await grace.from('activities').update({ place: 'Robertsfors folkets hus', version: activity!.version }).eq('id', activity!.id).select('version').single();
    expect(first.error).toBeNull();
    expect(first.data!.version).toBe(activity!.version + 1);
    const stale = await anna.from('activities').update({ place: 'Robertsfors bibliotek', version: activity!.version }).eq('id', activity!.id);
    expect(stale.status).toBe(409);
    expect(stale.error).toMatchObject({ code: 'PT409', message: 'stale_version' });
    const { data: kept } = await anna.from('activities').select('place').eq('id', activity!.id).single();
    expect(kept!.place).toBe('Robertsfors folkets hus');
  });
});

describe('history', () => {
  it('records who changed what, readable by members and staff only', async () => {
    const { data: mine } = await grace.from('history').select('table_name, action, actor_id, before, after').eq('partnership_id', A).eq('table_name', 'activities').eq('action', 'update').order('id', { ascending: false }).limit(1).single();
    expect(mine).toMatchObject({ actor_id: expect.any(String) });
    expect(mine!.before.place).not.toEqual(mine!.after.place);
    const { data: others } = await erik.from('history').select('id').eq('partnership_id', A);
    expect(others).toEqual([]);
    const { data: staffView } = await analyst.from('history').select('id').eq('partnership_id', B).limit(1);
    expect(staffView).toHaveLength(1);
  });
});

describe('rules the database keeps across rows', () => {
  it('links to SDG targets of the catalogue only', async () => {
    const { data: act } = await grace.from('activities').select('id').eq('partnership_id', A).eq('year', 2026).limit(1).single();
    const unknown = await grace.from('activity_targets').insert({ activity_id: act!.id, partnership_id: A, target_id: '5.99', contribution: 'direct' });
    expect(unknown.error?.code).toBe('23503');
  });

  it('child rows stay in their parent partnership', async () => {
    const { data: act } = await grace.from('activities').select('id').eq('partnership_id', A).eq('year', 2026).limit(1).single();
    const { error } = await erik.from('activity_targets').insert({ activity_id: act!.id, partnership_id: B, target_id: '5.5', contribution: 'direct' });
    expect(error?.code).toBe('23503');
  });

  it('percentages stay within 0–100', async () => {
    const { data: indicator } = await grace.from('indicators').select('id').eq('partnership_id', A).eq('measure', 'percentage').limit(1).single();
    const over = await grace.from('indicator_values').insert({ indicator_id: indicator!.id, partnership_id: A, year: 2026, actual_value: 130 });
    expect(over.error?.message).toContain('indicator_values_percentage_range');
  });

  it('a partnership keeps at least one coordinator, and an admin keeps their own role', async () => {
    const last = await admin.from('memberships').delete().eq('partnership_id', A).eq('user_id', '00000000-0000-4000-a000-000000000001');
    expect(last.error?.message).toBe('last_coordinator');
    const own = await admin.from('staff').update({ role: 'analyst' }).eq('user_id', '00000000-0000-4000-a000-000000000006');
    expect(own.error?.message).toBe('own_admin_role');
  });
});
