import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoStack, type DemoStack } from './support/demo-stack.ts';

let stack: DemoStack;
let grace: SupabaseClient;
let erik: SupabaseClient;
let analyst: SupabaseClient;
let indicatorId: string;

async function valuesOf(year: number) {
  const { data } = await stack.service().from('indicator_values').select('sex, target_value, actual_value, comment, version').eq('indicator_id', indicatorId).eq('year', year).order('sex');
  return data ?? [];
}

beforeAll(async () => {
  stack = await startDemoStack();
  [grace, erik, analyst] = await Promise.all([stack.signIn('grace'), stack.signIn('erik'), stack.signIn('analyst')]);
  const { data } = await stack.service().from('indicators').select('id').eq('title', 'Women and men trained in leadership').single();
  indicatorId = data!.id;
}, 120_000);
afterAll(() => stack?.stop());

describe('save_indicator_values', () => {
  it('adds new years, changes existing ones from their version, and returns the whole grid', async () => {
    const [total2025] = (await valuesOf(2025)).filter((value) => value.sex === 'total');
    const { data, error } = await grace.rpc('save_indicator_values', {
      indicator_id: indicatorId,
      entries: [
        { year: 2025, sex: 'total', target_value: 40, actual_value: 29, comment: 'Two more joined late.', version: total2025.version },
        { year: 2026, sex: 'total', target_value: 45, actual_value: null, comment: '' },
        { year: 2026, sex: 'women', target_value: 27, actual_value: null, comment: '' },
        { year: 2027, sex: 'total', target_value: null, actual_value: null, comment: '' },
      ],
    });
    expect(error).toBeNull();
    expect(data.filter((value: { year: number }) => value.year === 2027)).toEqual([]);
    expect(await valuesOf(2026)).toEqual([
      { sex: 'total', target_value: 45, actual_value: null, comment: '', version: 1 },
      { sex: 'women', target_value: 27, actual_value: null, comment: '', version: 1 },
    ]);
    expect((await valuesOf(2025)).find((value) => value.sex === 'total')).toMatchObject({ actual_value: 29, version: total2025.version + 1 });
  });

  it('refuses the whole grid when one value is stale or was added meanwhile', async () => {
    const stale = await grace.rpc('save_indicator_values', {
      indicator_id: indicatorId,
      entries: [
        { year: 2026, sex: 'men', target_value: 18, actual_value: null, comment: '' },
        { year: 2025, sex: 'total', target_value: 40, actual_value: 99, comment: '', version: 1 },
      ],
    });
    expect(stale.status).toBe(409);
    expect((await valuesOf(2026)).map((value) => value.sex)).toEqual(['total', 'women']);

    const addedMeanwhile = await grace.rpc('save_indicator_values', { indicator_id: indicatorId, entries: [{ year: 2026, sex: 'total', target_value: 50, actual_value: null, comment: '' }] });
    expect(addedMeanwhile.error).toMatchObject({ code: 'PT409' });
    expect((await valuesOf(2026))[0].target_value).toBe(45);
  });

  it('removes a value emptied from the version it was read at', async () => {
    const women = (await valuesOf(2026)).find((value) => value.sex === 'women')!;
    const { error } = await grace.rpc('save_indicator_values', { indicator_id: indicatorId, entries: [{ year: 2026, sex: 'women', target_value: null, actual_value: null, comment: '', version: women.version }] });
    expect(error).toBeNull();
    expect((await valuesOf(2026)).map((value) => value.sex)).toEqual(['total']);
  });

  it('is refused in a frozen year, to other partnerships, to staff and to anonymous callers', async () => {
    const frozen = await grace.rpc('save_indicator_values', { indicator_id: indicatorId, entries: [{ year: 2024, sex: 'other', target_value: 1, actual_value: 1, comment: '' }] });
    expect(frozen.error).toMatchObject({ code: 'PT423' });
    const entries = [{ year: 2026, sex: 'other', target_value: 1, actual_value: null, comment: '' }];
    expect((await erik.rpc('save_indicator_values', { indicator_id: indicatorId, entries })).error?.message).toBe('indicator_not_found');
    expect((await analyst.rpc('save_indicator_values', { indicator_id: indicatorId, entries })).error?.code).toBe('42501');
    expect((await stack.anon().rpc('save_indicator_values', { indicator_id: indicatorId, entries })).status).toBe(401);
    expect((await valuesOf(2026)).map((value) => value.sex)).toEqual(['total']);
  });
});

describe('a percentage by sex needs its total', () => {
  let percentageId: string;
  beforeAll(async () => {
    const { data: result } = await grace.from('results').select('id').eq('title', 'More women in county decision-making').single();
    const { data, error } = await grace
      .from('indicators')
      .insert({ result_id: result!.id, partnership_id: '00000000-0000-4000-c000-000000000001', title: 'Share of girls completing school', measure: 'percentage', unit: '%', aggregation: 'latest', disaggregated_by_sex: true })
      .select('id')
      .single();
    expect(error).toBeNull();
    percentageId = data!.id;
  });

  it('refuses shares by sex without the total of the year, saying why, and saves nothing of the grid', async () => {
    const { error } = await grace.rpc('save_indicator_values', {
      indicator_id: percentageId,
      entries: [
        { year: 2026, sex: 'total', target_value: 80, actual_value: null, comment: '' },
        { year: 2026, sex: 'women', target_value: null, actual_value: 72, comment: '' },
        { year: 2026, sex: 'men', target_value: null, actual_value: 64, comment: '' },
      ],
    });
    expect(error?.code).toBe('23514');
    expect(error?.message).toContain('indicator_values_percentage_total_required');
    expect(error?.details).toContain('give the total for 2026');
    expect((await stack.service().from('indicator_values').select('id').eq('indicator_id', percentageId)).data).toEqual([]);
  });

  it('saves them with the total, in whichever order the rows come', async () => {
    const { error } = await grace.rpc('save_indicator_values', {
      indicator_id: percentageId,
      entries: [
        { year: 2026, sex: 'women', target_value: null, actual_value: 72, comment: '' },
        { year: 2026, sex: 'men', target_value: null, actual_value: 64, comment: '' },
        { year: 2026, sex: 'total', target_value: 80, actual_value: 68, comment: '' },
      ],
    });
    expect(error).toBeNull();
    expect((await stack.service().from('indicator_values').select('id').eq('indicator_id', percentageId)).data).toHaveLength(3);
  });

  it('refuses removing the total while the shares by sex remain', async () => {
    const { data: total } = await stack.service().from('indicator_values').select('version').eq('indicator_id', percentageId).eq('sex', 'total').single();
    const { error } = await grace.rpc('save_indicator_values', {
      indicator_id: percentageId,
      entries: [{ year: 2026, sex: 'total', target_value: null, actual_value: null, comment: '', version: total!.version }],
    });
    expect(error?.message).toContain('indicator_values_percentage_total_required');
  });

});
