import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPartnerships, startDemoStack, type DemoStack } from './support/demo-stack.ts';

/*
 * A hand-made fixture in years no demo data uses (2030–2031), in two partner countries:
 *
 * Tanzania (TZ, Africa), 2030–2031:
 *   a1 2030  5.5 direct, 5.1 indirect, 16.7 indirect  women 10 men 5 other 1  participation, transparency  inform & include  women, youth
 *   a2 2030  5.2 indirect                              women 3 men 3           participation                set a local agenda youth
 *   a3 2030  no target                                 men 2
 *   a4 2031  5.5 direct                                women 4                 accountability               implement & follow up
 *   r1       5.5 direct, 16.7 indirect; indicator on 5.5.1 (sum): 2030 target 10 actual 8, 2031 target 10 actual 12
 *   r2       5.2 indirect; indicator without values
 * Serbia (RS, Europe), 2030:
 *   a5 2030  5.5 indirect                              women 1
 */
const years = { year_from: 2030, year_to: 2031 };
const tanzania = { ...years, country_code: 'TZ' };

let stack: DemoStack;
let service: SupabaseClient;
let analyst: SupabaseClient;
let anna: SupabaseClient;
const ids: Record<string, string> = {};

async function insert(table: string, rows: Record<string, unknown> | Record<string, unknown>[]) {
  const { data, error } = await service.from(table).insert(rows as never).select();
  if (error) throw new Error(`${table}: ${error.message}`);
  return data as { id: string }[];
}

async function activity(key: string, partnership: string, fields: Record<string, unknown>, links: [string, 'direct' | 'indirect'][]) {
  const [row] = await insert('activities', { partnership_id: ids[partnership], title: `Fixture activity ${key}`, kind: 'workshop', ...fields });
  ids[key] = row.id;
  if (links.length) await insert('activity_targets', links.map(([target_id, contribution]) => ({ activity_id: row.id, partnership_id: ids[partnership], target_id, contribution })));
}

beforeAll(async () => {
  stack = await startDemoStack();
  service = stack.service();
  [analyst, anna] = await Promise.all([stack.signIn('analyst'), stack.signIn('anna')]);

  const [swedish, tz, rs] = await insert('organisations', [
    { name: 'Fixture kommun', kind: 'municipality', country_code: 'SE' },
    { name: 'Fixture District Council', kind: 'district_council', country_code: 'TZ' },
    { name: 'Fixture Municipality', kind: 'municipality', country_code: 'RS' },
  ]);
  const [tanzaniaPartnership, serbiaPartnership] = await insert('partnerships', [
    { name: 'Fixture – Tanzania', starts_year: 2030, ends_year: 2031 },
    { name: 'Fixture – Serbia', starts_year: 2030, ends_year: 2030 },
  ]);
  ids.tz = tanzaniaPartnership.id;
  ids.rs = serbiaPartnership.id;
  ids.rsOrganisation = rs.id;
  await insert('partnership_organisations', [
    { partnership_id: ids.tz, organisation_id: swedish.id, side: 'swedish' },
    { partnership_id: ids.tz, organisation_id: tz.id, side: 'partner' },
    { partnership_id: ids.rs, organisation_id: swedish.id, side: 'swedish' },
    { partnership_id: ids.rs, organisation_id: rs.id, side: 'partner' },
  ]);

  const day = (date: string) => ({ starts_on: date, ends_on: date });
  await activity('a1', 'tz', { ...day('2030-03-01'), participants_women: 10, participants_men: 5, participants_other: 1, principles: ['participation', 'transparency'], localisation_stage: 'inform_include', target_groups: ['women', 'youth'] }, [['5.5', 'direct'], ['5.1', 'indirect'], ['16.7', 'indirect']]);
  await activity('a2', 'tz', { ...day('2030-06-01'), participants_women: 3, participants_men: 3, principles: ['participation'], localisation_stage: 'set_local_agenda', target_groups: ['youth'] }, [['5.2', 'indirect']]);
  await activity('a3', 'tz', { ...day('2030-09-01'), participants_men: 2 }, []);
  await activity('a4', 'tz', { ...day('2031-02-01'), participants_women: 4, principles: ['accountability'], localisation_stage: 'implement_follow_up' }, [['5.5', 'direct']]);
  await activity('a5', 'rs', { ...day('2030-05-01'), participants_women: 1 }, [['5.5', 'indirect']]);

  const [r1, r2] = await insert('results', [
    { partnership_id: ids.tz, title: 'Fixture result one', level: 'outcome' },
    { partnership_id: ids.tz, title: 'Fixture result two', level: 'output' },
  ]);
  ids.r1 = r1.id;
  await insert('result_targets', [
    { result_id: r1.id, partnership_id: ids.tz, target_id: '5.5', contribution: 'direct' },
    { result_id: r1.id, partnership_id: ids.tz, target_id: '16.7', contribution: 'indirect' },
    { result_id: r2.id, partnership_id: ids.tz, target_id: '5.2', contribution: 'indirect' },
  ]);
  const [i1] = await insert('indicators', [
    { result_id: r1.id, partnership_id: ids.tz, title: 'Women on the council', sdg_indicator_id: '5.5.1', measure: 'number', aggregation: 'sum' },
    { result_id: r2.id, partnership_id: ids.tz, title: 'Not measured yet', sdg_indicator_id: null, measure: 'number', aggregation: 'sum' },
  ]);
  ids.i1 = i1.id;
  await insert('indicator_values', [
    { indicator_id: i1.id, partnership_id: ids.tz, year: 2030, target_value: 10, actual_value: 8 },
    { indicator_id: i1.id, partnership_id: ids.tz, year: 2031, target_value: 10, actual_value: 12 },
  ]);
}, 120_000);
afterAll(() => stack?.stop());

