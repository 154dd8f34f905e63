/**
 * The RPC door: every public function of the API called by someone who may not, with arguments
 * that are missing, malformed or of the wrong type, without the version of the row it changes,
 * or with a stale one. Each attempt must be refused with a client error (4xx) and a code that
 * says why, and must leave every table as it was and hand back nothing of what it aimed at.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPartnerships, demoUsers, startDemoStack, type DemoStack, type DemoUser } from '../support/demo-stack.ts';

const R = demoPartnerships.robertsforsMachakos;
const V = demoPartnerships.vaxjoJbMarks;
const nobody = '00000000-0000-4000-8000-00000000dead';

let stack: DemoStack;
const clients = {} as Record<DemoUser | 'anon', SupabaseClient>;

/** Rows of Robertsfors – Machakos the attempts aim at, read as the database owner. */
const target = {
  draftReport: { id: '', year: 0 },
  approvedReport: '',
  activity: {} as Record<string, unknown> & { id: string; version: number; title: string },
  result: {} as Record<string, unknown> & { id: string; version: number; title: string },
  indicator: '',
  value: {} as { year: number; sex: string; target_value: number | null; actual_value: number | null; comment: string; version: number },
  partnership: {} as Record<string, unknown> & { id: string; version: number; name: string },
  sides: { swedish: [] as string[], partner: [] as string[] },
  invitation: '',
  /** An undecided item Växjö – JB Marks carried into 2026 (the seed starts that report). */
  carriedItem: '',
};

let tables: string[] = [];

/** Every public table's rows, as one digest per table: an attempt that changed anything shows. */
async function fingerprint() {
  const [row] = await stack.context.db.query<Record<string, string>>(
    `select ${tables.map((table) => `(select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from public.${table} t) as ${table}`).join(', ')}`,
  );
  return row;
}

async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
  const [row] = await stack.context.db.query(sql, params);
  if (!row) throw new Error(`no row for ${sql}`);
  return row as T;
}

beforeAll(async () => {
  stack = await startDemoStack();
  const users: DemoUser[] = ['anna', 'grace', 'erik', 'lina', 'analyst', 'admin'];
  const signedIn = await Promise.all(users.map((user) => stack.signIn(user)));
  users.forEach((user, index) => (clients[user] = signedIn[index]));
  clients.anon = stack.anon();

  tables = (await stack.context.db.query<{ name: string }>(`select tablename as name from pg_tables where schemaname = 'public' order by 1`)).map((row) => row.name);
  target.draftReport = await one(`select id, year from public.reports where partnership_id = $1 and status in ('draft', 'returned') order by year desc limit 1`, [R]);
  target.approvedReport = (await one<{ id: string }>(`select id from public.reports where partnership_id = $1 and status = 'approved' limit 1`, [R])).id;
  target.activity = await one(`select id, title, kind, starts_on::text, ends_on::text, partnership_id, version from public.activities where partnership_id = $1 and not private.is_year_frozen(partnership_id, year) order by starts_on desc limit 1`, [R]);
  target.result = await one(`select id, title, level, partnership_id, version from public.results where partnership_id = $1 limit 1`, [R]);
  const value = await one<typeof target.value & { indicator_id: string; target_value: string | null; actual_value: string | null }>(
    `select v.indicator_id, v.year, v.sex, v.target_value::text, v.actual_value::text, v.comment, v.version
       from public.indicator_values v join public.indicators i on i.id = v.indicator_id
      where v.partnership_id = $1 and not private.is_year_frozen(v.partnership_id, v.year) and i.measure = 'number' and not i.disaggregated_by_sex
      order by v.year desc limit 1`,
    [R],
  );
  target.indicator = value.indicator_id;
  target.value = { year: value.year, sex: value.sex, target_value: value.target_value === null ? null : Number(value.target_value), actual_value: value.actual_value === null ? null : Number(value.actual_value), comment: value.comment, version: value.version };
  target.partnership = await one(`select id, name, status, starts_year, ends_year, focus_goal_ids, description, is_public, version from public.partnerships where id = $1`, [R]);
  const sides = await stack.context.db.query<{ organisation_id: string; side: string }>(`select organisation_id, side from public.partnership_organisations where partnership_id = $1`, [R]);
  target.sides = { swedish: sides.filter((s) => s.side === 'swedish').map((s) => s.organisation_id), partner: sides.filter((s) => s.side === 'partner').map((s) => s.organisation_id) };
  const invited = await clients.anna.rpc('invite_person', { email: 'new.colleague@robertsfors.example', role: 'contributor', partnership_id: R });
  if (invited.error) throw new Error(`could not invite: ${invited.error.message}`);
  target.invitation = (await one<{ id: string }>(`select id from public.invitations where email = 'new.colleague@robertsfors.example'`)).id;
  target.carriedItem = (await one<{ id: string }>(`select id from public.report_carried_items where partnership_id = $1 and kind = 'indicator' and decision is null limit 1`, [demoPartnerships.vasterbottenYogyakarta])).id;
}, 180_000);
afterAll(() => stack?.stop());

type Caller = DemoUser | 'anon';
interface Attempt {
  name: string;
  as: Caller;
  fn: string;
  args: () => Record<string, unknown>;
  status: number;
  code: string;
  /** The message the function raises, where it names the refusal. */
  message?: string;
}

