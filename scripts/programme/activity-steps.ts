/**
 * Activities: for each year a partnership runs, a number of activities around the programme's
 * average, spread over the year, with participants by sex fitting their kind, target groups,
 * principles, a localisation stage that matures over the years, and one to four target links.
 */
import type { ProgrammePlan, Step } from './programme-plan.ts';
import { topics } from './reference-steps.ts';
import { targetLinksSql } from './target-links.ts';

// Activity n of a running year; numbered through the programme so every draw has its own key.
const activityRows = `gen_years y cross join lateral generate_series(y.first_activity, y.first_activity + y.activities - 1) as a (n)`;

export function activitySteps(plan: ProgrammePlan): Step[] {
  const { firstYear, lastYear } = plan;
  const programmeTotal = plan.partnerships * plan.years * plan.activities;
  return [
    {
      label: 'gen_years',
      sql: `create temp table gen_years on commit drop as
      with running as (
        select p.n as partnership_no, p.id as partnership_id, p.focus, p.partner_short, p.swedish_short, y.year
        from gen_partnerships p
        cross join lateral generate_series(greatest(p.starts_year, ${firstYear}), least(coalesce(p.ends_year, ${lastYear}), ${lastYear})) as y (year)
        where p.status <> 'planned'
      ),
      -- Fewer running years than partnerships × years: each gets more, so the total stays as asked.
      counted as (
        select r.*, r.partnership_no::bigint * 10000 + r.year as key,
          floor(${programmeTotal}::float8 / count(*) over () * (0.5 + pg_temp.draw(r.partnership_no::bigint * 10000 + r.year, 'year.activities')))::int as activities
        from running r
      )
      select c.*, 1 + sum(c.activities) over (order by c.partnership_no, c.year) - c.activities as first_activity
      from counted c`,
    },
    {
      label: 'activities',
      sql: `insert into public.activities (id, partnership_id, title, kind, starts_on, ends_on, place,
        participants_women, participants_men, participants_other, target_groups, principles, localisation_stage)
      select pg_temp.uuid_for('activity', a.n), y.partnership_id, k.title || ' on ' || t.topic, k.kind::public.activity_kind, d.starts_on, d.starts_on + d.days,
        case when pg_temp.draw(a.n, 'activity.place') < 0.7 then y.partner_short else y.swedish_short end,
        people.women, people.total - people.women - people.other, people.other,
        array(select g.name from gen_target_groups g where pg_temp.draw(a.n * 16 + g.position, 'activity.target group') < g.probability order by g.position)::public.target_group[],
        array(select g.name from gen_principles g where pg_temp.draw(a.n * 4 + g.position, 'activity.principle') < g.probability order by g.position)::public.principle[],
        (case
          when stage.draw < 0.15 then null
          when stage.draw < 0.6 - 0.2 * stage.maturity then 'inform_include'
          when stage.draw < 0.9 - 0.2 * stage.maturity then 'set_local_agenda'
          else 'implement_follow_up'
        end)::public.localisation_stage
      from ${activityRows}
      join gen_kinds k on pg_temp.draw(a.n, 'activity.kind') >= k.lo and pg_temp.draw(a.n, 'activity.kind') < k.hi
      join gen_topics t on t.position = 1 + floor(pg_temp.draw(a.n, 'activity.topic') * ${topics.length})::int
      cross join lateral (
        select make_date(y.year, 1, 1) + floor(pg_temp.draw(a.n, 'activity.day') * 365)::int as starts_on,
          floor(power(pg_temp.draw(a.n, 'activity.days'), 3) * (k.longest + 1))::int as days,
          k.fewest + floor(power(pg_temp.draw(a.n, 'activity.participants'), 2) * (k.most - k.fewest + 1))::int as participants
      ) as d
      cross join lateral (
        select d.participants as total,
          round(d.participants * (0.35 + 0.35 * pg_temp.draw(a.n, 'activity.women')))::int as women,
          case when pg_temp.draw(a.n, 'activity.other') < 0.12 then floor(d.participants * 0.05)::int else 0 end as other
      ) as people
      cross join lateral (
        select pg_temp.draw(a.n, 'activity.stage') as draw, (y.year - ${firstYear})::float8 / ${Math.max(plan.years - 1, 1)} as maturity
      ) as stage`,
    },
    {
      label: 'activity_targets',
      sql: `insert into public.activity_targets (activity_id, partnership_id, target_id, contribution)
      select pg_temp.uuid_for('activity', l.n), l.partnership_id, l.target_id, l.contribution::public.contribution
      from (${targetLinksSql(
        `select a.n, y.partnership_id, y.focus, 1 + floor(pg_temp.draw(a.n, 'activity.links') * 4)::int as links from ${activityRows}`,
        { purpose: 'activity', focusShare: 0.7, directFirst: 0.85, directLater: 0.3 },
      )}) as l`,
    },
  ];
}