async function call<T>(client: SupabaseClient, name: string, args: Record<string, unknown>) {
  const { data, error } = await client.rpc(name, args);
  if (error) throw new Error(`${name}: ${error.message}`);
  return data as T[];
}

const goal = (goal_id: number, activities_direct: number, activities_indirect: number, results_direct: number, results_indirect: number) => ({
  goal_id,
  activities_direct,
  activities_indirect,
  results_direct,
  results_indirect,
});

describe('dashboard aggregates against the hand-made fixture', () => {
  it('headline: one running partnership in Tanzania, its activities, people and reports due', async () => {
    expect(await call(analyst, 'dashboard_headline', tanzania)).toEqual([
      { partnerships: 1, countries: 1, activities: 4, people_reached: 28, reports_due: 2, reports_approved: 0 },
    ]);
    expect(await call(analyst, 'dashboard_headline', { ...years, goal_id: 5 })).toEqual([
      expect.objectContaining({ partnerships: 2, countries: 2, activities: 4, people_reached: 16 + 6 + 4 + 1, reports_due: 3 }),
    ]);
  });

  it('goals: an activity once per goal (direct before indirect); a result once over the range', async () => {
    expect(await call(analyst, 'dashboard_goals', tanzania)).toEqual([goal(5, 2, 1, 1, 0), goal(16, 0, 1, 0, 1)]);
    expect(await call(analyst, 'dashboard_goals', { ...tanzania, year_to: 2030 })).toEqual([goal(5, 1, 1, 1, 0), goal(16, 0, 1, 0, 1)]);
  });

  it('goals under a principle: only the activities that advanced it, no results', async () => {
    expect(await call(analyst, 'dashboard_goals', { ...tanzania, principle: 'participation' })).toEqual([goal(5, 1, 1, 0, 0), goal(16, 0, 1, 0, 0)]);
  });

  it('country and region filters choose partnerships by their partner side', async () => {
    expect(await call(analyst, 'dashboard_goals', { ...years, region: 'europe' })).toEqual([goal(5, 0, 1, 0, 0)]);
    expect(await call(analyst, 'dashboard_goals', { ...years, country_code: 'RS' })).toEqual([goal(5, 0, 1, 0, 0)]);
    expect(await call(analyst, 'dashboard_goals', { ...years, region: 'oceania' })).toEqual([]);
  });

  it('drilling into goal 5: its targets in the official order, then the activities behind 5.5', async () => {
    const target = (target_id: string, activities_direct: number, activities_indirect: number, results_direct: number, results_indirect: number) => ({
      target_id,
      activities_direct,
      activities_indirect,
      results_direct,
      results_indirect,
    });
    expect(await call(analyst, 'dashboard_targets', { ...tanzania, goal_id: 5 })).toEqual([target('5.1', 0, 1, 0, 0), target('5.2', 0, 1, 0, 0), target('5.5', 2, 0, 1, 0)]);
    const activities = await call<{ title: string; contribution: string; partnership_name: string }>(analyst, 'dashboard_target_activities', { ...years, target_id: '5.5' });
    expect(activities.map((row) => [row.title, row.contribution, row.partnership_name])).toEqual([
      ['Fixture activity a4', 'direct', 'Fixture – Tanzania'],
      ['Fixture activity a5', 'indirect', 'Fixture – Serbia'],
      ['Fixture activity a1', 'direct', 'Fixture – Tanzania'],
    ]);
  });

  it('years: people by sex, principles and localisation stages; the goal filter counts the goal\'s activities', async () => {
    const year = (values: Record<string, number>) => ({
      activities: 0, participants_women: 0, participants_men: 0, participants_other: 0,
      participation: 0, transparency: 0, accountability: 0, non_discrimination: 0,
      inform_include: 0, set_local_agenda: 0, implement_follow_up: 0, ...values,
    });
    expect(await call(analyst, 'dashboard_years', tanzania)).toEqual([
      year({ year: 2030, activities: 3, participants_women: 13, participants_men: 10, participants_other: 1, participation: 2, transparency: 1, inform_include: 1, set_local_agenda: 1 }),
      year({ year: 2031, activities: 1, participants_women: 4, accountability: 1, implement_follow_up: 1 }),
    ]);
    const [goalFive] = await call<Record<string, number>>(analyst, 'dashboard_years', { ...tanzania, goal_id: 5, year_to: 2030 });
    expect(goalFive).toMatchObject({ activities: 2, participants_women: 13, participants_men: 8, participants_other: 1 });
  });

  it('target groups: an activity counts for every group it addresses', async () => {
    expect(await call(analyst, 'dashboard_target_groups', tanzania)).toEqual([
      { target_group: 'youth', activities: 2, participants_women: 13, participants_men: 8, participants_other: 1 },
      { target_group: 'women', activities: 1, participants_women: 10, participants_men: 5, participants_other: 1 },
    ]);
  });

  it('report status of the last year of the range, per country and overall', async () => {
    const status = (country_code: string | null, values: Record<string, number>) => ({ country_code, not_started: 0, draft: 0, submitted: 0, returned: 0, approved: 0, ...values });
    expect(await call(analyst, 'dashboard_report_status', { ...years, country_code: 'TZ' })).toEqual([status('TZ', { not_started: 1 }), status(null, { not_started: 1 })]);
    await insert('reports', { partnership_id: ids.tz, year: 2031 });
    expect(await call(analyst, 'dashboard_report_status', { year_from: 2030, year_to: 2031, region: 'africa', partnership_id: ids.tz })).toEqual([
      status('TZ', { draft: 1 }),
      status(null, { draft: 1 }),
    ]);
  });

  it('indicator progress by the aggregation rule: 8 + 12 of 10 + 10 is the target reached', async () => {
    expect(await call(analyst, 'dashboard_indicator_summary', tanzania)).toEqual([{ sdg_indicator_id: '5.5.1', indicators: 1, with_progress: 1, reached: 1, median_share: 1 }]);
    expect(await call(analyst, 'dashboard_indicator_progress', { ...tanzania, sdg_indicator_id: '5.5.1' })).toEqual([
      expect.objectContaining({ title: 'Women on the council', aggregation: 'sum', achieved: 20, target: 20, share: 1, through_year: 2031 }),
    ]);
    expect(await call(analyst, 'dashboard_indicator_progress', { ...tanzania, year_to: 2030, sdg_indicator_id: '5.5.1' })).toEqual([
      expect.objectContaining({ achieved: 8, target: 10, share: 0.8, through_year: 2030 }),
    ]);
  });
});

