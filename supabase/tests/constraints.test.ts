/**
 * Every named check and unique constraint of the schema refuses a bad value, with its name in the
 * error (the app turns the name into a message next to the field), and every enum a value outside
 * it. A constraint or enum added without a case here fails the coverage tests.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPartnerships, demoUsers, startDemoStack, type DemoStack } from './support/demo-stack.ts';

const A = demoPartnerships.robertsforsMachakos;

/** These only back composite foreign keys; the primary key refuses any row that would break them. */
const backingConstraints = [
  'activities_id_partnership_unique',
  'results_id_partnership_unique',
  'indicators_id_partnership_unique',
  'indicator_values_id_partnership_unique',
  'reports_id_partnership_unique',
];

interface Fixtures {
  activity: string;
  result: string;
  indicator: string;
  report: string;
  /** An item the seed carried into Växjö – JB Marks' 2026 report. */
  carried: { report_id: string; partnership_id: string; source_report_id: string; kind: string; indicator_id: string };
}

type Case =
  | { constraint: string; table: string; insert: (f: Fixtures) => Record<string, unknown> }
  | { constraint: string; table: string; update: Record<string, unknown>; where: Record<string, string | number> };

const activity = { partnership_id: A, title: 'Valid title', kind: 'workshop', starts_on: '2026-03-01', ends_on: '2026-03-02' };
const organisation = { name: 'Kalmar kommun', kind: 'municipality', country_code: 'SE', municipality_code: '0880' };
const partnership = { name: 'Kalmar – Cape Winelands', starts_year: 2026 };
const evidence = (f: Fixtures) => ({ partnership_id: A, object_path: `${A}/checks/c.pdf`, file_name: 'c.pdf', mime_type: 'application/pdf', size_bytes: 1, activity_id: f.activity });
const indicator = (f: Fixtures) => ({ result_id: f.result, partnership_id: A, title: 'Valid indicator', measure: 'number' });
const value = (f: Fixtures) => ({ indicator_id: f.indicator, partnership_id: A, year: 2026 });
const report = { partnership_id: A, year: 2027 };
const carried = (f: Fixtures) => ({ report_id: f.report, partnership_id: A, source_report_id: f.report, kind: 'indicator', indicator_id: f.indicator });
const long = (length: number) => 'x'.repeat(length);

