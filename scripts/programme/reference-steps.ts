/**
 * What every other step draws from: a seeded pseudo-random number per (key, purpose), stable
 * ids, and the weighted vocabularies (partner countries, goals, kinds of activity …) as temporary
 * tables. Drawing by hashing instead of random() keeps a programme identical whatever order the
 * database happens to evaluate rows in.
 */
import type { ProgrammePlan, Step } from './programme-plan.ts';

type Cell = string | number;

const literal = (cell: Cell) => (typeof cell === 'number' ? String(cell) : `'${cell}'`);
const valuesList = (rows: Cell[][]) => rows.map((row, index) => `(${[index + 1, ...row].map(literal).join(', ')})`).join(',\n      ');

/** A table whose rows own consecutive slices [lo, hi) of [0, 1) in proportion to their weight. */
function weighted(table: string, columns: string[], rows: Cell[][]): Step {
  return {
    label: table,
    sql: `create temp table ${table} on commit drop as
    select v.*,
      (sum(v.weight) over (order by v.position) - v.weight)::float8 / sum(v.weight) over () as lo,
      sum(v.weight) over (order by v.position)::float8 / sum(v.weight) over () as hi
    from (values
      ${valuesList(rows)}
    ) as v (position, ${columns.join(', ')}, weight)`,
  };
}

/** A table of independent options, each taken with its own probability. */
function optional(table: string, rows: [string, number][]): Step {
  return {
    label: table,
    sql: `create temp table ${table} on commit drop as
    select * from (values
      ${valuesList(rows)}
    ) as v (position, name, probability)`,
  };
}

// Where the programme's partners are: most in eastern and southern Africa, then Asia, the
// Western Balkans and Eastern Europe, a few in Latin America.
const countries: [string, number][] = [
  ['KE', 10], ['TZ', 6], ['UG', 6], ['RW', 4], ['ZA', 7], ['BW', 4], ['NA', 3], ['ZM', 3], ['MZ', 3], ['GH', 3], ['BF', 2],
  ['ID', 6], ['VN', 5], ['KH', 4], ['LK', 4], ['GE', 3], ['TR', 3],
  ['UA', 6], ['MD', 4], ['BA', 4], ['AL', 3], ['XK', 3],
  ['BO', 3], ['CO', 3], ['GT', 2],
];

// Local government work leans on peace and institutions, gender equality and cities, and within
// a goal on the targets a municipality can move (participation, services, planning).
const goals: [number, string, number][] = [
  [1, '{1.4,1.5}', 3], [2, '{2.1}', 2], [3, '{3.3,3.8}', 5], [4, '{4.1,4.5,4.7}', 7], [5, '{5.5,5.2,5.c}', 10], [6, '{6.1,6.3,6.b}', 6],
  [7, '{7.2,7.3}', 3], [8, '{8.3,8.5}', 5], [9, '{9.1}', 3], [10, '{10.2,10.3}', 6], [11, '{11.3,11.5,11.6,11.7}', 10], [12, '{12.5,12.7}', 4],
  [13, '{13.1,13.2,13.3}', 8], [14, '{14.1}', 2], [15, '{15.1}', 3], [16, '{16.7,16.6,16.5,16.10}', 14], [17, '{17.17,17.14,17.18}', 8],
];

const kinds: [string, string, number, number, number, number][] = [
  // kind, title, fewest and most participants, longest in days, weight
  ['workshop', 'Workshop', 8, 40, 3, 30],
  ['training', 'Training', 6, 30, 60, 20],
  ['citizen_dialogue', 'Citizen dialogue', 20, 250, 1, 15],
  ['exchange_visit', 'Exchange visit', 3, 12, 6, 10],
  ['study_visit', 'Study visit', 3, 15, 5, 10],
  ['conference', 'Conference', 40, 400, 2, 5],
  ['other', 'Meeting', 2, 60, 30, 10],
];

const targetGroups: [string, number][] = [
  ['youth', 0.25], ['children', 0.1], ['women', 0.3], ['marginalised_groups', 0.12], ['persons_with_disabilities', 0.08], ['older_people', 0.06],
  ['minorities', 0.06], ['elected_officials', 0.25], ['municipal_staff', 0.45], ['civil_society', 0.2], ['private_sector', 0.08], ['general_public', 0.25],
];

const principles: [string, number][] = [['participation', 0.55], ['transparency', 0.35], ['accountability', 0.35], ['non_discrimination', 0.3]];

export const topics = [
  'gender-responsive budgeting', 'women in local leadership', 'safe public spaces', 'citizen dialogue methods', 'open budget hearings',
  'school improvement planning', 'inclusive education', 'water loss reduction', 'sanitation services', 'climate adaptation planning',
  'flood early warning', 'waste management', 'renewable energy in public buildings', 'sustainable urban planning', 'public transport',
  'youth councils', 'local economic development', 'digital public services', 'anti-corruption routines', 'public health planning',
  'disability inclusion', 'land-use planning', 'disaster risk reduction', 'statistics for follow-up',
];

export function referenceSteps(plan: ProgrammePlan): Step[] {
  return [
    {
      label: 'seeded draws',
      sql: `create function pg_temp.draw(key bigint, purpose text) returns double precision
      language sql immutable
      as $$ select (hashint8extended(key, hashtext(purpose)::bigint * 1000003 + ${plan.seed}) & 281474976710655)::double precision / 281474976710656 $$`,
    },
    {
      label: 'stable ids',
      sql: `create function pg_temp.uuid_for(kind text, key bigint) returns uuid
      language sql immutable
      as $$ select md5(kind || ':${plan.seed}:' || key::text)::uuid $$`,
    },
    {
      label: 'not generated before',
      sql: `do $$ begin
        if exists (select 1 from public.partnerships where id = pg_temp.uuid_for('partnership', 1)) then
          raise exception 'This database already holds the programme of seed ${plan.seed}: reset it (npm run stack:reset) or choose another seed.';
        end if;
      end $$`,
    },
    weighted('gen_countries', ['code'], countries),
    weighted('gen_goal_weights', ['goal_id', 'popular'], goals),
    {
      label: 'gen_goals',
      sql: `create temp table gen_goals on commit drop as
      select w.goal_id::smallint as goal_id, w.lo, w.hi, w.popular::text[] as popular, array_agg(t.id order by t.sort_order) as target_ids
      from gen_goal_weights w
      join public.sdg_targets t on t.goal_id = w.goal_id
      group by w.goal_id, w.lo, w.hi, w.popular`,
    },
    weighted('gen_kinds', ['kind', 'title', 'fewest', 'most', 'longest'], kinds),
    optional('gen_target_groups', targetGroups),
    optional('gen_principles', principles),
    {
      label: 'gen_topics',
      sql: `create temp table gen_topics on commit drop as
      select * from (values
        ${valuesList(topics.map((topic) => [topic]))}
      ) as v (position, topic)`,
    },
  ];
}