describe('what a coordinator counts', () => {
  it('only their own partnerships: the fixture is invisible to them', async () => {
    expect(await call(anna, 'dashboard_goals', tanzania)).toEqual([]);
    expect(await call(anna, 'dashboard_headline', tanzania)).toEqual([expect.objectContaining({ partnerships: 0, activities: 0, reports_due: 0 })]);
    expect(await call(anna, 'dashboard_target_activities', { ...years, target_id: '5.5' })).toEqual([]);
    expect(await call(anna, 'dashboard_indicator_summary', tanzania)).toEqual([]);
  });

  it('their partnership as staff count it, and nothing more', async () => {
    const all = { year_from: 2023, year_to: 2025 };
    const own = { ...all, partnership_id: demoPartnerships.robertsforsMachakos };
    const [annaHeadline] = await call<{ partnerships: number }>(anna, 'dashboard_headline', all);
    expect(annaHeadline.partnerships).toBe(1);
    expect(await call(anna, 'dashboard_goals', all)).toEqual(await call(analyst, 'dashboard_goals', own));
    expect(await call(anna, 'dashboard_years', all)).toEqual(await call(analyst, 'dashboard_years', own));
    const [analystHeadline] = await call<{ partnerships: number }>(analyst, 'dashboard_headline', all);
    expect(analystHeadline.partnerships).toBe(4);
  });

  it('the filters offer only the partnerships counted, with their partner countries', async () => {
    expect(await call(anna, 'dashboard_partnerships', {})).toEqual([{ partnership_id: demoPartnerships.robertsforsMachakos, name: 'Robertsfors – Machakos', country_codes: ['KE'] }]);
    const all = await call<{ name: string; country_codes: string[] }>(analyst, 'dashboard_partnerships', {});
    expect(all).toHaveLength(6);
    expect(all.find((row) => row.name === 'Fixture – Tanzania')?.country_codes).toEqual(['TZ']);
  });

  it('anonymous callers are refused', async () => {
    expect((await stack.anon().rpc('dashboard_goals', tanzania)).status).toBe(401);
  });
});