/** Calls, and checks the refusal, that no table changed and that no data came back. */
async function refused(attempt: Attempt) {
  const before = await fingerprint();
  const { data, error, status } = await clients[attempt.as].rpc(attempt.fn, attempt.args());
  expect({ status, code: error?.code }).toEqual({ status: attempt.status, code: attempt.code });
  if (attempt.message) expect(error?.message).toBe(attempt.message);
  expect(data).toBeNull();
  expect(await fingerprint()).toEqual(before);
  return error!;
}

const years = { year_from: 2020, year_to: 2026 };
/** Arguments each public function accepts: with these, only who calls decides. */
const validArgs: Record<string, () => Record<string, unknown>> = {
  accept_invitation: () => ({ invitation_id: target.invitation }),
  approve_report: () => ({ report_id: target.draftReport.id }),
  claim_digests: () => ({ on_day: '2027-03-10' }),
  carried_items: () => ({ report_id: target.draftReport.id }),
  dashboard_goals: () => years,
  dashboard_headline: () => years,
  dashboard_indicator_progress: () => ({ sdg_indicator_id: '5.5.1', ...years }),
  dashboard_indicator_summary: () => years,
  dashboard_partnerships: () => ({}),
  dashboard_report_status: () => years,
  dashboard_result_changes: () => years,
  dashboard_target_activities: () => ({ target_id: '5.5', ...years }),
  dashboard_target_groups: () => years,
  dashboard_targets: () => years,
  dashboard_years: () => years,
  decide_carried_item: () => ({ item_id: target.carriedItem, decision: 'kept' }),
  decline_invitation: () => ({ invitation_id: target.invitation }),
  export_activities: () => years,
  export_indicator_values: () => years,
  export_partnerships: () => years,
  export_reports: () => years,
  export_results: () => years,
  iati_activities: () => years,
  iati_withheld_partnerships: () => years,
  invitation_to_resend: () => ({ invitation_id: target.invitation }),
  invite_person: () => ({ email: 'someone@robertsfors.example', role: 'contributor', partnership_id: R }),
  mark_section_ready: () => ({ report_id: target.draftReport.id, section: 'contribution', ready: true }),
  my_invitations: () => ({}),
  open_obligations: () => ({}),
  partnership_goal_counts: () => ({ partnership_id: R, year: 2024 }),
  partnership_members: () => ({ partnership_id: R }),
  programme_people: () => ({}),
  reopen_report: () => ({ report_id: target.approvedReport, reason: 'Because' }),
  report_changes_since_return: () => ({ report_id: target.draftReport.id }),
  report_completeness: () => ({ report_id: target.draftReport.id }),
  report_facts: () => ({ report_id: target.draftReport.id }),
  report_presence_now: () => ({ report_id: target.draftReport.id }),
  report_section_status: () => ({ report_id: target.draftReport.id }),
  return_report: () => ({ report_id: target.draftReport.id, comment: 'Redo it' }),
  review_queue: () => ({ year: 2024 }),
  save_activity: () => ({ activity: { ...target.activity, title: 'Taken over' }, targets: [] }),
  save_indicator_values: () => ({ indicator_id: target.indicator, entries: [{ ...target.value, actual_value: 999 }] }),
  save_partnership: () => ({ partnership: { ...target.partnership, name: 'Taken over' }, swedish_organisation_ids: target.sides.swedish, partner_organisation_ids: target.sides.partner }),
  save_result: () => ({ result: { ...target.result, title: 'Taken over' }, targets: [] }),
  set_member_side: () => ({ partnership_id: R, user_id: demoUsers.grace.id, side: 'swedish' }),
  set_section_owner: () => ({ report_id: target.draftReport.id, section: 'summary', owner_side: 'partner' }),
  start_report: () => ({ partnership_id: R, year: 2026, carry_forward: true }),
  submit_report: () => ({ report_id: target.draftReport.id }),
  touch_report_presence: () => ({ report_id: target.draftReport.id, section: 'summary' }),
};

describe('the list of functions attacked is the API’s', () => {
  it('names every function the API exposes', async () => {
    const exposed = await stack.context.db.query<{ name: string }>(`select p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public' order by 1`);
    expect(exposed.map((row) => row.name)).toEqual(Object.keys(validArgs).sort());
  });
});

describe('anonymous callers are refused every function', () => {
  it.each(Object.keys(validArgs))('%s', async (fn) => {
    const error = await refused({ name: fn, as: 'anon', fn, args: validArgs[fn], status: 401, code: '42501' });
    expect(error.message).toBe(`permission denied for function ${fn}`);
  });
});

