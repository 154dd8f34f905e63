import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPartnerships, startDemoStack, type DemoStack } from './support/demo-stack.ts';

const A = demoPartnerships.robertsforsMachakos;
const exports = ['export_partnerships', 'export_activities', 'export_results', 'export_indicator_values', 'export_reports'] as const;
const all = { year_from: 2015, year_to: 2030 };

let stack: DemoStack;
let anna: SupabaseClient;
let analyst: SupabaseClient;

beforeAll(async () => {
  stack = await startDemoStack();
  [anna, analyst] = await Promise.all([stack.signIn('anna'), stack.signIn('analyst')]);
}, 120_000);
afterAll(() => stack?.stop());

async function rows<T = Record<string, unknown>>(client: SupabaseClient, name: string, args: Record<string, unknown>) {
  const { data, error } = await client.rpc(name, args);
  if (error) throw new Error(`${name}: ${error.message}`);
  return data as T[];
}

describe('activity export', () => {
  it('has one row per activity and target link, direct or indirect, with codes of the partnership and its countries', async () => {
    // 2024 in Robertsfors – Machakos: safe public spaces (5.2 d, 11.7 d), mentoring (5.5 d), GBV study visit (5.2 d, 16.1 i).
    const links = await rows<{ title: string; target_id: string; goal_id: number; contribution: string; partner_country_codes: string; partner_regions: string }>(analyst, 'export_activities', { year_from: 2024, year_to: 2024, partnership_id: A });
    expect(links.map((row) => [row.target_id, row.contribution])).toEqual(
      expect.arrayContaining([['5.2', 'direct'], ['11.7', 'direct'], ['5.5', 'direct'], ['5.2', 'direct'], ['16.1', 'indirect']]),
    );
    expect(links).toHaveLength(5);
    expect(new Set(links.map((row) => `${row.partner_country_codes}/${row.partner_regions}`))).toEqual(new Set(['KE/africa']));
    const goalFive = await rows<{ goal_id: number }>(analyst, 'export_activities', { year_from: 2024, year_to: 2024, partnership_id: A, goal_id: 5 });
    expect(goalFive.map((row) => row.goal_id)).toEqual([5, 5, 5]);
  });

  it.each(exports)('%s pages by key in a stable order that neither overlaps nor skips', async (name) => {
    const whole = await rows<{ row_key: string }>(analyst, name, all);
    expect(whole.length).toBeGreaterThan(3);
    const pages: { row_key: string }[] = [];
    let afterKey: string | undefined;
    for (;;) {
      const page = await rows<{ row_key: string }>(analyst, name, { ...all, after_key: afterKey, page_size: 3 });
      pages.push(...page);
      if (page.length < 3) break;
      afterKey = page[page.length - 1].row_key;
    }
    expect(pages).toEqual(whole);
    expect(new Set(whole.map((row) => row.row_key)).size).toBe(whole.length);
  });

  it('counts the rows of an export without sending them', async () => {
    const { count, error } = await analyst.rpc('export_activities', all, { count: 'exact', head: true });
    expect(error).toBeNull();
    expect(count).toBe((await rows(analyst, 'export_activities', all)).length);
  });
});

describe('indicator values export, long format', () => {
  it('has one row per indicator, year and sex category, with target, actual, baseline, rule and comment', async () => {
    const values = await rows<{ indicator_id: string; year: number; sex: string; aggregation: string; sdg_indicator_id: string | null; result_target_ids: string }>(analyst, 'export_indicator_values', { ...all, partnership_id: A });
    expect(values.length).toBeGreaterThan(3);
    expect(new Set(values.map((row) => `${row.indicator_id}/${row.year}/${row.sex}`)).size).toBe(values.length);
    expect(values[0]).toEqual(expect.objectContaining({ aggregation: expect.stringMatching(/^(sum|cumulative|latest)$/), baseline_value: expect.anything(), comment: expect.any(String) }));
    expect(values.some((row) => row.sdg_indicator_id === '5.5.1' && row.result_target_ids.split('|').includes('5.5'))).toBe(true);
  });

  it('gives a number entered only by sex its total row, the sum of the parts, as the progress counts it', async () => {
    const { data: indicator } = await anna.from('indicators').select('id').eq('title', 'Women and men trained in leadership').single();
    const { error } = await anna.rpc('save_indicator_values', {
      indicator_id: indicator!.id,
      entries: [
        { year: 2027, sex: 'women', target_value: 12, actual_value: 9, comment: '' },
        { year: 2027, sex: 'men', target_value: 8, actual_value: 7, comment: '' },
      ],
    });
    expect(error).toBeNull();
    const values = await rows<{ indicator_id: string; year: number; sex: string; target_value: number | null; actual_value: number | null; comment: string }>(analyst, 'export_indicator_values', { year_from: 2027, year_to: 2027, partnership_id: A });
    expect(values.filter((row) => row.indicator_id === indicator!.id).map(({ sex, target_value, actual_value, comment }) => ({ sex, target_value, actual_value, comment }))).toEqual([
      { sex: 'men', target_value: 8, actual_value: 7, comment: '' },
      { sex: 'total', target_value: 20, actual_value: 16, comment: '' },
      { sex: 'women', target_value: 12, actual_value: 9, comment: '' },
    ]);
  });
});