describe('the whole programme and its places as staff count them', () => {
  type Row = Record<string, number | string | null>;
  // Per key, each number of the rows added up (the rows of one call have one row per key).
  const addUp = (calls: Row[][], key: string) => {
    const totals = new Map<string, Row>();
    for (const row of calls.flat()) {
      const total = totals.get(String(row[key])) ?? { [key]: row[key] };
      for (const [column, value] of Object.entries(row)) if (column !== key && typeof value === 'number') total[column] = Number(total[column] ?? 0) + value;
      totals.set(String(row[key]), total);
    }
    return [...totals.values()].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
  };
  const cases = [
    { year_from: 2023, year_to: 2025 },
    { year_from: 2025, year_to: 2025, principle: 'participation' },
    { year_from: 2030, year_to: 2031, goal_id: 5 },
    { year_from: 2017, year_to: 2031 },
  ];

  // The partnerships a country or region filter counts: those with a partner there.
  const partnershipsIn = async ({ country_code, region }: { country_code?: string; region?: string }) => {
    const { data: regions } = await service.from('country_regions').select('country_code, region');
    const regionOf = new Map((regions ?? []).map((row) => [row.country_code as string, row.region as string]));
    const rows = await call<{ partnership_id: string; country_codes: string[] }>(analyst, 'dashboard_partnerships', {});
    return rows
      .filter((row) => !country_code || row.country_codes.includes(country_code))
      .filter((row) => !region || row.country_codes.some((code) => regionOf.get(code) === region))
      .map((row) => row.partnership_id);
  };

  // The whole programme, a partner country and a world region: each read from its own totals.
  const places = [{}, { country_code: 'TZ' }, { region: 'africa' }, { region: 'europe' }];
  const placeCases = cases.flatMap((filters) => places.map((place) => ({ ...filters, ...place })));

  it.each(placeCases)('equals the partnerships added up one by one: %o', async (filters) => {
    const partnerships = await partnershipsIn(filters);
    expect(partnerships.length).toBeGreaterThan(0);
    const each = (name: string, { country_code: _country, region: _region, ...args }: Record<string, unknown>) =>
      Promise.all(partnerships.map((partnership_id) => call<Row>(analyst, name, { ...args, partnership_id })));
    const whole = (name: string, args: Record<string, unknown>) => call<Row>(analyst, name, args);

    // Summed per partnership, a goal or target with nothing but zeros is no row of the whole.
    const someCount = (row: Row) => Object.entries(row).some(([column, value]) => !column.endsWith('_id') && typeof value === 'number' && value !== 0);
    expect(addUp(await each('dashboard_goals', filters), 'goal_id').filter(someCount)).toEqual(addUp([await whole('dashboard_goals', filters)], 'goal_id'));
    const goalFive = { ...filters, goal_id: 5 };
    expect(addUp(await each('dashboard_targets', goalFive), 'target_id').filter(someCount)).toEqual(addUp([await whole('dashboard_targets', goalFive)], 'target_id'));
    expect(addUp(await each('dashboard_years', filters), 'year')).toEqual(addUp([await whole('dashboard_years', filters)], 'year'));
    expect(addUp(await each('dashboard_target_groups', filters), 'target_group')).toEqual(addUp([await whole('dashboard_target_groups', filters)], 'target_group'));

    const headline = (rows: Row[]) => rows.map(({ partnerships: running, activities, people_reached, reports_due, reports_approved }) => ({ running, activities, people_reached, reports_due, reports_approved }));
    const [wholeHeadline] = headline(await whole('dashboard_headline', filters));
    const eachHeadline = headline((await each('dashboard_headline', filters)).flat());
    const summed = Object.fromEntries(Object.keys(wholeHeadline).map((column) => [column, eachHeadline.reduce((sum, row) => sum + Number(row[column as keyof typeof row]), 0)]));
    expect(summed).toEqual(wholeHeadline);
  });

  it('a coordinator never reads the programme-wide totals', async () => {
    for (const table of ['programme_activity_facts', 'programme_target_facts', 'programme_target_group_facts', 'programme_result_facts']) {
      const { data, error } = await anna.from(table).select('*').limit(1);
      expect(error).toBeNull();
      expect(data, table).toEqual([]);
      expect((await analyst.from(table).select('*').limit(1)).data, table).toHaveLength(1);
    }
  });
});