const otherPartnership: Attempt[] = [
  { name: 'submit another partnership’s report', as: 'erik', fn: 'submit_report', args: validArgs.submit_report, status: 404, code: 'PT404', message: 'report_not_found' },
  { name: 'read another partnership’s report completeness', as: 'erik', fn: 'report_completeness', args: validArgs.report_completeness, status: 404, code: 'PT404', message: 'report_not_found' },
  { name: 'read another partnership’s report facts', as: 'erik', fn: 'report_facts', args: validArgs.report_facts, status: 404, code: 'PT404', message: 'report_not_found' },
  { name: 'read another partnership’s approved report facts', as: 'lina', fn: 'report_facts', args: () => ({ report_id: target.approvedReport }), status: 404, code: 'PT404', message: 'report_not_found' },
  { name: 'overwrite another partnership’s activity', as: 'erik', fn: 'save_activity', args: validArgs.save_activity, status: 404, code: 'PT404', message: 'activity_not_found' },
  { name: 'add an activity to another partnership', as: 'erik', fn: 'save_activity', args: () => ({ activity: { ...target.activity, id: undefined, version: undefined }, targets: [] }), status: 403, code: '42501' },
  { name: 'overwrite another partnership’s result', as: 'erik', fn: 'save_result', args: validArgs.save_result, status: 404, code: 'PT404', message: 'result_not_found' },
  { name: 'add a result to another partnership', as: 'lina', fn: 'save_result', args: () => ({ result: { ...target.result, id: undefined, version: undefined }, targets: [] }), status: 403, code: '42501' },
  { name: 'write another partnership’s indicator values', as: 'erik', fn: 'save_indicator_values', args: validArgs.save_indicator_values, status: 404, code: 'PT404', message: 'indicator_not_found' },
  { name: 'rename another partnership', as: 'erik', fn: 'save_partnership', args: validArgs.save_partnership, status: 404, code: 'PT404', message: 'partnership_not_found' },
  { name: 'create a partnership without being admin', as: 'anna', fn: 'save_partnership', args: () => ({ ...validArgs.save_partnership(), partnership: { ...target.partnership, id: undefined, version: undefined, name: 'Shadow partnership' } }), status: 403, code: '42501' },
  { name: 'approve a report without being staff', as: 'anna', fn: 'approve_report', args: validArgs.approve_report, status: 403, code: 'PT403', message: 'not_staff' },
  { name: 'return a report without being staff', as: 'erik', fn: 'return_report', args: validArgs.return_report, status: 403, code: 'PT403', message: 'not_staff' },
  { name: 'reopen a report without being admin', as: 'analyst', fn: 'reopen_report', args: validArgs.reopen_report, status: 403, code: 'PT403', message: 'not_admin' },
  { name: 'reopen a report as its coordinator', as: 'anna', fn: 'reopen_report', args: validArgs.reopen_report, status: 403, code: 'PT403', message: 'not_admin' },
  { name: 'submit as a contributor, not the coordinator', as: 'grace', fn: 'submit_report', args: validArgs.submit_report, status: 403, code: 'PT403', message: 'not_coordinator' },
  { name: 'invite into another partnership', as: 'erik', fn: 'invite_person', args: validArgs.invite_person, status: 403, code: '42501', message: 'not_allowed' },
  { name: 'invite as a contributor', as: 'grace', fn: 'invite_person', args: validArgs.invite_person, status: 403, code: '42501', message: 'not_allowed' },
  { name: 'invite oneself to staff', as: 'anna', fn: 'invite_person', args: () => ({ email: 'anna@robertsfors.example', role: 'admin', partnership_id: null }), status: 403, code: '42501', message: 'not_allowed' },
  { name: 'accept an invitation addressed to someone else', as: 'erik', fn: 'accept_invitation', args: validArgs.accept_invitation, status: 403, code: '42501', message: 'not_allowed' },
  { name: 'accept, as its inviter, an invitation addressed to someone else', as: 'anna', fn: 'accept_invitation', args: validArgs.accept_invitation, status: 403, code: '42501', message: 'not_allowed' },
  { name: 'decline an invitation addressed to someone else', as: 'grace', fn: 'decline_invitation', args: validArgs.decline_invitation, status: 403, code: '42501', message: 'not_allowed' },
  { name: 'resend another partnership’s invitation', as: 'erik', fn: 'invitation_to_resend', args: validArgs.invitation_to_resend, status: 403, code: '42501', message: 'not_allowed' },
  { name: 'list the programme’s people without being admin', as: 'analyst', fn: 'programme_people', args: validArgs.programme_people, status: 403, code: '42501', message: 'not_allowed' },
  { name: 'list the programme’s people as a coordinator', as: 'erik', fn: 'programme_people', args: validArgs.programme_people, status: 403, code: '42501', message: 'not_allowed' },
  { name: 'mark another partnership’s section ready', as: 'erik', fn: 'mark_section_ready', args: validArgs.mark_section_ready, status: 404, code: 'PT404', message: 'report_not_found' },
  { name: 'mark a section ready as staff', as: 'analyst', fn: 'mark_section_ready', args: validArgs.mark_section_ready, status: 404, code: 'PT404', message: 'report_not_found' },
  { name: 'hand a section to the other side as a contributor', as: 'grace', fn: 'set_section_owner', args: validArgs.set_section_owner, status: 403, code: 'PT403', message: 'not_coordinator' },
  { name: 'hand over a section of another partnership', as: 'erik', fn: 'set_section_owner', args: validArgs.set_section_owner, status: 404, code: 'PT404', message: 'report_not_found' },
  { name: 'move oneself to the other side as a contributor', as: 'grace', fn: 'set_member_side', args: validArgs.set_member_side, status: 403, code: 'PT403', message: 'not_coordinator' },
  { name: 'move a member of another partnership', as: 'erik', fn: 'set_member_side', args: validArgs.set_member_side, status: 403, code: 'PT403', message: 'not_coordinator' },
  { name: 'step over to the other side as a coordinator', as: 'anna', fn: 'set_member_side', args: () => ({ partnership_id: R, user_id: demoUsers.anna.id, side: 'partner' }), status: 403, code: 'PT403', message: 'not_admin' },
  { name: 'show oneself present in another partnership’s report', as: 'erik', fn: 'touch_report_presence', args: validArgs.touch_report_presence, status: 404, code: 'PT404', message: 'report_not_found' },
  { name: 'gather everyone’s reminder digests as a member', as: 'anna', fn: 'claim_digests', args: validArgs.claim_digests, status: 403, code: '42501', message: 'permission denied for function claim_digests' },
  { name: 'gather everyone’s reminder digests as an admin', as: 'admin', fn: 'claim_digests', args: validArgs.claim_digests, status: 403, code: '42501', message: 'permission denied for function claim_digests' },
  { name: 'start another partnership’s report', as: 'erik', fn: 'start_report', args: validArgs.start_report, status: 403, code: 'PT403', message: 'not_member' },
  { name: 'start a partnership’s report as staff', as: 'analyst', fn: 'start_report', args: validArgs.start_report, status: 403, code: 'PT403', message: 'not_member' },
  { name: 'decide what another partnership carries forward', as: 'anna', fn: 'decide_carried_item', args: validArgs.decide_carried_item, status: 404, code: 'PT404', message: 'carried_item_not_found' },
  { name: 'decide what a partnership carries forward as staff', as: 'analyst', fn: 'decide_carried_item', args: validArgs.decide_carried_item, status: 404, code: 'PT404', message: 'carried_item_not_found' },
];