describe('reports export', () => {
  it('has each report with its state, dates, reviewer, comments and sections', async () => {
    const reports = await rows<{ partnership_id: string; year: number; status: string; section_summary: string }>(analyst, 'export_reports', all);
    expect(reports.length).toBeGreaterThan(4);
    expect(new Set(reports.map((row) => row.status))).toEqual(new Set(['draft', 'submitted', 'returned', 'approved']));
    expect(reports.find((row) => row.status === 'approved')).toEqual(expect.objectContaining({ reviewed_at: expect.any(String), reviewed_by: expect.any(String), submitted_by: expect.any(String) }));
  });

  it('says which side writes each section, and carries the other languages under their section and tag', async () => {
    const reports = await rows<{ partnership_id: string; year: number; section_owners: string; sections_in_other_languages: string | null }>(analyst, 'export_reports', all);
    const together = reports.find((row) => row.partnership_id === A && row.year === 2025)!;
    expect(together.section_owners).toBe(
      'summary: swedish, ready; contribution: partner, ready; localisation_progress: partner, ready; challenges: partner; lessons_learned: swedish; next_year_plan: swedish',
    );
    expect(together.sections_in_other_languages).toMatch(/^\[summary, sv\]\nUngdomsråd och utbildning/);
    expect(together.sections_in_other_languages).toContain('\n\n[lessons_learned, sv]\nMedborgardialog fungerar bäst');
    expect(reports.find((row) => row.partnership_id === A && row.year === 2024)!.sections_in_other_languages).toBeNull();
  });
});

describe('what an export contains is what the caller may read', () => {
  it.each(exports)('%s: a coordinator exports only their partnership', async (name) => {
    const mine = await rows<{ partnership_id: string }>(anna, name, all);
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((row) => row.partnership_id))).toEqual(new Set([A]));
    const everyone = await rows<{ partnership_id: string }>(analyst, name, all);
    expect(new Set(everyone.map((row) => row.partnership_id)).size).toBeGreaterThan(1);
  });

  it.each(exports)('%s: anonymous callers are refused', async (name) => {
    expect((await stack.anon().rpc(name, all)).status).toBe(401);
  });
});

describe('IATI activity records', () => {
  it('gather a partnership\'s organisations, targets and results with indicator values of the range', async () => {
    const records = await rows<{ partnership_id: string; activity: { name: string; organisations: { side: string; country_code: string }[]; target_ids: string[]; results: { indicators: { sdg_indicator_id: string | null; values: { year: number }[] }[] }[] } }>(
      analyst,
      'iati_activities',
      { year_from: 2024, year_to: 2024, partnership_id: A },
    );
    expect(records).toHaveLength(1);
    const [{ activity }] = records;
    expect(activity.name).toBe('Robertsfors – Machakos');
    expect(activity.organisations.map((organisation) => `${organisation.side}/${organisation.country_code}`)).toEqual(['swedish/SE', 'partner/KE']);
    expect(activity.target_ids).toEqual(expect.arrayContaining(['5.2', '5.5', '11.7', '16.1']));
    const indicators = activity.results.flatMap((result) => result.indicators);
    expect(indicators.some((indicator) => indicator.sdg_indicator_id === '5.5.1')).toBe(true);
    expect(new Set(indicators.flatMap((indicator) => indicator.values.map((value) => value.year)))).toEqual(new Set([2024]));
  });

  it('hold only what the caller may read', async () => {
    const mine = await rows<{ partnership_id: string }>(anna, 'iati_activities', all);
    expect(mine.map((row) => row.partnership_id)).toEqual([A]);
    expect((await rows(analyst, 'iati_activities', all)).length).toBe(3);
    expect((await stack.anon().rpc('iati_activities', all)).status).toBe(401);
    expect((await stack.anon().rpc('iati_withheld_partnerships', all)).status).toBe(401);
  });

  it('publish a partnership only while its public profile is on, and name those left out', async () => {
    const published = async (client: SupabaseClient) => (await rows<{ partnership_id: string }>(client, 'iati_activities', all)).map((row) => row.partnership_id);
    const withheld = async (client: SupabaseClient) => (await rows<{ partnership_name: string }>(client, 'iati_withheld_partnerships', all)).map((row) => row.partnership_name);
    // Ale – Ghanzi keeps its profile private in the demo data.
    expect(await published(analyst)).toEqual(expect.arrayContaining([A, demoPartnerships.vaxjoJbMarks, demoPartnerships.vasterbottenYogyakarta]));
    expect(await published(analyst)).not.toContain(demoPartnerships.aleGhanzi);
    expect(await withheld(analyst)).toEqual(['Ale – Ghanzi']);
    const lina = await stack.signIn('lina');
    expect(await published(lina)).toEqual([]);
    expect(await withheld(lina)).toEqual(['Ale – Ghanzi']);
    expect(await withheld(anna)).toEqual([]);

    // Turning the profile off withdraws the consent; turning it on gives it.
    const service = stack.service();
    await service.from('partnerships').update({ is_public: false }).eq('id', A).throwOnError();
    try {
      expect(await published(analyst)).not.toContain(A);
      expect(await withheld(analyst)).toEqual(['Ale – Ghanzi', 'Robertsfors – Machakos']);
      expect(await published(anna)).toEqual([]);
    } finally {
      await service.from('partnerships').update({ is_public: true }).eq('id', A).throwOnError();
    }
    expect(await published(anna)).toEqual([A]);
  });
});