const cases: Case[] = [
  { constraint: 'activity_facts_goal_range', table: 'activity_facts', insert: () => ({ partnership_id: A, year: 2040, goal_id: 18, principle: 'all' }) },
  { constraint: 'dashboard_principle_check', table: 'activity_facts', insert: () => ({ partnership_id: A, year: 2040, goal_id: 5, principle: 'secrecy' }) },
  { constraint: 'country_regions_country_code_format', table: 'country_regions', insert: () => ({ country_code: 'Kenya', region: 'africa' }) },
  { constraint: 'country_regions_region_check', table: 'country_regions', insert: () => ({ country_code: 'QQ', region: 'atlantis' }) },
  { constraint: 'result_facts_contribution_check', table: 'result_facts', insert: (f) => ({ result_id: f.result, partnership_id: A, target_id: '5.4', goal_id: 5, contribution: 'somewhat', years: [2040] }) },
  { constraint: 'dashboard_principle_check', table: 'target_facts', insert: () => ({ partnership_id: A, year: 2040, target_id: '5.5', goal_id: 5, principle: 'secrecy' }) },
  { constraint: 'dashboard_principle_check', table: 'target_group_facts', insert: () => ({ partnership_id: A, year: 2040, target_group: 'youth', principle: 'secrecy' }) },
  { constraint: 'organisations_iati_ref_format', table: 'organisations', insert: () => ({ ...organisation, iati_ref: 'not an id!' }) },
  { constraint: 'programme_settings_iati_activity_prefix_format', table: 'programme_settings', update: { iati_activity_prefix: 'a b' }, where: { id: 'true' } },
  { constraint: 'programme_settings_reporting_org_name_length', table: 'programme_settings', update: { reporting_org_name: long(201) }, where: { id: 'true' } },
  { constraint: 'programme_settings_reporting_org_ref_format', table: 'programme_settings', update: { reporting_org_ref: 'x' }, where: { id: 'true' } },
  { constraint: 'programme_settings_reporting_org_type_check', table: 'programme_settings', update: { reporting_org_type: '99' }, where: { id: 'true' } },
  { constraint: 'programme_settings_single_row', table: 'programme_settings', insert: () => ({ id: false }) },
  { constraint: 'activities_dates_order', table: 'activities', insert: () => ({ ...activity, ends_on: '2026-02-01' }) },
  { constraint: 'activities_description_length', table: 'activities', insert: () => ({ ...activity, description: long(10001) }) },
  { constraint: 'activities_participants_men_non_negative', table: 'activities', insert: () => ({ ...activity, participants_men: -1 }) },
  { constraint: 'activities_participants_other_non_negative', table: 'activities', insert: () => ({ ...activity, participants_other: -1 }) },
  { constraint: 'activities_participants_women_non_negative', table: 'activities', insert: () => ({ ...activity, participants_women: -1 }) },
  { constraint: 'activities_place_length', table: 'activities', insert: () => ({ ...activity, place: long(201) }) },
  { constraint: 'activities_starts_on_range', table: 'activities', insert: () => ({ ...activity, starts_on: '1999-12-31' }) },
  { constraint: 'activities_title_length', table: 'activities', insert: () => ({ ...activity, title: 'ab' }) },
  { constraint: 'evidence_file_name_length', table: 'evidence', insert: (f) => ({ ...evidence(f), file_name: '' }) },
  { constraint: 'evidence_in_partnership_folder', table: 'evidence', insert: (f) => ({ ...evidence(f), object_path: `${demoPartnerships.vaxjoJbMarks}/c.pdf` }) },
  { constraint: 'evidence_links_one_thing', table: 'evidence', insert: (f) => ({ ...evidence(f), activity_id: null }) },
  { constraint: 'evidence_object_path_unique', table: 'evidence', insert: (f) => ({ ...evidence(f), object_path: `${A}/existing.pdf` }) },
  { constraint: 'evidence_size_range', table: 'evidence', insert: (f) => ({ ...evidence(f), size_bytes: 26214401 }) },
  { constraint: 'history_action_check', table: 'history', insert: () => ({ partnership_id: A, table_name: 'activities', row_id: 'x', action: 'rename' }) },
  { constraint: 'indicator_values_actual_non_negative', table: 'indicator_values', insert: (f) => ({ ...value(f), actual_value: -1 }) },
  { constraint: 'indicator_values_comment_length', table: 'indicator_values', insert: (f) => ({ ...value(f), comment: long(5001) }) },
  { constraint: 'indicator_values_one_per_year_and_sex', table: 'indicator_values', insert: (f) => ({ ...value(f), year: 2025 }) },
  { constraint: 'indicator_values_target_non_negative', table: 'indicator_values', insert: (f) => ({ ...value(f), target_value: -5 }) },
  { constraint: 'indicator_values_year_range', table: 'indicator_values', insert: (f) => ({ ...value(f), year: 2101 }) },
  { constraint: 'indicators_baseline_complete', table: 'indicators', insert: (f) => ({ ...indicator(f), baseline_year: 2024 }) },
  { constraint: 'indicators_baseline_value_non_negative', table: 'indicators', insert: (f) => ({ ...indicator(f), baseline_year: 2024, baseline_value: -1 }) },
  { constraint: 'indicators_baseline_year_range', table: 'indicators', insert: (f) => ({ ...indicator(f), baseline_year: 1990, baseline_value: 1 }) },
  { constraint: 'indicators_percentage_baseline', table: 'indicators', insert: (f) => ({ ...indicator(f), measure: 'percentage', baseline_year: 2024, baseline_value: 120 }) },
  { constraint: 'indicators_title_length', table: 'indicators', insert: (f) => ({ ...indicator(f), title: 'x' }) },
  { constraint: 'indicators_unit_length', table: 'indicators', insert: (f) => ({ ...indicator(f), unit: long(51) }) },
  { constraint: 'organisations_country_code_format', table: 'organisations', insert: () => ({ ...organisation, country_code: 'Sweden' }) },
  { constraint: 'invitations_email_format', table: 'invitations', insert: () => ({ email: 'Someone@Example.test', partnership_id: A, role: 'contributor' }) },
  { constraint: 'invitations_role_check', table: 'invitations', insert: () => ({ email: 'someone@example.test', partnership_id: A, role: 'owner' }) },
  { constraint: 'invitations_side_of_partnership', table: 'invitations', insert: () => ({ email: 'someone@example.test', role: 'analyst', side: 'partner' }) },
  { constraint: 'invitations_role_of_target', table: 'invitations', insert: () => ({ email: 'someone@example.test', partnership_id: A, role: 'analyst' }) },
  { constraint: 'reporting_deadlines_after_the_year', table: 'reporting_deadlines', insert: () => ({ year: 2040, due_on: '2040-06-30' }) },
  { constraint: 'reporting_deadlines_year_range', table: 'reporting_deadlines', insert: () => ({ year: 1999, due_on: '2000-03-31' }) },
  { constraint: 'organisations_municipality_code_of_kind', table: 'organisations', insert: () => ({ ...organisation, municipality_code: '08' }) },
  { constraint: 'swedish_local_authorities_code_format', table: 'swedish_local_authorities', insert: () => ({ code: '123', kind: 'municipality', name: 'Nowhere', region_code: '12' }) },
  { constraint: 'swedish_local_authorities_code_of_kind', table: 'swedish_local_authorities', insert: () => ({ code: '99', kind: 'municipality', name: 'Nowhere', region_code: '99' }) },
  { constraint: 'swedish_local_authorities_kind_check', table: 'swedish_local_authorities', insert: () => ({ code: '98', kind: 'county', name: 'Nowhere' }) },
  { constraint: 'swedish_local_authorities_region', table: 'swedish_local_authorities', insert: () => ({ code: '1299', kind: 'municipality', name: 'Nowhere', region_code: '14' }) },
  { constraint: 'organisations_municipality_code_format', table: 'organisations', insert: () => ({ ...organisation, municipality_code: '880' }) },
  { constraint: 'organisations_municipality_code_swedish', table: 'organisations', insert: () => ({ ...organisation, country_code: 'KE' }) },
  { constraint: 'organisations_municipality_code_unique', table: 'organisations', insert: () => ({ ...organisation, municipality_code: '2409' }) },
  { constraint: 'organisations_name_length', table: 'organisations', insert: () => ({ ...organisation, name: ' ' }) },
  { constraint: 'partnerships_description_length', table: 'partnerships', insert: () => ({ ...partnership, description: long(5001) }) },
  { constraint: 'partnerships_ends_year_range', table: 'partnerships', insert: () => ({ ...partnership, ends_year: 2200 }) },
  { constraint: 'partnerships_focus_goals_valid', table: 'partnerships', insert: () => ({ ...partnership, focus_goal_ids: [5, 18] }) },
  { constraint: 'partnerships_name_length', table: 'partnerships', insert: () => ({ ...partnership, name: 'AB' }) },
  { constraint: 'partnerships_starts_year_range', table: 'partnerships', insert: () => ({ ...partnership, starts_year: 1999 }) },
  { constraint: 'partnerships_years_order', table: 'partnerships', insert: () => ({ ...partnership, ends_year: 2025 }) },
  { constraint: 'profiles_full_name_length', table: 'profiles', update: { full_name: long(201) }, where: { id: demoUsers.grace.id } },
  { constraint: 'profiles_preferred_language_check', table: 'profiles', update: { preferred_language: 'fr' }, where: { id: demoUsers.grace.id } },
  { constraint: 'report_carried_items_decided_together', table: 'report_carried_items', insert: (f) => ({ ...carried(f), decision: 'kept' }) },
  { constraint: 'report_carried_items_decision_of_kind', table: 'report_carried_items', insert: (f) => ({ ...carried(f), decision: 'continued', decided_at: '2026-01-10T10:00:00Z' }) },
  { constraint: 'report_carried_items_one_per_source', table: 'report_carried_items', insert: (f) => f.carried },
  { constraint: 'report_carried_items_source_of_kind', table: 'report_carried_items', insert: (f) => ({ ...carried(f), kind: 'activity' }) },
  { constraint: 'report_comments_body_length', table: 'report_comments', insert: (f) => ({ report_id: f.report, partnership_id: A, author_id: demoUsers.grace.id, body: '   ' }) },
  { constraint: 'report_section_texts_body_length', table: 'report_section_texts', insert: (f) => ({ report_id: f.report, partnership_id: A, section: 'summary', language: 'sv', body: long(20001) }) },
  { constraint: 'report_section_texts_language_format', table: 'report_section_texts', insert: (f) => ({ report_id: f.report, partnership_id: A, section: 'summary', language: 'en-GB' }) },
  { constraint: 'report_section_texts_one_per_language', table: 'report_section_texts', insert: (f) => ({ report_id: f.report, partnership_id: A, section: 'lessons_learned', language: 'sv' }) },
  { constraint: 'reports_challenges_length', table: 'reports', insert: () => ({ ...report, challenges: long(20001) }) },
  { constraint: 'reports_contribution_length', table: 'reports', insert: () => ({ ...report, contribution: long(20001) }) },
  { constraint: 'reports_lessons_learned_length', table: 'reports', insert: () => ({ ...report, lessons_learned: long(20001) }) },
  { constraint: 'reports_localisation_progress_length', table: 'reports', insert: () => ({ ...report, localisation_progress: long(20001) }) },
  { constraint: 'reports_next_year_plan_length', table: 'reports', insert: () => ({ ...report, next_year_plan: long(20001) }) },
  { constraint: 'reports_one_per_partnership_and_year', table: 'reports', insert: () => ({ ...report, year: 2024 }) },
  { constraint: 'reports_summary_length', table: 'reports', insert: () => ({ ...report, summary: long(20001) }) },
  { constraint: 'reports_year_range', table: 'reports', insert: () => ({ ...report, year: 1999 }) },
  { constraint: 'results_description_length', table: 'results', insert: () => ({ partnership_id: A, title: 'Valid result', level: 'output', description: long(10001) }) },
  { constraint: 'results_title_length', table: 'results', insert: () => ({ partnership_id: A, title: '', level: 'output' }) },
  { constraint: 'sdg_goals_colour_format', table: 'sdg_goals', update: { colour: 'red' }, where: { id: 5 } },
  { constraint: 'sdg_goals_id_range', table: 'sdg_goals', update: { id: 18 }, where: { id: 5 } },
  { constraint: 'sdg_indicators_id_format', table: 'sdg_indicators', update: { id: '5.5' }, where: { id: '5.5.1' } },
  { constraint: 'sdg_indicators_id_in_target', table: 'sdg_indicators', update: { target_id: '5.4' }, where: { id: '5.5.1' } },
  { constraint: 'sdg_targets_goal_order', table: 'sdg_targets', update: { sort_order: 1 }, where: { id: '5.2' } },
  { constraint: 'sdg_targets_id_format', table: 'sdg_targets', update: { id: '5.555' }, where: { id: '5.6' } },
  { constraint: 'sdg_targets_id_in_goal', table: 'sdg_targets', update: { goal_id: 4 }, where: { id: '5.5' } },
  { constraint: 'sent_digests_items_positive', table: 'sent_digests', insert: () => ({ user_id: demoUsers.grace.id, sent_on: '2027-03-10', items: 0 }) },
  { constraint: 'sent_digests_one_per_person_and_day', table: 'sent_digests', insert: () => ({ user_id: demoUsers.grace.id, sent_on: '2027-01-01', items: 1 }) },
];