describe('members are refused what belongs to others or to their betters', () => {
  it.each(otherPartnership.map((attempt) => [attempt.name, attempt] as const))('%s', async (_name, attempt) => {
    const error = await refused(attempt);
    // The refusal names none of the rows it was aimed at.
    for (const secret of [target.activity.title, target.result.title]) expect(JSON.stringify(error)).not.toContain(secret);
  });
});

describe('members read nothing of another partnership through functions that answer', () => {
  const reads: [string, string, () => Record<string, unknown>][] = [
    ['partnership_members', 'erik', () => ({ partnership_id: R })],
    ['partnership_goal_counts', 'erik', () => ({ partnership_id: R, year: 2024 })],
    ['dashboard_target_activities', 'erik', () => ({ target_id: '5.5', ...years, partnership_id: R })],
    ['export_activities', 'lina', () => ({ ...years, partnership_id: R })],
    ['export_reports', 'erik', () => ({ ...years, partnership_id: R })],
    ['export_indicator_values', 'erik', () => ({ ...years, partnership_id: R })],
    ['iati_activities', 'erik', () => ({ ...years, partnership_id: R })],
    ['report_section_status', 'erik', validArgs.report_section_status],
    ['report_presence_now', 'erik', validArgs.report_presence_now],
    ['carried_items', 'lina', validArgs.carried_items],
  ];
  it.each(reads)('%s of Robertsfors – Machakos as %s', async (fn, as, args) => {
    const before = await fingerprint();
    const { data, error, status } = await clients[as as Caller].rpc(fn, args());
    expect(error).toBeNull();
    expect(status).toBe(200);
    // Nothing of theirs comes back: no rows, or only rows that count nothing.
    const rows = (Array.isArray(data) ? data : [data]) as Record<string, unknown>[];
    const counted = rows.flatMap((row) => Object.entries(row ?? {}).filter(([key, value]) => key !== 'goal_id' && typeof value === 'number' && value > 0));
    expect(counted).toEqual([]);
    expect(JSON.stringify(data)).not.toContain(target.activity.title);
    expect(JSON.stringify(data)).not.toContain(R);
    expect(await fingerprint()).toEqual(before);
  });

  it('review_queue as a coordinator lists only their own partnership', async () => {
    const { data, error } = await clients.erik.rpc('review_queue', {});
    expect(error).toBeNull();
    expect((data as { partnership_id: string }[]).every((row) => row.partnership_id === V)).toBe(true);
  });
});