describe('the activities behind a target, a page at a time', () => {
  type Activity = { activity_id: string; title: string; row_key: string };
  const total = async (client: SupabaseClient, args: Record<string, unknown>, target: string) => {
    const rows = await call<{ target_id: string; activities_direct: number; activities_indirect: number }>(client, 'dashboard_targets', { ...args, goal_id: Number(target.split('.')[0]) });
    const row = rows.find((entry) => entry.target_id === target);
    return row ? row.activities_direct + row.activities_indirect : 0;
  };

  it.each([
    { viewer: 'analyst', args: years, target: '5.5' },
    { viewer: 'analyst', args: { year_from: 2017, year_to: 2031 }, target: '5.5' },
    { viewer: 'analyst', args: { year_from: 2023, year_to: 2031, principle: 'participation' }, target: '16.7' },
    { viewer: 'analyst', args: { year_from: 2017, year_to: 2031, region: 'africa' }, target: '16.7' },
    { viewer: 'anna', args: { year_from: 2017, year_to: 2031 }, target: '5.5' },
  ])('$viewer, $target: pages after and before a key are slices of the whole list, which is as long as the targets chart says', async ({ viewer, args, target }) => {
    const client = viewer === 'anna' ? anna : analyst;
    const list = (keys: Record<string, unknown>) => call<Activity>(client, 'dashboard_target_activities', { ...args, target_id: target, ...keys });
    const all = await list({});
    expect(all.length).toBeGreaterThan(2);
    expect(all.length).toBe(await total(client, args, target));

    const size = 2;
    const pages: Activity[][] = [await list({ row_limit: size })];
    while (pages[pages.length - 1].length === size) pages.push(await list({ after_key: pages[pages.length - 1][size - 1].row_key, row_limit: size }));
    expect(pages.flat()).toEqual(all);
    // a list that fills its last page exactly ends with an empty one, which has no key to go back from
    if (pages[pages.length - 1].length === 0) pages.pop();
    for (let index = pages.length - 1; index > 0; index -= 1) {
      expect(await list({ before_key: pages[index][0].row_key, row_limit: size })).toEqual(pages[index - 1]);
    }
  });

  it('refuses a page both after and before a key', async () => {
    const [first] = await call<Activity>(analyst, 'dashboard_target_activities', { ...years, target_id: '5.5' });
    const { error } = await analyst.rpc('dashboard_target_activities', { ...years, target_id: '5.5', after_key: first.row_key, before_key: first.row_key });
    expect(error?.code).toBe('22023');
  });
});