/** A closed vocabulary is an enum: a value outside it is malformed input (22P02) that names the type. */
const vocabularyCases: { type: string; table: string; insert: (f: Fixtures) => Record<string, unknown> }[] = [
  { type: 'activity_kind', table: 'activities', insert: () => ({ ...activity, kind: 'party' }) },
  { type: 'change_level', table: 'results', insert: () => ({ partnership_id: A, title: 'Valid result', level: 'outcome', change_level: 'cosmic' }) },
  { type: 'change_side', table: 'results', insert: () => ({ partnership_id: A, title: 'Valid result', level: 'outcome', change_side: 'neither' }) },
  { type: 'localisation_stage', table: 'activities', insert: () => ({ ...activity, localisation_stage: 'done' }) },
  { type: 'principle', table: 'activities', insert: () => ({ ...activity, principles: ['secrecy'] }) },
  { type: 'target_group', table: 'activities', insert: () => ({ ...activity, target_groups: ['aliens'] }) },
  { type: 'digest_frequency', table: 'profiles', insert: () => ({ id: demoUsers.grace.id, digest_frequency: 'hourly' }) },
  { type: 'contribution', table: 'activity_targets', insert: (f) => ({ activity_id: f.activity, partnership_id: A, target_id: '5.4', contribution: 'somewhat' }) },
  { type: 'sex', table: 'indicator_values', insert: (f) => ({ ...value(f), sex: 'unknown' }) },
  { type: 'aggregation', table: 'indicators', insert: (f) => ({ ...indicator(f), aggregation: 'average' }) },
  { type: 'measure', table: 'indicators', insert: (f) => ({ ...indicator(f), measure: 'feeling' }) },
  { type: 'membership_role', table: 'memberships', insert: () => ({ partnership_id: A, user_id: demoUsers.lina.id, role: 'owner' }) },
  { type: 'organisation_kind', table: 'organisations', insert: () => ({ ...organisation, kind: 'company' }) },
  { type: 'partnership_side', table: 'partnership_organisations', insert: () => ({ partnership_id: A, organisation_id: '00000000-0000-4000-b000-000000000007', side: 'both' }) },
  { type: 'partnership_status', table: 'partnerships', insert: () => ({ ...partnership, status: 'paused' }) },
  { type: 'carried_item_kind', table: 'report_carried_items', insert: (f) => ({ ...carried(f), kind: 'result' }) },
  { type: 'carry_decision', table: 'report_carried_items', insert: (f) => ({ ...carried(f), decision: 'perhaps' }) },
  { type: 'report_section', table: 'report_comments', insert: (f) => ({ report_id: f.report, partnership_id: A, author_id: demoUsers.grace.id, body: 'x', section: 'appendix' }) },
  { type: 'report_status', table: 'reports', insert: () => ({ ...report, status: 'lost' }) },
  { type: 'contribution', table: 'result_targets', insert: (f) => ({ result_id: f.result, partnership_id: A, target_id: '5.4', contribution: 'maybe' }) },
  { type: 'result_level', table: 'results', insert: () => ({ partnership_id: A, title: 'Valid result', level: 'vibe' }) },
  { type: 'staff_role', table: 'staff', insert: () => ({ user_id: demoUsers.grace.id, role: 'boss' }) },
];