const malformed: Attempt[] = [
  { name: 'no arguments at all', as: 'anna', fn: 'submit_report', args: () => ({}), status: 404, code: 'PGRST202' },
  { name: 'an argument the function does not take', as: 'anna', fn: 'submit_report', args: () => ({ report_id: target.draftReport.id, force: true }), status: 404, code: 'PGRST202' },
  { name: 'a report id that is not a uuid', as: 'anna', fn: 'submit_report', args: () => ({ report_id: 'report-1' }), status: 400, code: '22P02' },
  { name: 'a null report id', as: 'anna', fn: 'submit_report', args: () => ({ report_id: null }), status: 404, code: 'PT404', message: 'report_not_found' },
  { name: 'a report that does not exist', as: 'anna', fn: 'submit_report', args: () => ({ report_id: nobody }), status: 404, code: 'PT404', message: 'report_not_found' },
  { name: 'completeness of a report that does not exist', as: 'anna', fn: 'report_completeness', args: () => ({ report_id: nobody }), status: 404, code: 'PT404', message: 'report_not_found' },
  { name: 'facts of a report that does not exist', as: 'analyst', fn: 'report_facts', args: () => ({ report_id: nobody }), status: 404, code: 'PT404', message: 'report_not_found' },
  { name: 'approving a report that does not exist', as: 'analyst', fn: 'approve_report', args: () => ({ report_id: nobody }), status: 404, code: 'PT404', message: 'report_not_found' },
  { name: 'returning a report that does not exist', as: 'analyst', fn: 'return_report', args: () => ({ report_id: nobody, comment: 'Redo it' }), status: 404, code: 'PT404', message: 'report_not_found' },
  { name: 'reopening a report that does not exist', as: 'admin', fn: 'reopen_report', args: () => ({ report_id: nobody, reason: 'Because' }), status: 404, code: 'PT404', message: 'report_not_found' },
  { name: 'approving a draft', as: 'analyst', fn: 'approve_report', args: validArgs.approve_report, status: 400, code: 'P0001', message: 'report_wrong_state' },
  { name: 'returning without a comment', as: 'analyst', fn: 'return_report', args: () => ({ report_id: target.draftReport.id, comment: '   ' }), status: 400, code: 'P0001', message: 'comment_required' },
  { name: 'reopening without a reason', as: 'admin', fn: 'reopen_report', args: () => ({ report_id: target.approvedReport, reason: '' }), status: 400, code: 'P0001', message: 'reason_required' },
  { name: 'reopening a draft', as: 'admin', fn: 'reopen_report', args: () => ({ report_id: target.draftReport.id, reason: 'Because' }), status: 400, code: 'P0001', message: 'report_wrong_state' },
  { name: 'an activity that is a string', as: 'anna', fn: 'save_activity', args: () => ({ activity: 'drop table activities', targets: [] }), status: 400, code: '22023' },
  { name: 'targets that are not a list', as: 'anna', fn: 'save_activity', args: () => ({ activity: target.activity, targets: { target_id: '5.5' } }), status: 400, code: '22023', message: 'targets_not_a_list' },
  { name: 'an activity id that is not a uuid', as: 'anna', fn: 'save_activity', args: () => ({ activity: { ...target.activity, id: '1 or 1=1' }, targets: [] }), status: 400, code: '22P02' },
  { name: 'an activity that does not exist', as: 'anna', fn: 'save_activity', args: () => ({ activity: { ...target.activity, id: nobody }, targets: [] }), status: 404, code: 'PT404', message: 'activity_not_found' },
  { name: 'a date that is not a date', as: 'anna', fn: 'save_activity', args: () => ({ activity: { ...target.activity, starts_on: 'soon' }, targets: [] }), status: 400, code: '22007' },
  { name: 'the 30th of February', as: 'anna', fn: 'save_activity', args: () => ({ activity: { ...target.activity, starts_on: '2026-02-30' }, targets: [] }), status: 400, code: '22008' },
  { name: 'a negative number of participants', as: 'anna', fn: 'save_activity', args: () => ({ activity: { ...target.activity, participants_women: -5 }, targets: [] }), status: 400, code: '23514' },
  { name: 'more participants than an integer holds', as: 'anna', fn: 'save_activity', args: () => ({ activity: { ...target.activity, participants_men: 1e12 }, targets: [] }), status: 400, code: '22003' },
  { name: 'participants as text', as: 'anna', fn: 'save_activity', args: () => ({ activity: { ...target.activity, participants_men: 'many' }, targets: [] }), status: 400, code: '22P02' },
  { name: 'a kind of activity that does not exist', as: 'anna', fn: 'save_activity', args: () => ({ activity: { ...target.activity, kind: 'party' }, targets: [] }), status: 400, code: '22P02' },
  { name: 'a title of one letter', as: 'anna', fn: 'save_activity', args: () => ({ activity: { ...target.activity, title: 'x' }, targets: [] }), status: 400, code: '23514' },
  { name: 'a target that does not exist', as: 'anna', fn: 'save_activity', args: () => ({ activity: target.activity, targets: [{ target_id: '99.99', contribution: 'direct' }] }), status: 409, code: '23503' },
  { name: 'a contribution that is neither direct nor indirect', as: 'anna', fn: 'save_activity', args: () => ({ activity: target.activity, targets: [{ target_id: '5.5', contribution: 'maybe' }] }), status: 400, code: '22P02' },
  { name: 'result targets that are not a list', as: 'anna', fn: 'save_result', args: () => ({ result: target.result, targets: 'all' }), status: 400, code: '22023', message: 'targets_not_a_list' },
  { name: 'a result level that does not exist', as: 'anna', fn: 'save_result', args: () => ({ result: { ...target.result, level: 'miracle' }, targets: [] }), status: 400, code: '22P02' },
  { name: 'a result that does not exist', as: 'anna', fn: 'save_result', args: () => ({ result: { ...target.result, id: nobody }, targets: [] }), status: 404, code: 'PT404', message: 'result_not_found' },
  { name: 'values of an indicator that does not exist', as: 'anna', fn: 'save_indicator_values', args: () => ({ indicator_id: nobody, entries: [] }), status: 404, code: 'PT404', message: 'indicator_not_found' },
  { name: 'indicator entries that are not a list', as: 'anna', fn: 'save_indicator_values', args: () => ({ indicator_id: target.indicator, entries: { year: 2026 } }), status: 400, code: '22023', message: 'entries_not_a_list' },
  { name: 'a year that is not a number', as: 'anna', fn: 'save_indicator_values', args: () => ({ indicator_id: target.indicator, entries: [{ year: 'last', actual_value: 1 }] }), status: 400, code: '22P02' },
  { name: 'a value that is not a number', as: 'anna', fn: 'save_indicator_values', args: () => ({ indicator_id: target.indicator, entries: [{ ...target.value, actual_value: 'lots' }] }), status: 400, code: '22P02' },
  { name: 'a value past what numeric holds', as: 'anna', fn: 'save_indicator_values', args: () => ({ indicator_id: target.indicator, entries: [{ ...target.value, actual_value: '1e1000000' }] }), status: 400, code: '22003' },
  { name: 'a sex that is not in the list', as: 'anna', fn: 'save_indicator_values', args: () => ({ indicator_id: target.indicator, entries: [{ year: 2026, sex: 'all', actual_value: 1 }] }), status: 400, code: '22P02' },
  { name: 'an indicator id that is not a uuid', as: 'anna', fn: 'save_indicator_values', args: () => ({ indicator_id: 42, entries: [] }), status: 400, code: '22P02' },
  { name: 'a partnership without sides', as: 'admin', fn: 'save_partnership', args: () => ({ partnership: target.partnership, swedish_organisation_ids: [], partner_organisation_ids: target.sides.partner }), status: 400, code: '22023', message: 'sides_required' },
  { name: 'an organisation on both sides', as: 'admin', fn: 'save_partnership', args: () => ({ partnership: target.partnership, swedish_organisation_ids: target.sides.swedish, partner_organisation_ids: [...target.sides.partner, target.sides.swedish[0]] }), status: 400, code: '22023', message: 'one_side_each' },
  { name: 'organisation ids that are not uuids', as: 'admin', fn: 'save_partnership', args: () => ({ partnership: target.partnership, swedish_organisation_ids: ['x'], partner_organisation_ids: target.sides.partner }), status: 400, code: '22P02' },
  { name: 'a partnership that does not exist', as: 'admin', fn: 'save_partnership', args: () => ({ ...validArgs.save_partnership(), partnership: { ...target.partnership, id: nobody } }), status: 404, code: 'PT404', message: 'partnership_not_found' },
  { name: 'a dashboard without its years', as: 'analyst', fn: 'dashboard_headline', args: () => ({ year_from: 2020 }), status: 404, code: 'PGRST202' },
  { name: 'a year that is a word', as: 'analyst', fn: 'dashboard_headline', args: () => ({ year_from: 'then', year_to: 2026 }), status: 400, code: '22P02' },
  { name: 'a goal past smallint', as: 'analyst', fn: 'dashboard_targets', args: () => ({ ...years, goal_id: 70000 }), status: 400, code: '22003' },
  { name: 'paging both ways at once', as: 'analyst', fn: 'dashboard_target_activities', args: () => ({ target_id: '5.5', ...years, after_key: `2026-01-01_${nobody}`, before_key: `2025-01-01_${nobody}` }), status: 400, code: '22023' },
  { name: 'a partnership filter that is not a uuid', as: 'analyst', fn: 'export_activities', args: () => ({ ...years, partnership_id: "'; delete from activities; --" }), status: 400, code: '22P02' },
  { name: 'a review year that is not a number', as: 'analyst', fn: 'review_queue', args: () => ({ year: 'this' }), status: 400, code: '22P02' },
  { name: 'goal counts of a partnership id that is not a uuid', as: 'anna', fn: 'partnership_goal_counts', args: () => ({ partnership_id: 'all', year: 2024 }), status: 400, code: '22P02' },
  { name: 'an invitation to an address that is not one', as: 'anna', fn: 'invite_person', args: () => ({ email: 'not an address', role: 'contributor', partnership_id: R }), status: 400, code: '22023', message: 'invalid_email' },
  { name: 'an invitation to a role that does not exist', as: 'anna', fn: 'invite_person', args: () => ({ email: 'someone@robertsfors.example', role: 'emperor', partnership_id: R }), status: 403, code: '42501', message: 'not_allowed' },
  { name: 'resending an invitation that does not exist', as: 'anna', fn: 'invitation_to_resend', args: () => ({ invitation_id: nobody }), status: 403, code: '42501', message: 'not_allowed' },
  { name: 'a report of a year that is already started', as: 'anna', fn: 'start_report', args: () => ({ partnership_id: R, year: target.draftReport.year, carry_forward: false }), status: 409, code: '23505' },
  { name: 'carrying forward where there is no earlier report', as: 'erik', fn: 'start_report', args: () => ({ partnership_id: V, year: 2019, carry_forward: true }), status: 404, code: 'PT404', message: 'nothing_to_carry_forward' },
  { name: 'a report year out of range', as: 'anna', fn: 'start_report', args: () => ({ partnership_id: R, year: 1999, carry_forward: false }), status: 400, code: '23514' },
  { name: 'a carry-forward choice that is not a boolean', as: 'anna', fn: 'start_report', args: () => ({ partnership_id: R, year: 2030, carry_forward: 'perhaps' }), status: 400, code: '22P02' },
  { name: 'a decision that is not in the list', as: 'admin', fn: 'decide_carried_item', args: () => ({ item_id: target.carriedItem, decision: 'maybe' }), status: 400, code: '22P02' },
  { name: 'a decision that does not fit the item', as: 'admin', fn: 'decide_carried_item', args: () => ({ item_id: target.carriedItem, decision: 'continued' }), status: 400, code: '22023', message: 'decision_not_for_kind' },
  { name: 'a carried item that does not exist', as: 'erik', fn: 'decide_carried_item', args: () => ({ item_id: nobody, decision: 'kept' }), status: 404, code: 'PT404', message: 'carried_item_not_found' },
  { name: 'a function that does not exist', as: 'anna', fn: 'drop_everything', args: () => ({}), status: 404, code: 'PGRST202' },
  { name: 'a private helper', as: 'anna', fn: 'move_report', args: () => ({ target_report_id: target.draftReport.id, allowed_from: ['draft'], to_status: 'approved', note: null }), status: 404, code: 'PGRST202' },
];

