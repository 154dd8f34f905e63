/** Results against the theory of change: each says its level of change and whose change it is. */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPartnerships, startDemoStack, type DemoStack } from './support/demo-stack.ts';

const A = demoPartnerships.robertsforsMachakos;
const years = { year_from: 2023, year_to: 2025 };

let stack: DemoStack;
let grace: SupabaseClient;
let anna: SupabaseClient;
let analyst: SupabaseClient;

beforeAll(async () => {
  stack = await startDemoStack();
  [grace, anna, analyst] = await Promise.all([stack.signIn('grace'), stack.signIn('anna'), stack.signIn('analyst')]);
}, 120_000);
afterAll(() => stack?.stop());

/** The results per level and side, counted plainly: those with a value of one of their indicators in the years. */
async function plainCount(partnershipIds: string[] | null) {
  const rows = await stack.context.db.query<{ change_level: string | null; change_side: string | null; results: number }>(
    `select r.change_level::text, r.change_side::text, count(*)::int as results
     from public.results r
     where ($1::uuid[] is null or r.partnership_id = any ($1))
       and exists (
         select from public.indicators i join public.indicator_values v on v.indicator_id = i.id
         where i.result_id = r.id and v.year between $2 and $3 and (v.target_value is not null or v.actual_value is not null)
       )
       and exists (select from public.result_targets l where l.result_id = r.id)
     group by r.change_level, r.change_side order by r.change_level nulls last, r.change_side nulls last`,
    [partnershipIds, years.year_from, years.year_to],
  );
  return rows;
}

describe('a result’s level of change and side', () => {
  it('are saved with the result, and a value outside either list is refused as malformed', async () => {
    const result = { partnership_id: A, title: 'Councillors lead budget hearings', level: 'outcome', change_level: 'organisational', change_side: 'partner' };
    const { data, error } = await grace.rpc('save_result', { result, targets: [{ target_id: '5.5', contribution: 'direct' }] });
    expect(error).toBeNull();
    expect(data).toMatchObject({ change_level: 'organisational', change_side: 'partner' });

    const changed = await grace.rpc('save_result', { result: { ...result, id: data.id, version: data.version, change_level: 'societal', change_side: 'both' }, targets: [] });
    expect(changed.data).toMatchObject({ change_level: 'societal', change_side: 'both', version: 2 });

    const wrong = await grace.rpc('save_result', { result: { ...result, title: 'A result at a level that is not one', change_level: 'global' }, targets: [] });
    expect(wrong.status).toBe(400);
    expect(wrong.error?.code).toBe('22P02');
    const { count } = await stack.service().from('results').select('*', { count: 'exact', head: true }).eq('title', 'A result at a level that is not one');
    expect(count).toBe(0);
  });

  it('are counted by the dashboards as a plain count of the results does, for the programme and for a member', async () => {
    const programme = await analyst.rpc('dashboard_result_changes', years);
    expect(programme.error).toBeNull();
    expect(programme.data).toEqual(await plainCount(null));
    expect(programme.data.length).toBeGreaterThan(2);

    const own = await anna.rpc('dashboard_result_changes', years);
    expect(own.data).toEqual(await plainCount([A]));
    expect(own.data).not.toEqual(programme.data);
  });

  it('follow the goal filter, and count nothing under a principle, which results do not advance', async () => {
    const goal16 = await analyst.rpc('dashboard_result_changes', { ...years, goal_id: 16 });
    const linked = await stack.context.db.query<{ results: number }>(
      `select count(distinct f.result_id)::int as results from public.result_facts f
       where f.goal_id = 16 and f.years && array[2023, 2024, 2025]::smallint[]`,
    );
    expect(goal16.data.reduce((sum: number, row: { results: number }) => sum + row.results, 0)).toBe(linked[0].results);
    expect((await analyst.rpc('dashboard_result_changes', { ...years, principle: 'participation' })).data).toEqual([]);
    expect((await stack.anon().rpc('dashboard_result_changes', years)).status).toBe(401);
  });

  it('are in the results export, each result once per target link', async () => {
    const { data, error } = await analyst.rpc('export_results', { ...years, partnership_id: A });
    expect(error).toBeNull();
    const womenInCommittees = data.filter((row: { title: string }) => row.title === 'More women in county decision-making');
    expect(womenInCommittees.length).toBeGreaterThan(0);
    for (const row of womenInCommittees) expect(row).toMatchObject({ level: 'outcome', change_level: 'societal', change_side: 'partner' });
  });
});