describe('indicator progress over any range of years', () => {
  it('takes the values the range holds, whichever of the indicator\'s value years it starts and ends in', async () => {
    const [indicator] = await insert('indicators', { result_id: ids.r1, partnership_id: ids.tz, title: 'Ranges check', sdg_indicator_id: '16.7.1', measure: 'number', aggregation: 'sum' });
    await insert('indicator_values', [2029, 2030, 2031, 2032].map((year, index) => ({ indicator_id: indicator.id, partnership_id: ids.tz, year, target_value: 10, actual_value: 2 ** index })));
    // a breakdown by sex alone makes 2034 a year with a value, without a total
    await insert('indicator_values', { indicator_id: indicator.id, partnership_id: ids.tz, year: 2034, sex: 'women', actual_value: 3 });
    const progress = async (year_from: number, year_to: number) =>
      (await call<{ indicator_id: string }>(analyst, 'dashboard_indicator_progress', { sdg_indicator_id: '16.7.1', year_from, year_to, country_code: 'TZ' })).find((row) => row.indicator_id === indicator.id);
    expect(await progress(2030, 2031)).toMatchObject({ achieved: 6, target: 20, through_year: 2031, share: 0.3 });
    expect(await progress(2029, 2029)).toMatchObject({ achieved: 1, target: 10, through_year: 2029, share: 0.1 });
    expect(await progress(2031, 2040)).toMatchObject({ achieved: 12, target: 20, through_year: 2032, share: 0.6 });
    expect(await progress(2000, 2030)).toMatchObject({ achieved: 3, target: 20, through_year: 2030, share: 0.15 });
    expect(await progress(2033, 2040)).toMatchObject({ achieved: null, target: null, through_year: null, share: null });
    expect(await progress(2033, 2033)).toBeUndefined();
    expect(await progress(2000, 2028)).toBeUndefined();
  });
});