describe('wrong, missing and malformed arguments are refused', () => {
  it.each(malformed.map((attempt) => [attempt.name, attempt] as const))('%s', async (_name, attempt) => {
    await refused(attempt);
  });
});

describe('a change without the version it was made to is refused', () => {
  const withoutVersion: Attempt[] = [
    { name: 'save_activity without a version', as: 'anna', fn: 'save_activity', args: () => ({ activity: { ...target.activity, version: undefined, title: 'Overwritten blind' }, targets: [] }), status: 428, code: 'PT428', message: 'version_required' },
    { name: 'save_activity with a null version', as: 'grace', fn: 'save_activity', args: () => ({ activity: { ...target.activity, version: null, title: 'Overwritten blind' }, targets: [] }), status: 428, code: 'PT428', message: 'version_required' },
    { name: 'save_result without a version', as: 'anna', fn: 'save_result', args: () => ({ result: { ...target.result, version: undefined, title: 'Overwritten blind' }, targets: [] }), status: 428, code: 'PT428', message: 'version_required' },
    { name: 'save_partnership without a version', as: 'admin', fn: 'save_partnership', args: () => ({ ...validArgs.save_partnership(), partnership: { ...target.partnership, version: undefined, name: 'Overwritten blind' } }), status: 428, code: 'PT428', message: 'version_required' },
    { name: 'save_indicator_values over a stored value without its version', as: 'anna', fn: 'save_indicator_values', args: () => ({ indicator_id: target.indicator, entries: [{ ...target.value, version: undefined, actual_value: 999 }] }), status: 409, code: 'PT409', message: 'stale_version' },
    { name: 'a version that is not a number', as: 'anna', fn: 'save_activity', args: () => ({ activity: { ...target.activity, version: 'latest' }, targets: [] }), status: 400, code: '22P02' },
    { name: 'a missing version does not reveal whether the row exists', as: 'erik', fn: 'save_result', args: () => ({ result: { ...target.result, version: undefined }, targets: [] }), status: 428, code: 'PT428', message: 'version_required' },
  ];
  it.each(withoutVersion.map((attempt) => [attempt.name, attempt] as const))('%s', async (_name, attempt) => {
    await refused(attempt);
  });
});

