/**
 * One report written by both municipalities: sides of members, section owners, readiness per side,
 * texts in other languages with the English rule, and presence — allowed and refused per role,
 * through supabase-js as the demo users.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPartnerships, demoUsers, startDemoStack, type DemoStack } from './support/demo-stack.ts';
import { makeSubmittable } from './support/submittable-report.ts';

const A = demoPartnerships.robertsforsMachakos;

let stack: DemoStack;
let anna: SupabaseClient;
let grace: SupabaseClient;
let erik: SupabaseClient;
let analyst: SupabaseClient;
let reportId: string;

beforeAll(async () => {
  stack = await startDemoStack();
  [anna, grace, erik, analyst] = await Promise.all((['anna', 'grace', 'erik', 'analyst'] as const).map((user) => stack.signIn(user)));
  const { data } = await stack.service().from('reports').select('id').eq('partnership_id', A).eq('year', 2025).single();
  reportId = data!.id;
}, 120_000);
afterAll(() => stack?.stop());

interface SectionStatus {
  section: string;
  owner_side: string;
  owner_name: string;
  swedish_ready_at: string | null;
  swedish_ready_by_name: string | null;
  partner_ready_at: string | null;
  partner_ready_by_name: string | null;
  languages: string[];
  translation_needed: boolean;
}

async function statusOf(section: string, client = anna) {
  const { data, error } = await client.rpc('report_section_status', { report_id: reportId });
  expect(error).toBeNull();
  return (data as SectionStatus[]).find((row) => row.section === section)!;
}

async function versionOf() {
  const { data } = await anna.from('reports').select('version').eq('id', reportId).single();
  return data!.version as number;
}

async function problems() {
  const { data, error } = await anna.rpc('report_completeness', { report_id: reportId });
  expect(error).toBeNull();
  return data.problems as { kind: string; section?: string; side?: string }[];
}

describe('sides of members', () => {
  it('lists each member with their side', async () => {
    const { data } = await grace.rpc('partnership_members', { partnership_id: A });
    expect(data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ full_name: 'Anna Lindqvist', side: 'swedish' }),
        expect.objectContaining({ full_name: 'Grace Mwende', side: 'partner' }),
      ]),
    );
  });

  it('lets the coordinator move a member to the other side, and nobody else', async () => {
    expect((await anna.rpc('set_member_side', { partnership_id: A, user_id: demoUsers.grace.id, side: 'swedish' })).error).toBeNull();
    expect((await anna.rpc('set_member_side', { partnership_id: A, user_id: demoUsers.grace.id, side: 'partner' })).error).toBeNull();
    const byContributor = await grace.rpc('set_member_side', { partnership_id: A, user_id: demoUsers.grace.id, side: 'swedish' });
    expect(byContributor.error?.message).toBe('not_coordinator');
    const byOther = await erik.rpc('set_member_side', { partnership_id: A, user_id: demoUsers.grace.id, side: 'swedish' });
    expect(byOther.error?.message).toBe('not_coordinator');
    const stranger = await anna.rpc('set_member_side', { partnership_id: A, user_id: demoUsers.erik.id, side: 'partner' });
    expect(stranger.error?.message).toBe('member_not_found');
  });

  it('keeps coordinators on their side: none steps over to mark the other side ready or to submit from it; an admin moves them', async () => {
    const herself = await anna.rpc('set_member_side', { partnership_id: A, user_id: demoUsers.anna.id, side: 'partner' });
    expect(herself.error).toMatchObject({ code: 'PT403', message: 'not_admin' });
    const admin = await stack.signIn('admin');
    expect((await admin.rpc('set_member_side', { partnership_id: A, user_id: demoUsers.anna.id, side: 'partner' })).error).toBeNull();
    expect((await admin.rpc('set_member_side', { partnership_id: A, user_id: demoUsers.anna.id, side: 'swedish' })).error).toBeNull();
    const { data: members } = await grace.rpc('partnership_members', { partnership_id: A });
    expect(members).toContainEqual(expect.objectContaining({ full_name: 'Anna Lindqvist', side: 'swedish' }));
  });

  it('keeps sides out of members’ own hands: the table refuses direct writes', async () => {
    const { data } = await grace.from('memberships').update({ side: 'swedish' }).eq('user_id', demoUsers.grace.id).select();
    expect(data ?? []).toEqual([]);
    const { data: members } = await anna.rpc('partnership_members', { partnership_id: A });
    expect(members).toContainEqual(expect.objectContaining({ full_name: 'Grace Mwende', side: 'partner' }));
  });
});

describe('section owners', () => {
  it('starts each new report with the partner writing what changed there', async () => {
    const { data: report } = await anna.from('reports').insert({ partnership_id: A, year: 2026 }).select('id').single();
    const { data: sections } = await anna.from('report_sections').select('section, owner_side').eq('report_id', report!.id);
    expect(Object.fromEntries((sections ?? []).map((row) => [row.section, row.owner_side]))).toEqual({
      summary: 'swedish',
      contribution: 'partner',
      localisation_progress: 'partner',
      challenges: 'partner',
      lessons_learned: 'swedish',
      next_year_plan: 'swedish',
    });
    expect((await anna.from('reports').delete().eq('id', report!.id)).error).toBeNull();
  });

  it('gives every section to the Swedish side where nobody of the partner side works in the app', async () => {
    const lina = await stack.signIn('lina');
    const { data: report, error } = await lina.from('reports').insert({ partnership_id: demoPartnerships.aleGhanzi, year: 2025 }).select('id').single();
    expect(error).toBeNull();
    const { data: sections } = await lina.from('report_sections').select('owner_side').eq('report_id', report!.id);
    expect(new Set((sections ?? []).map((row) => row.owner_side))).toEqual(new Set(['swedish']));
  });

  it('names the organisation that writes each section', async () => {
    expect(await statusOf('contribution', analyst)).toMatchObject({ owner_side: 'partner', owner_name: 'Machakos County Government' });
    expect(await statusOf('summary', analyst)).toMatchObject({ owner_side: 'swedish', owner_name: 'Robertsfors kommun' });
  });

  it('lets the coordinator hand a section over, not a contributor, staff or another partnership', async () => {
    expect((await anna.rpc('set_section_owner', { report_id: reportId, section: 'next_year_plan', owner_side: 'partner' })).error).toBeNull();
    expect((await statusOf('next_year_plan')).owner_side).toBe('partner');
    expect((await grace.rpc('set_section_owner', { report_id: reportId, section: 'next_year_plan', owner_side: 'swedish' })).error?.message).toBe('not_coordinator');
    expect((await analyst.rpc('set_section_owner', { report_id: reportId, section: 'next_year_plan', owner_side: 'swedish' })).error?.message).toBe('report_not_found');
    expect((await erik.rpc('set_section_owner', { report_id: reportId, section: 'next_year_plan', owner_side: 'swedish' })).error?.message).toBe('report_not_found');
    const direct = await anna.from('report_sections').update({ owner_side: 'swedish' }).eq('report_id', reportId).eq('section', 'next_year_plan');
    expect(direct.error?.code).toBe('42501');
    expect((await anna.rpc('set_section_owner', { report_id: reportId, section: 'next_year_plan', owner_side: 'swedish' })).error).toBeNull();
  });
});

describe('readiness per side', () => {
  it('shows what the demo sides have marked ready, with names', async () => {
    expect(await statusOf('contribution')).toMatchObject({ partner_ready_by_name: 'Grace Mwende', swedish_ready_at: null });
    expect(await statusOf('summary')).toMatchObject({ swedish_ready_by_name: 'Anna Lindqvist', partner_ready_at: null });
  });

  it('marks a section ready from the caller’s own side only', async () => {
    const { data, error } = await grace.rpc('mark_section_ready', { report_id: reportId, section: 'challenges', ready: true });
    expect(error).toBeNull();
    expect(data).toMatchObject({ section: 'challenges', swedish_ready_at: null, partner_ready_by: demoUsers.grace.id });
    expect((await anna.rpc('mark_section_ready', { report_id: reportId, section: 'challenges', ready: true })).data).toMatchObject({ swedish_ready_by: demoUsers.anna.id, partner_ready_by: demoUsers.grace.id });
    expect((await anna.rpc('mark_section_ready', { report_id: reportId, section: 'challenges', ready: false })).data).toMatchObject({ swedish_ready_at: null, partner_ready_by: demoUsers.grace.id });
  });

  it('refuses staff and other partnerships', async () => {
    expect((await analyst.rpc('mark_section_ready', { report_id: reportId, section: 'challenges', ready: true })).error?.message).toBe('report_not_found');
    expect((await erik.rpc('mark_section_ready', { report_id: reportId, section: 'challenges', ready: true })).error?.message).toBe('report_not_found');
  });

  it('puts a section back to drafting on both sides when its English changes', async () => {
    await anna.rpc('mark_section_ready', { report_id: reportId, section: 'challenges', ready: true });
    const { error } = await anna.from('reports').update({ challenges: 'Staff turnover slowed the statistics training.', version: await versionOf() }).eq('id', reportId);
    expect(error).toBeNull();
    expect(await statusOf('challenges')).toMatchObject({ swedish_ready_at: null, partner_ready_at: null });
    // a change to another section leaves this one as it was
    expect((await statusOf('contribution')).partner_ready_by_name).toBe('Grace Mwende');
  });

  it('stops submission while a section is not ready from the side that writes it', async () => {
    expect(await problems()).toContainEqual({ kind: 'section_not_ready', section: 'challenges', side: 'partner' });
    expect(await problems()).not.toContainEqual(expect.objectContaining({ kind: 'section_not_ready', section: 'contribution' }));
  });
});

describe('texts in other languages', () => {
  it('keeps a text per language, tagged, for the partnership’s members', async () => {
    const { error } = await grace.from('report_section_texts').insert({ report_id: reportId, partnership_id: A, section: 'challenges', language: 'sw', body: 'Mabadiliko ya wafanyakazi yalichelewesha mafunzo.' });
    expect(error).toBeNull();
    expect((await statusOf('challenges')).languages).toEqual(['sw']);
    const { data: read } = await analyst.from('report_section_texts').select('language, body').eq('report_id', reportId).eq('section', 'challenges');
    expect(read).toEqual([{ language: 'sw', body: 'Mabadiliko ya wafanyakazi yalichelewesha mafunzo.' }]);
  });

  it('refuses other partnerships, English as another language and tags that are not language tags', async () => {
    const { data: seen } = await erik.from('report_section_texts').select('id').eq('report_id', reportId);
    expect(seen).toEqual([]);
    const foreign = await erik.from('report_section_texts').insert({ report_id: reportId, partnership_id: A, section: 'summary', language: 'af', body: 'x' });
    expect(foreign.error?.code).toBe('42501');
    const english = await anna.from('report_section_texts').insert({ report_id: reportId, partnership_id: A, section: 'summary', language: 'en', body: 'x' });
    expect(english.error?.code).toBe('23514');
    const bad = await anna.from('report_section_texts').insert({ report_id: reportId, partnership_id: A, section: 'summary', language: 'Swedish', body: 'x' });
    expect(bad.error?.code).toBe('23514');
    const byStaff = await analyst.from('report_section_texts').insert({ report_id: reportId, partnership_id: A, section: 'summary', language: 'af', body: 'x' });
    expect(byStaff.error?.code).toBe('42501');
  });

  it('marks a section whose English lags behind its other language, until the English is edited', async () => {
    // the demo's lessons learned were revised in Swedish after their English
    expect(await statusOf('lessons_learned')).toMatchObject({ languages: ['sv'], translation_needed: true });
    expect(await problems()).toContainEqual({ kind: 'translation_needed', section: 'lessons_learned' });
    expect((await statusOf('summary')).translation_needed).toBe(false);
    await anna.from('reports').update({ lessons_learned: 'Citizen dialogue works best when results go back to the participants and young people lead.', version: await versionOf() }).eq('id', reportId);
    expect((await statusOf('lessons_learned')).translation_needed).toBe(false);
    // an edit of the Swedish text makes the English lag again, and puts the section back to drafting
    await anna.rpc('mark_section_ready', { report_id: reportId, section: 'lessons_learned', ready: true });
    const { error } = await anna.from('report_section_texts').update({ body: 'Medborgardialog fungerar bäst när ungdomarna leder den.' }).eq('report_id', reportId).eq('section', 'lessons_learned').eq('language', 'sv');
    expect(error).toBeNull();
    expect(await statusOf('lessons_learned')).toMatchObject({ translation_needed: true, swedish_ready_at: null });
  });

  it('requires English for every section: another language alone does not do', async () => {
    expect(await problems()).toContainEqual({ kind: 'section_empty', section: 'next_year_plan' });
    await anna.from('report_section_texts').insert({ report_id: reportId, partnership_id: A, section: 'next_year_plan', language: 'sv', body: 'Ungdomsråd i alla församlingar.' });
    const found = await problems();
    expect(found).toContainEqual({ kind: 'english_missing', section: 'next_year_plan' });
    expect(found).not.toContainEqual(expect.objectContaining({ kind: 'section_empty', section: 'next_year_plan' }));
  });
});

describe('submission', () => {
  const makeComplete = () => makeSubmittable(reportId, { swedish: anna, partner: grace });

  it('is the Swedish side’s coordinator’s: a coordinator on the partner side is refused', async () => {
    await makeComplete();
    expect(await problems()).toEqual([]);
    await stack.service().from('memberships').update({ side: 'partner' }).eq('partnership_id', A).eq('user_id', demoUsers.anna.id);
    const refused = await anna.rpc('submit_report', { report_id: reportId });
    expect(refused.error?.message).toBe('not_coordinator');
    await stack.service().from('memberships').update({ side: 'swedish' }).eq('partnership_id', A).eq('user_id', demoUsers.anna.id);
    const { data, error } = await anna.rpc('submit_report', { report_id: reportId });
    expect(error).toBeNull();
    expect(data.status).toBe('submitted');
  });

  it('freezes every language and the readiness once submitted', async () => {
    const text = await grace.from('report_section_texts').update({ body: 'Imebadilishwa' }).eq('report_id', reportId).eq('language', 'sw');
    expect(text.error).toMatchObject({ code: 'PT423', message: 'year_frozen' });
    const added = await grace.from('report_section_texts').insert({ report_id: reportId, partnership_id: A, section: 'summary', language: 'sw', body: 'x' });
    expect(added.error).toMatchObject({ code: 'PT423' });
    const ready = await grace.rpc('mark_section_ready', { report_id: reportId, section: 'challenges', ready: false });
    expect(ready.error).toMatchObject({ code: 'PT423', message: 'year_frozen' });
  });
});

describe('presence', () => {
  let open2026: string;
  beforeAll(async () => {
    const { data } = await anna.from('reports').insert({ partnership_id: A, year: 2026 }).select('id').single();
    open2026 = data!.id;
  });

  it('shows the other side who is writing which section, and not oneself', async () => {
    expect((await grace.rpc('touch_report_presence', { report_id: open2026, section: 'challenges' })).error).toBeNull();
    const { data: seenByAnna } = await anna.rpc('report_presence_now', { report_id: open2026 });
    expect(seenByAnna).toEqual([expect.objectContaining({ section: 'challenges', full_name: 'Grace Mwende', side: 'partner' })]);
    const { data: seenByGrace } = await grace.rpc('report_presence_now', { report_id: open2026 });
    expect(seenByGrace).toEqual([]);
  });

  it('forgets people who went quiet, and people who left', async () => {
    await stack.context.db.query(`update public.report_presence set seen_at = now() - interval '2 minutes' where report_id = $1`, [open2026]);
    expect((await anna.rpc('report_presence_now', { report_id: open2026 })).data).toEqual([]);
    await grace.rpc('touch_report_presence', { report_id: open2026, section: 'summary' });
    expect((await grace.from('report_presence').delete().eq('report_id', open2026).select()).data).toHaveLength(1);
    expect((await anna.rpc('report_presence_now', { report_id: open2026 })).data).toEqual([]);
  });

  it('is kept from other partnerships and staff', async () => {
    await grace.rpc('touch_report_presence', { report_id: open2026, section: 'summary' });
    expect((await erik.rpc('report_presence_now', { report_id: open2026 })).data).toEqual([]);
    expect((await erik.rpc('touch_report_presence', { report_id: open2026, section: 'summary' })).error?.message).toBe('report_not_found');
    expect((await analyst.rpc('touch_report_presence', { report_id: open2026, section: 'summary' })).error?.message).toBe('report_not_found');
    // nobody removes someone else's presence
    expect((await anna.from('report_presence').delete().eq('report_id', open2026).select()).data).toEqual([]);
    const forged = await anna.from('report_presence').insert({ report_id: open2026, partnership_id: A, user_id: demoUsers.grace.id, section: 'summary' });
    expect(forged.error?.code).toBe('42501');
  });
});
