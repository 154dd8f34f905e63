/**
 * Organisations and partnerships: Swedish municipalities and regions (several partnerships each),
 * partner municipalities, counties and district councils in ~25 countries, and partnerships
 * between them that start, end and focus on goals in varied ways.
 */
import type { ProgrammePlan, Step } from './programme-plan.ts';

const swedishStems = ['Al', 'Berg', 'Björk', 'Dal', 'Ek', 'Fal', 'Gran', 'Hag', 'Kungs', 'Lind', 'Mal', 'Norr', 'Ny', 'Sol', 'Sten', 'Stor', 'Sunds', 'Vall', 'Väster', 'Öster'];
const swedishEndings = ['by', 'backa', 'berg', 'dal', 'fors', 'hamn', 'holm', 'köping', 'lund', 'näs', 'sala', 'torp', 'vik', 'ås', 'ö'];
const partnerSyllables = [
  ['Ma', 'Ki', 'Nya', 'Lu', 'Ta', 'Bu', 'Sa', 'Ka', 'Mo', 'Ra', 'Ze', 'Do', 'Pe', 'Vi', 'Ho', 'Ga'],
  ['ku', 'ra', 'mbe', 'to', 'ni', 'la', 'so', 'wa', 'di', 'ne', 'ri', 'ga'],
  ['', 'ni', 'lo', 'ka', 'ma', 'ta', 'ro', 'na', 'ye', 'se'],
];

const textArray = (items: string[]) => `array[${items.map((item) => `'${item}'`).join(', ')}]`;

/** The n-th name of the combinations of the syllable lists, first list fastest. */
function nameOf(lists: string[][]) {
  let stride = 1;
  const parts = lists.map((list) => {
    const part = `(${textArray(list)})[1 + (n - 1) / ${stride} % ${list.length}]`;
    stride *= list.length;
    return part;
  });
  return parts.join(' || ');
}

export function partnershipSteps(plan: ProgrammePlan): Step[] {
  const { firstYear, lastYear } = plan;
  return [
    {
      label: 'gen_swedish',
      sql: `create temp table gen_swedish on commit drop as
      select n, pg_temp.uuid_for('swedish organisation', n) as id, ${nameOf([swedishStems, swedishEndings])} as short,
        case when n % 7 = 0 then 'region' else 'municipality' end as kind
      from generate_series(1, ${plan.swedishOrganisations}) as s (n)`,
    },
    {
      label: 'gen_partners',
      sql: `create temp table gen_partners on commit drop as
      select n, pg_temp.uuid_for('partner organisation', n) as id, ${nameOf(partnerSyllables)} as short, c.code as country_code,
        case when d.kind < 0.6 then 'municipality' when d.kind < 0.8 then 'region' else 'district_council' end as kind
      from generate_series(1, ${plan.partnerOrganisations}) as s (n)
      cross join lateral (select pg_temp.draw(n, 'partner.country') as country, pg_temp.draw(n, 'partner.kind') as kind) as d
      join gen_countries c on d.country >= c.lo and d.country < c.hi`,
    },
    {
      label: 'organisations',
      sql: `insert into public.organisations (id, name, kind, country_code)
      select id, case kind when 'region' then 'Region ' || short else short || ' kommun' end, kind::public.organisation_kind, 'SE' from gen_swedish
      union all
      select id, short || case kind when 'municipality' then ' Municipality' when 'region' then ' County' else ' District Council' end, kind::public.organisation_kind, country_code
      from gen_partners`,
    },
    {
      label: 'gen_partnerships',
      sql: `create temp table gen_partnerships on commit drop as
      select p.n, pg_temp.uuid_for('partnership', p.n) as id, s.id as swedish_id, s.short as swedish_short, o.id as partner_id, o.short as partner_short,
        case when pg_temp.draw(p.n, 'partnership.second partner') < 0.12
          then 1 + floor(pg_temp.draw(p.n, 'partnership.second partner no') * ${plan.partnerOrganisations})::int
        end as second_partner_no,
        y.status, y.starts_year, y.ends_year,
        array(
          select distinct g.goal_id
          from generate_series(1, 1 + floor(pg_temp.draw(p.n, 'partnership.focus goals') * 3)::int) as f (i)
          join gen_goals g on pg_temp.draw(p.n * 4 + f.i, 'partnership.focus goal') >= g.lo and pg_temp.draw(p.n * 4 + f.i, 'partnership.focus goal') < g.hi
          order by g.goal_id
        ) as focus,
        pg_temp.draw(p.n, 'partnership.public') < 0.4 as is_public
      from generate_series(1, ${plan.partnerships}) as p (n)
      join gen_swedish s on s.n = 1 + floor(pg_temp.draw(p.n, 'partnership.swedish') * ${plan.swedishOrganisations})::int
      join gen_partners o on o.n = 1 + (p.n - 1) % ${plan.partnerOrganisations}
      cross join lateral (
        select pg_temp.draw(p.n, 'partnership.planned') < 0.02 as planned,
          ${firstYear} + case when pg_temp.draw(p.n, 'partnership.start') < 0.6 then 0
            else floor(pg_temp.draw(p.n, 'partnership.later start') * ${plan.years - 1})::int end as starts,
          pg_temp.draw(p.n, 'partnership.end') as ending,
          pg_temp.draw(p.n, 'partnership.end year') as end_year
      ) as d
      cross join lateral (
        select case when d.planned then 'planned' when d.starts <= ${lastYear - 2} and d.ending < 0.15 then 'closed' else 'active' end as status,
          case when d.planned then ${lastYear + 1} else d.starts end as starts_year,
          case
            when d.planned then null
            when d.starts <= ${lastYear - 2} and d.ending < 0.15 then d.starts + 1 + floor(d.end_year * (${lastYear - 1} - d.starts))::int
            when d.ending < 0.45 then ${lastYear} + floor(d.end_year * 3)::int
          end as ends_year
      ) as y`,
    },
    {
      label: 'partnerships',
      sql: `insert into public.partnerships (id, name, status, starts_year, ends_year, focus_goal_ids, description, is_public)
      select id, swedish_short || ' – ' || partner_short, status::public.partnership_status, starts_year, ends_year, focus,
        'A synthetic partnership for load tests, working on goals ' || array_to_string(focus, ', ') || '.', is_public
      from gen_partnerships`,
    },
    {
      label: 'partnership_organisations',
      sql: `insert into public.partnership_organisations (partnership_id, organisation_id, side)
      select id, swedish_id, 'swedish'::public.partnership_side from gen_partnerships
      union all
      select id, partner_id, 'partner' from gen_partnerships
      union all
      select p.id, o.id, 'partner' from gen_partnerships p join gen_partners o on o.n = p.second_partner_no where o.id <> p.partner_id`,
    },
  ];
}