describe('a change made to a stale version is refused', () => {
  const stale: Attempt[] = [
    { name: 'save_activity one version behind', as: 'anna', fn: 'save_activity', args: () => ({ activity: { ...target.activity, version: target.activity.version - 1 }, targets: [] }), status: 409, code: 'PT409', message: 'stale_version' },
    { name: 'save_activity at a version yet to come', as: 'grace', fn: 'save_activity', args: () => ({ activity: { ...target.activity, version: target.activity.version + 5 }, targets: [] }), status: 409, code: 'PT409', message: 'stale_version' },
    { name: 'save_result one version behind', as: 'anna', fn: 'save_result', args: () => ({ result: { ...target.result, version: target.result.version - 1 }, targets: [] }), status: 409, code: 'PT409', message: 'stale_version' },
    { name: 'save_partnership one version behind', as: 'admin', fn: 'save_partnership', args: () => ({ ...validArgs.save_partnership(), partnership: { ...target.partnership, version: target.partnership.version - 1 } }), status: 409, code: 'PT409', message: 'stale_version' },
    { name: 'save_indicator_values one version behind', as: 'anna', fn: 'save_indicator_values', args: () => ({ indicator_id: target.indicator, entries: [{ ...target.value, version: target.value.version - 1, actual_value: 999 }] }), status: 409, code: 'PT409', message: 'stale_version' },
    { name: 'clearing an indicator value at a stale version', as: 'anna', fn: 'save_indicator_values', args: () => ({ indicator_id: target.indicator, entries: [{ year: target.value.year, sex: target.value.sex, target_value: null, actual_value: null, comment: '', version: target.value.version + 1 }] }), status: 409, code: 'PT409', message: 'stale_version' },
  ];
  it.each(stale.map((attempt) => [attempt.name, attempt] as const))('%s', async (_name, attempt) => {
    await refused(attempt);
  });

  it('the same saves with the current version go through (the refusals above are about the version)', async () => {
    const activity = await clients.anna.rpc('save_activity', { activity: target.activity, targets: [] });
    expect(activity.error).toBeNull();
    const result = await clients.anna.rpc('save_result', { result: target.result, targets: [] });
    expect(result.error).toBeNull();
    const partnership = await clients.admin.rpc('save_partnership', validArgs.save_partnership());
    expect(partnership.error).toBeNull();
    const values = await clients.anna.rpc('save_indicator_values', { indicator_id: target.indicator, entries: [target.value] });
    expect(values.error).toBeNull();
    // Put the partnership's name back and carry the new versions for any later case.
    target.activity.version = activity.data.version;
    target.result.version = result.data.version;
    const restored = await clients.admin.rpc('save_partnership', { ...validArgs.save_partnership(), partnership: { ...target.partnership, version: partnership.data.version } });
    expect(restored.error).toBeNull();
    target.partnership.version = restored.data.version;
  });
});