describe('keeping the summaries correct', () => {
  const snapshot = async () =>
    stack.context.db.query(
      `select 'a' as t, to_jsonb(f) - 'partnership_id' as row, partnership_id from public.activity_facts f
       union all select 't', to_jsonb(f) - 'partnership_id', partnership_id from public.target_facts f
       union all select 'g', to_jsonb(f) - 'partnership_id', partnership_id from public.target_group_facts f
       union all select 'r', to_jsonb(f) - 'partnership_id', partnership_id from public.result_facts f
       union all select 'i', to_jsonb(f) - 'partnership_id', partnership_id from public.indicator_facts f
       union all select 'pa', to_jsonb(f), null from public.programme_activity_facts f
       union all select 'pt', to_jsonb(f), null from public.programme_target_facts f
       union all select 'pg', to_jsonb(f), null from public.programme_target_group_facts f
       union all select 'pr', to_jsonb(f), null from public.programme_result_facts f
       union all select 'pp', to_jsonb(pp) - 'partnership_id', pp.partnership_id from private.partnership_places pp
         where exists (select 1 from public.partnerships p where p.id = pp.partnership_id)
       order by 1, 3, 2`,
    );

  it('after edits, moves and deletes, the summaries equal a recount from scratch', async () => {
    const edits = [
      service.from('activity_targets').update({ contribution: 'direct' }).eq('activity_id', ids.a2).eq('target_id', '5.2'),
      service.from('activities').update({ starts_on: '2031-03-01', ends_on: '2031-03-01', principles: ['non_discrimination'] }).eq('id', ids.a1),
      service.from('activities').delete().eq('id', ids.a4),
      service.from('indicator_values').delete().eq('indicator_id', ids.i1).eq('year', 2030),
      service.from('result_targets').delete().eq('result_id', ids.r1).eq('target_id', '16.7'),
      service.from('activity_targets').insert({ activity_id: ids.a3, partnership_id: ids.tz, target_id: '11.3', contribution: 'indirect' }),
    ];
    for (const edit of edits) expect((await edit).error).toBeNull();

    expect(await call(analyst, 'dashboard_goals', tanzania)).toEqual([goal(5, 2, 0, 1, 0), goal(11, 0, 1, 0, 0), goal(16, 0, 1, 0, 0)]);
    const kept = await snapshot();
    await stack.context.db.query('select private.rebuild_dashboard_facts()');
    expect(await snapshot()).toEqual(kept);
  });

  it('the demo data, after the migration backfill and the seed, equals a recount too', async () => {
    const ownRows = (rows: Awaited<ReturnType<typeof snapshot>>) => rows.filter((row) => ![ids.tz, ids.rs].includes((row as { partnership_id: string }).partnership_id));
    const kept = ownRows(await snapshot());
    expect(kept.length).toBeGreaterThan(50);
    await stack.context.db.query('select private.rebuild_dashboard_facts()');
    expect(ownRows(await snapshot())).toEqual(kept);
  });

  it('when a partner moves country or a partnership gains or loses a partner, each place counts it as a recount does', async () => {
    const fixtureYears = { year_from: 2030, year_to: 2031 };
    const kenya = { ...fixtureYears, country_code: 'KE' };
    const before = await call(analyst, 'dashboard_goals', kenya);

    expect((await service.from('organisations').update({ country_code: 'KE' }).eq('id', ids.rsOrganisation)).error).toBeNull();
    expect(await call(analyst, 'dashboard_goals', { ...fixtureYears, region: 'europe' })).toEqual([]);
    expect(await call(analyst, 'dashboard_goals', kenya)).not.toEqual(before);
    const moved = await snapshot();
    await stack.context.db.query('select private.rebuild_dashboard_facts()');
    expect(await snapshot()).toEqual(moved);

    // Tanzania's partnership gains the Kenyan partner too: it counts in Kenya, and once in Africa.
    const africaBefore = await call(analyst, 'dashboard_headline', { ...fixtureYears, region: 'africa' });
    await insert('partnership_organisations', { partnership_id: ids.tz, organisation_id: ids.rsOrganisation, side: 'partner' });
    expect(await call(analyst, 'dashboard_headline', { ...fixtureYears, region: 'africa' })).toEqual(africaBefore);
    const gained = await snapshot();
    await stack.context.db.query('select private.rebuild_dashboard_facts()');
    expect(await snapshot()).toEqual(gained);

    const removed = await service.from('partnership_organisations').delete().eq('partnership_id', ids.tz).eq('organisation_id', ids.rsOrganisation);
    expect(removed.error).toBeNull();
    expect((await service.from('organisations').update({ country_code: 'RS' }).eq('id', ids.rsOrganisation)).error).toBeNull();
    expect(await call(analyst, 'dashboard_goals', kenya)).toEqual(before);
    const back = await snapshot();
    await stack.context.db.query('select private.rebuild_dashboard_facts()');
    expect(await snapshot()).toEqual(back);
  });

  it('after a result, an indicator and a whole partnership are deleted, the summaries equal a recount too', async () => {
    const [spare] = await insert('results', { partnership_id: ids.tz, title: 'Fixture result to delete', level: 'output' });
    await insert('result_targets', { result_id: spare.id, partnership_id: ids.tz, target_id: '5.1', contribution: 'direct' });
    const [indicator] = await insert('indicators', { result_id: spare.id, partnership_id: ids.tz, title: 'Indicator to delete', sdg_indicator_id: '5.1.1', measure: 'number' });
    await insert('indicator_values', { indicator_id: indicator.id, partnership_id: ids.tz, year: 2030, target_value: 4, actual_value: 2 });
    const before = await snapshot();
    expect(before.some((row) => (row as { t: string }).t === 'i')).toBe(true);

    for (const edit of [
      service.from('indicators').update({ aggregation: 'latest', baseline_year: 2029, baseline_value: 1 }).eq('id', ids.i1),
      service.from('indicators').delete().eq('id', indicator.id),
      service.from('results').delete().eq('id', spare.id),
      service.from('partnerships').delete().eq('id', ids.rs),
    ]) {
      expect((await edit).error).toBeNull();
    }
    const kept = await snapshot();
    expect(kept).not.toEqual(before);
    await stack.context.db.query('select private.rebuild_dashboard_facts()');
    expect(await snapshot()).toEqual(kept);
  });
});

