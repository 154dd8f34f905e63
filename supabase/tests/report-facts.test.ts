import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPartnerships, startDemoStack, type DemoStack } from './support/demo-stack.ts';

const A = demoPartnerships.robertsforsMachakos;

let stack: DemoStack;
let grace: SupabaseClient;
let erik: SupabaseClient;
let analyst: SupabaseClient;
let report2024: string;

beforeAll(async () => {
  stack = await startDemoStack();
  [grace, erik, analyst] = await Promise.all([stack.signIn('grace'), stack.signIn('erik'), stack.signIn('analyst')]);
  const { data } = await stack.service().from('reports').select('id').eq('partnership_id', A).eq('year', 2024).single();
  report2024 = data!.id;
}, 120_000);
afterAll(() => stack?.stop());

describe('report_facts', () => {
  it('sums up the year of Robertsfors – Machakos 2024 as computed by hand from the seed', async () => {
    // Safe public spaces: 87 w, 41 m, 2 o; participation, non-discrimination; inform & include; 5.2 d, 11.7 d.
    // Mentoring: 31 w; participation, non-discrimination; implement & follow up; 5.5 d.
    // GBV study visit: 6 w, 2 m; accountability; set a local agenda; 5.2 d, 16.1 i.
    const { data, error } = await grace.rpc('report_facts', { report_id: report2024 });
    expect(error).toBeNull();
    const { indicators, ...counts } = data;
    expect(indicators).toHaveLength(3);
    expect(counts).toEqual({
      year: 2024,
      activities: 3,
      participants: { women: 124, men: 43, other: 2 },
      principles: [
        { principle: 'accountability', activities: 1 },
        { principle: 'non_discrimination', activities: 2 },
        { principle: 'participation', activities: 2 },
      ],
      stages: [
        { stage: 'implement_follow_up', activities: 1 },
        { stage: 'inform_include', activities: 1 },
        { stage: 'set_local_agenda', activities: 1 },
      ],
      targets: [
        { target_id: '5.2', direct: 2, indirect: 0 },
        { target_id: '5.5', direct: 1, indirect: 0 },
        { target_id: '11.7', direct: 1, indirect: 0 },
        { target_id: '16.1', direct: 0, indirect: 1 },
      ],
    });
  });

  it('is the same for the reviewers, and hidden from other partnerships', async () => {
    const forAnalyst = await analyst.rpc('report_facts', { report_id: report2024 });
    expect(forAnalyst.data.participants).toEqual({ women: 124, men: 43, other: 2 });
    const forErik = await erik.rpc('report_facts', { report_id: report2024 });
    expect(forErik.error?.message).toBe('report_not_found');
  });
});