describe('the RPC endpoint refuses requests it cannot serve', () => {
  const request = (path: string, init: RequestInit & { key?: string } = {}) =>
    fetch(`${stack.apiUrl}/rest/v1/${path}`, {
      ...init,
      headers: { apikey: stack.anonKey, authorization: `Bearer ${init.key ?? stack.anonKey}`, 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
    });
  let annaToken = '';
  beforeAll(async () => {
    annaToken = (await clients.anna.auth.getSession()).data.session!.access_token;
  });

  const cases: [string, () => Promise<Response>, number, string][] = [
    ['a body that is not JSON', () => request('rpc/submit_report', { method: 'POST', key: annaToken, body: '{"report_id": ' }), 400, 'PGRST102'],
    ['a function that writes, called with GET', () => request(`rpc/invite_person?email=someone@robertsfors.example&role=contributor&partnership_id=${R}`, { key: annaToken }), 405, '25006'],
    ['PATCH on a function', () => request('rpc/submit_report', { method: 'PATCH', key: annaToken, body: '{}' }), 405, 'PGRST101'],
    ['DELETE on a function', () => request('rpc/save_activity', { method: 'DELETE', key: annaToken }), 405, 'PGRST101'],
    ['PUT on a function', () => request('rpc/save_result', { method: 'PUT', key: annaToken, body: '{}' }), 405, 'PGRST101'],
    ['a schema that is not exposed', () => request('rpc/move_report', { method: 'POST', key: annaToken, headers: { 'content-profile': 'private' }, body: '{}' }), 406, 'PGRST106'],
    ['a forged token', () => request('rpc/review_queue', { method: 'POST', key: `${annaToken.slice(0, -4)}AAAA`, body: '{}' }), 401, 'PGRST301'],
    ['a body over the limit', () => request('rpc/review_queue', { method: 'POST', key: annaToken, body: JSON.stringify({ year: 2024, padding: 'x'.repeat(11 * 1024 * 1024) }) }), 413, 'PGRST413'],
  ];
  it.each(cases)('%s', async (_name, send, status, code) => {
    const before = await fingerprint();
    const response = await send();
    expect(response.status).toBe(status);
    expect((await response.json()).code).toBe(code);
    expect(await fingerprint()).toEqual(before);
  });

  it('anonymous refusals ask for a bearer token, as PostgREST does', async () => {
    const response = await request('rpc/review_queue', { method: 'POST', body: '{}' });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('a 200 MB body streamed without a length is refused without being held in memory', async () => {
    const chunk = new TextEncoder().encode(`"${'x'.repeat(1024 * 1024 - 2)}"`);
    let sent = 0;
    const total = 200;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"year": 2024, "padding": ['));
        if (sent++ < total) controller.enqueue(chunk);
        else {
          controller.enqueue(new TextEncoder().encode(']}'));
          controller.close();
        }
      },
    });
    const before = process.memoryUsage().rss;
    const response = await request('rpc/review_queue', { method: 'POST', key: annaToken, body, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect((await response.json()).code).toBe('PGRST413');
    expect(sent).toBeGreaterThan(total);
    // The server and this client share the process: growth well under the body's size shows it was not kept.
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  }, 120_000);
});

describe('the service role may call every dashboard and export function', () => {
  const programmeWide = Object.keys(validArgs).filter((fn) => /^(dashboard_|export_|iati_)/.test(fn) || ['open_obligations', 'review_queue', 'partnership_goal_counts', 'partnership_members'].includes(fn));
  it.each(programmeWide)('%s', async (fn) => {
    const { error, status } = await stack.service().rpc(fn, validArgs[fn]());
    expect(error).toBeNull();
    expect(status).toBe(200);
  });

  it('and counts the whole programme, as staff do', async () => {
    const [service, analyst] = await Promise.all([stack.service().rpc('dashboard_headline', years), clients.analyst.rpc('dashboard_headline', years)]);
    expect(service.error).toBeNull();
    expect(service.data).toEqual(analyst.data);
    expect((service.data as { partnerships: number }[])[0].partnerships).toBeGreaterThan(0);
  });
});