// The same cases, with the same expected figures, are in src/features/results/api/indicator-progress.test.ts:
// the partnership pages and the dashboards apply one rule.
describe('indicator progress counts as the partnership pages do', () => {
  type Value = [year: number, target: number | null, actual: number | null];
  type Expected = { achieved: number | null; target: number | null; through_year: number | null; share: number | null };
  const cases: { name: string; aggregation: 'sum' | 'cumulative' | 'latest'; higher_is_better: boolean; baseline: [number, number] | null; values: Value[]; expected: Expected }[] = [
    { name: 'cumulative from a baseline', aggregation: 'cumulative', higher_is_better: true, baseline: [2029, 5], values: [[2030, 10, 8], [2031, 20, 15]], expected: { achieved: 15, target: 20, through_year: 2031, share: 0.6667 } },
    { name: 'latest, lower is better', aggregation: 'latest', higher_is_better: false, baseline: [2029, 30], values: [[2030, 25, 28], [2031, 20, null]], expected: { achieved: 28, target: 25, through_year: 2030, share: 0.4 } },
    { name: 'sum, lower is better', aggregation: 'sum', higher_is_better: false, baseline: null, values: [[2030, 10, 20]], expected: { achieved: 20, target: 10, through_year: 2030, share: 0.5 } },
    { name: 'a target and no actual yet', aggregation: 'latest', higher_is_better: true, baseline: null, values: [[2030, 10, null]], expected: { achieved: null, target: 10, through_year: null, share: null } },
    { name: 'targets after the last actual value are not yet due', aggregation: 'sum', higher_is_better: true, baseline: null, values: [[2030, 20, 18], [2031, 25, null]], expected: { achieved: 18, target: 20, through_year: 2030, share: 0.9 } },
    { name: 'cumulative: the target of the last year with an actual value', aggregation: 'cumulative', higher_is_better: true, baseline: [2029, 0], values: [[2030, 10, 8], [2031, 20, null]], expected: { achieved: 8, target: 10, through_year: 2030, share: 0.8 } },
    { name: 'a year outside the range is left out', aggregation: 'sum', higher_is_better: true, baseline: null, values: [[2030, 10, 4], [2031, 10, 6], [2032, 10, 30]], expected: { achieved: 10, target: 20, through_year: 2031, share: 0.5 } },
  ];

  it.each(cases)('$name', async ({ name, aggregation, higher_is_better, baseline, values, expected }) => {
    const [indicator] = await insert('indicators', {
      result_id: ids.r1, partnership_id: ids.tz, title: `Rule check: ${name}`, sdg_indicator_id: '11.3.2', measure: 'number', aggregation, higher_is_better,
      baseline_year: baseline?.[0] ?? null, baseline_value: baseline?.[1] ?? null,
    });
    await insert('indicator_values', values.map(([year, target_value, actual_value]) => ({ indicator_id: indicator.id, partnership_id: ids.tz, year, target_value, actual_value })));

    const rows = await call<{ indicator_id: string } & Expected>(analyst, 'dashboard_indicator_progress', { ...tanzania, sdg_indicator_id: '11.3.2' });
    expect(rows.find((row) => row.indicator_id === indicator.id)).toMatchObject(expected);
  });

  it('a number entered by sex without a total counts as the sum of its parts', async () => {
    const [indicator] = await insert('indicators', {
      result_id: ids.r1, partnership_id: ids.tz, title: 'Rule check: by sex', sdg_indicator_id: '11.3.2', measure: 'number', aggregation: 'sum', disaggregated_by_sex: true,
    });
    await insert('indicator_values', [
      { indicator_id: indicator.id, partnership_id: ids.tz, year: 2030, sex: 'total', target_value: 10 },
      { indicator_id: indicator.id, partnership_id: ids.tz, year: 2030, sex: 'women', actual_value: 3 },
      { indicator_id: indicator.id, partnership_id: ids.tz, year: 2030, sex: 'men', actual_value: 4 },
    ]);
    const rows = await call<{ indicator_id: string } & Expected>(analyst, 'dashboard_indicator_progress', { ...tanzania, sdg_indicator_id: '11.3.2' });
    expect(rows.find((row) => row.indicator_id === indicator.id)).toMatchObject({ achieved: 7, target: 10, through_year: 2030, share: 0.7 });
  });
});