describe("a year's report counts that year and the years before it", () => {
  type IndicatorFacts = {
    indicator_id: string;
    title: string;
    aggregation: string;
    values: { sex: string; target_value: number | null; actual_value: number | null }[];
    total: { target_value: number | null; actual_value: number | null; actual_from_parts: boolean } | null;
    progress: { achieved: number | null; target: number | null; through_year: number | null; share: number | null };
  };
  let anna: SupabaseClient;
  let report2025: string;
  let indicatorId: string;
  const facts = async (client: SupabaseClient, reportId: string) => {
    const { data, error } = await client.rpc('report_facts', { report_id: reportId });
    expect(error).toBeNull();
    return (data.indicators as IndicatorFacts[]).find((entry) => entry.indicator_id === indicatorId);
  };
  const save = async (entries: object[]) => {
    const { data: stored } = await anna.from('indicator_values').select('year, sex, version').eq('indicator_id', indicatorId);
    const versioned = entries.map((entry) => ({ ...entry, version: stored?.find((row) => `${row.year}/${row.sex}` === `${(entry as { year: number }).year}/${(entry as { sex: string }).sex}`)?.version ?? null }));
    const { error } = await anna.rpc('save_indicator_values', { indicator_id: indicatorId, entries: versioned });
    expect(error).toBeNull();
  };

  beforeAll(async () => {
    anna = await stack.signIn('anna');
    const { data: report } = await stack.service().from('reports').select('id').eq('partnership_id', A).eq('year', 2025).single();
    report2025 = report!.id;
    const { data: result } = await anna.from('results').select('id').eq('partnership_id', A).eq('title', 'More women in county decision-making').single();
    const { data: indicator, error } = await anna
      .from('indicators')
      .insert({ result_id: result!.id, partnership_id: A, title: 'Women in the county assembly committees', measure: 'number', unit: 'women', aggregation: 'sum', disaggregated_by_sex: true })
      .select('id')
      .single();
    expect(error).toBeNull();
    indicatorId = indicator!.id;
    await save([
      { year: 2025, sex: 'total', target_value: 20, actual_value: 18, comment: '' },
      { year: 2026, sex: 'total', target_value: 25, actual_value: null, comment: '' },
    ]);
  });

  it('a sum against the targets through the year: 18 of 20 through 2025, not of 45', async () => {
    expect((await facts(anna, report2025))?.progress).toEqual({ achieved: 18, target: 20, through_year: 2025, share: 0.9 });
  });

  it('values entered for the next year leave the figures of the year as they were', async () => {
    await save([{ year: 2026, sex: 'total', target_value: 25, actual_value: 30, comment: '' }]);
    expect((await facts(anna, report2025))?.progress).toEqual({ achieved: 18, target: 20, through_year: 2025, share: 0.9 });
  });

  it('shows the values by sex of a disaggregated indicator, and a total entered only by sex is their sum', async () => {
    await save([
      { year: 2025, sex: 'total', target_value: 20, actual_value: null, comment: '' },
      { year: 2025, sex: 'women', target_value: null, actual_value: 11, comment: '' },
      { year: 2025, sex: 'men', target_value: null, actual_value: 8, comment: '' },
    ]);
    const entry = await facts(analyst, report2025);
    expect(entry?.values.map(({ sex, target_value, actual_value }) => ({ sex, target_value, actual_value }))).toEqual([
      { sex: 'total', target_value: 20, actual_value: null },
      { sex: 'women', target_value: null, actual_value: 11 },
      { sex: 'men', target_value: null, actual_value: 8 },
    ]);
    expect(entry?.total).toMatchObject({ target_value: 20, actual_value: 19, actual_from_parts: true });
    expect(entry?.progress).toEqual({ achieved: 19, target: 20, through_year: 2025, share: 0.95 });
  });

  it('once submitted, later changes do not change the report; returning it counts the data again', async () => {
    const service = stack.service();
    expect((await service.from('reports').update({ status: 'submitted', submitted_at: new Date().toISOString() }).eq('id', report2025)).error).toBeNull();
    const submitted = await facts(analyst, report2025);
    expect(submitted?.progress).toEqual({ achieved: 19, target: 20, through_year: 2025, share: 0.95 });

    // the next year, and the indicator's own definition, stay open to change
    await save([{ year: 2026, sex: 'total', target_value: 5, actual_value: 40, comment: '' }]);
    expect((await anna.from('indicators').update({ aggregation: 'latest', title: 'Women on county committees' }).eq('id', indicatorId)).error).toBeNull();
    expect(await facts(anna, report2025)).toEqual(submitted);
    expect(await facts(analyst, report2025)).toEqual(submitted);
    const { data: snapshot } = await anna.from('report_snapshots').select('report_id').eq('report_id', report2025);
    expect(snapshot).toHaveLength(1);

    expect((await analyst.rpc('return_report', { report_id: report2025, comment: 'Please explain the committee figures.' })).error).toBeNull();
    expect(await facts(anna, report2025)).toMatchObject({ title: 'Women on county committees', aggregation: 'latest' });
    const { data: released } = await anna.from('report_snapshots').select('report_id').eq('report_id', report2025);
    expect(released).toEqual([]);
  });

  it('nobody writes a snapshot, and other partnerships do not read them', async () => {
    const { data: someReport } = await stack.service().from('reports').select('id, partnership_id').eq('partnership_id', A).eq('year', 2024).single();
    const forged = await anna.from('report_snapshots').insert({ report_id: someReport!.id, partnership_id: A, facts: {} });
    expect(forged.error).not.toBeNull();
    await anna.from('report_snapshots').update({ facts: {} }).eq('report_id', someReport!.id);
    expect((await anna.from('report_snapshots').select('facts').eq('report_id', someReport!.id).single()).data?.facts).not.toEqual({});
    expect((await erik.from('report_snapshots').select('report_id').eq('report_id', someReport!.id)).data).toEqual([]);
    expect((await analyst.from('report_snapshots').select('report_id').eq('report_id', someReport!.id)).data).toHaveLength(1);
  });
});