let stack: DemoStack;
let service: SupabaseClient;
let fixtures: Fixtures;

async function idOf(query: PromiseLike<{ data: unknown; error: unknown }>) {
  const { data, error } = await query;
  if (error) throw new Error(JSON.stringify(error));
  return (data as { id: string }).id;
}

beforeAll(async () => {
  stack = await startDemoStack();
  service = stack.service();
  const result = await idOf(service.from('results').select('id').eq('partnership_id', A).eq('title', 'More women in county decision-making').single());
  fixtures = {
    activity: await idOf(service.from('activities').select('id').eq('partnership_id', A).eq('year', 2025).limit(1).single()),
    result,
    indicator: await idOf(service.from('indicators').select('id').eq('result_id', result).eq('sdg_indicator_id', '5.5.1').single()),
    report: await idOf(service.from('reports').select('id').eq('partnership_id', A).eq('year', 2025).single()),
    carried: await service.from('report_carried_items').select('report_id, partnership_id, source_report_id, kind, indicator_id').not('indicator_id', 'is', null).limit(1).single().then(({ data }) => data!),
  };
  const { error } = await service.from('evidence').insert({ ...evidence(fixtures), object_path: `${A}/existing.pdf` });
  if (error) throw new Error(error.message);
  const sent = await service.from('sent_digests').insert({ user_id: demoUsers.grace.id, sent_on: '2027-01-01', items: 1 });
  if (sent.error) throw new Error(sent.error.message);
}, 120_000);
afterAll(() => stack?.stop());

describe('constraints', () => {
  it('every named check and unique constraint has a case here', async () => {
    const rows = await stack.context.db.query<{ name: string }>(
      `select conname as name from pg_constraint c join pg_namespace n on n.oid = c.connamespace
        where n.nspname = 'public' and c.contype in ('c', 'u') order by 1`,
    );
    const covered = new Set([...cases.map((entry) => entry.constraint), ...backingConstraints]);
    expect(rows.map((row) => row.name).filter((name) => !covered.has(name))).toEqual([]);
  });

  it('every enum has a case here', async () => {
    const rows = await stack.context.db.query<{ name: string }>(
      `select t.typname as name from pg_type t join pg_namespace n on n.oid = t.typnamespace where n.nspname = 'public' and t.typtype = 'e' order by 1`,
    );
    const covered = new Set(vocabularyCases.map((entry) => entry.type));
    expect(rows.map((row) => row.name).filter((name) => !covered.has(name))).toEqual([]);
  });

  it.each(vocabularyCases)('$table refuses a value outside $type', async (entry) => {
    const { error } = await service.from(entry.table).insert(entry.insert(fixtures)).rollback();
    expect(error?.code, JSON.stringify(error)).toBe('22P02');
    expect(error?.message).toContain(`invalid input value for enum ${entry.type}:`);
  });

  it.each(cases)('$table refuses a value against $constraint', async (entry) => {
    const table = service.from(entry.table);
    const { error } = 'insert' in entry ? await table.insert(entry.insert(fixtures)).rollback() : await table.update(entry.update).match(entry.where).rollback();
    expect(error?.code, JSON.stringify(error)).toMatch(/^23(514|505)$/);
    expect(error?.message).toContain(`"${entry.constraint}"`);
  });
});
