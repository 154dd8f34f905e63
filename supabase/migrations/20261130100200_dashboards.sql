-- The programme dashboards: each chart is one function that adds up the summary tables of
-- 20261130100100_dashboard_facts.sql (where the counting rules are written down) and returns a few
-- rows. They run as the caller, so row-level security decides what is counted: staff count the
-- whole programme, members only their own partnerships (public profiles do not count).
--
-- Every function takes the same filters: a range of years (inclusive), and optionally a partner
-- country, a world region of the partner side, a partnership, a goal and a principle. A filter a
-- chart cannot honour is documented on the function and ignored.

-- The partnerships the caller counts under the country, region and partnership filters.
create function private.dashboard_scope(country_code text, region text, partnership_id uuid)
returns setof uuid
language sql
stable
security invoker
set search_path = ''
as $$
  select p.id
  from public.partnerships p
  where ((select private.is_staff()) or p.id in (select private.member_partnership_ids()))
    and (dashboard_scope.partnership_id is null or p.id = dashboard_scope.partnership_id)
    and (
      (dashboard_scope.country_code is null and dashboard_scope.region is null)
      or exists (
        select 1
        from public.partnership_organisations po
        join public.organisations o on o.id = po.organisation_id
        left join public.country_regions cr on cr.country_code = o.country_code
        where po.partnership_id = p.id
          and po.side = 'partner'
          and (dashboard_scope.country_code is null or o.country_code = dashboard_scope.country_code)
          and (dashboard_scope.region is null or cr.region = dashboard_scope.region)
      )
    );
$$;
grant execute on function private.dashboard_scope(text, text, uuid) to authenticated;

-- The partnerships the caller counts, with their partner countries: the choices of the filters.
create function public.dashboard_partnerships()
returns table (partnership_id uuid, name text, country_codes text[])
language sql
stable
security invoker
set search_path = ''
as $$
  select p.id, p.name, array(
    select distinct o.country_code
    from public.partnership_organisations po
    join public.organisations o on o.id = po.organisation_id
    where po.partnership_id = p.id and po.side = 'partner'
    order by o.country_code
  )
  from public.partnerships p
  where p.id in (select private.dashboard_scope(null, null, null))
  order by p.name;
$$;
comment on function public.dashboard_partnerships() is 'The partnerships the caller''s dashboards count, with their partner countries.';

-- Headline figures ---------------------------------------------------------------------------------
-- Partnerships running at some time in the range, their partner countries, the reports due in the
-- range (one per running partnership and year) and how many of them are approved; activities and
-- people reached honour the goal and principle filters.
create function public.dashboard_headline(
  year_from integer, year_to integer,
  country_code text default null, region text default null, partnership_id uuid default null,
  goal_id smallint default null, principle text default null
)
returns table (partnerships bigint, countries bigint, activities bigint, people_reached bigint, reports_due bigint, reports_approved bigint)
language sql
stable
security invoker
set search_path = ''
as $$
  with running as (
    select p.id, p.starts_year, p.ends_year
    from public.partnerships p
    where p.id in (select private.dashboard_scope(dashboard_headline.country_code, dashboard_headline.region, dashboard_headline.partnership_id))
      and p.status <> 'planned'
      and p.starts_year <= dashboard_headline.year_to
      and coalesce(p.ends_year, dashboard_headline.year_to) >= dashboard_headline.year_from
  ),
  due as (
    select r.id, y.year
    from running r
    cross join lateral generate_series(greatest(r.starts_year, dashboard_headline.year_from), least(coalesce(r.ends_year, dashboard_headline.year_to), dashboard_headline.year_to)) as y (year)
  ),
  activity_totals as (
    select coalesce(sum(f.activities), 0) as activities,
      coalesce(sum(f.participants_women + f.participants_men + f.participants_other), 0) as people
    from public.activity_facts f
    where f.partnership_id in (select id from running)
      and f.year between dashboard_headline.year_from and dashboard_headline.year_to
      and f.goal_id = coalesce(dashboard_headline.goal_id, 0)
      and f.principle = coalesce(dashboard_headline.principle, 'all')
  )
  select
    (select count(*) from running),
    (
      select count(distinct o.country_code)
      from running r
      join public.partnership_organisations po on po.partnership_id = r.id and po.side = 'partner'
      join public.organisations o on o.id = po.organisation_id
    ),
    (select activities from activity_totals)::bigint,
    (select people from activity_totals)::bigint,
    (select count(*) from due),
    (
      select count(*) from due d
      join public.reports rep on rep.partnership_id = d.id and rep.year = d.year and rep.status = 'approved'
    );
$$;
comment on function public.dashboard_headline(integer, integer, text, text, uuid, smallint, text) is 'Headline figures of the programme over a range of years, as the caller may count them.';

-- Contribution by goal -------------------------------------------------------------------------------
-- Activities and results per goal, direct and indirect. All goals are listed whatever the goal
-- filter (the chart highlights it); the principle filter applies to activities only.
create function public.dashboard_goals(
  year_from integer, year_to integer,
  country_code text default null, region text default null, partnership_id uuid default null,
  goal_id smallint default null, principle text default null
)
returns table (goal_id smallint, activities_direct bigint, activities_indirect bigint, results_direct bigint, results_indirect bigint)
language sql
stable
security invoker
set search_path = ''
as $$
  with scope as (
    select private.dashboard_scope(dashboard_goals.country_code, dashboard_goals.region, dashboard_goals.partnership_id) as id
  ),
  activity_counts as (
    select f.goal_id, sum(f.activities_direct) as direct, sum(f.activities_indirect) as indirect
    from public.activity_facts f
    where f.partnership_id in (select id from scope)
      and f.year between dashboard_goals.year_from and dashboard_goals.year_to
      and f.goal_id > 0
      and f.principle = coalesce(dashboard_goals.principle, 'all')
    group by f.goal_id
  ),
  -- a result once per goal over the range, direct when any of its links to the goal is
  result_goals as (
    select f.result_id, f.goal_id, bool_or(f.contribution = 'direct') as direct
    from public.result_facts f
    where f.partnership_id in (select id from scope)
      and f.years && array(select generate_series(dashboard_goals.year_from, dashboard_goals.year_to)::smallint)
      and dashboard_goals.principle is null
    group by f.result_id, f.goal_id
  ),
  result_counts as (
    select r.goal_id, count(*) filter (where r.direct) as direct, count(*) filter (where not r.direct) as indirect
    from result_goals r
    group by r.goal_id
  )
  select g.id, coalesce(a.direct, 0)::bigint, coalesce(a.indirect, 0)::bigint, coalesce(r.direct, 0), coalesce(r.indirect, 0)
  from public.sdg_goals g
  left join activity_counts a on a.goal_id = g.id
  left join result_counts r on r.goal_id = g.id
  where a.goal_id is not null or r.goal_id is not null
  order by g.id;
$$;
comment on function public.dashboard_goals(integer, integer, text, text, uuid, smallint, text) is 'Activities and results per SDG goal, direct and indirect, over a range of years.';

-- Drilling into a goal: its targets -------------------------------------------------------------------
create function public.dashboard_targets(
  year_from integer, year_to integer,
  country_code text default null, region text default null, partnership_id uuid default null,
  goal_id smallint default null, principle text default null
)
returns table (target_id text, activities_direct bigint, activities_indirect bigint, results_direct bigint, results_indirect bigint)
language sql
stable
security invoker
set search_path = ''
as $$
  with scope as (
    select private.dashboard_scope(dashboard_targets.country_code, dashboard_targets.region, dashboard_targets.partnership_id) as id
  ),
  activity_counts as (
    select f.target_id, sum(f.activities_direct) as direct, sum(f.activities_indirect) as indirect
    from public.target_facts f
    where f.partnership_id in (select id from scope)
      and f.goal_id = dashboard_targets.goal_id
      and f.year between dashboard_targets.year_from and dashboard_targets.year_to
      and f.principle = coalesce(dashboard_targets.principle, 'all')
    group by f.target_id
  ),
  result_counts as (
    select f.target_id, count(*) filter (where f.contribution = 'direct') as direct, count(*) filter (where f.contribution = 'indirect') as indirect
    from public.result_facts f
    where f.partnership_id in (select id from scope)
      and f.goal_id = dashboard_targets.goal_id
      and f.years && array(select generate_series(dashboard_targets.year_from, dashboard_targets.year_to)::smallint)
      and dashboard_targets.principle is null
    group by f.target_id
  )
  select t.id, coalesce(a.direct, 0)::bigint, coalesce(a.indirect, 0)::bigint, coalesce(r.direct, 0), coalesce(r.indirect, 0)
  from public.sdg_targets t
  left join activity_counts a on a.target_id = t.id
  left join result_counts r on r.target_id = t.id
  where t.goal_id = dashboard_targets.goal_id and (a.target_id is not null or r.target_id is not null)
  order by t.sort_order;
$$;
comment on function public.dashboard_targets(integer, integer, text, text, uuid, smallint, text) is 'Activities and results per target of one goal (the goal filter), direct and indirect.';

-- Drilling into a target: the activities behind it, newest first; pages through range().
create function public.dashboard_target_activities(
  target_id text, year_from integer, year_to integer,
  country_code text default null, region text default null, partnership_id uuid default null,
  principle text default null
)
returns table (activity_id uuid, partnership_id uuid, partnership_name text, title text, starts_on date, year smallint, contribution text)
language sql
stable
security invoker
set search_path = ''
as $$
  select a.id, a.partnership_id, p.name, a.title, a.starts_on, a.year, l.contribution
  from public.activity_targets l
  join public.activities a on a.id = l.activity_id
  join public.partnerships p on p.id = a.partnership_id
  where l.target_id = dashboard_target_activities.target_id
    and l.partnership_id in (select private.dashboard_scope(dashboard_target_activities.country_code, dashboard_target_activities.region, dashboard_target_activities.partnership_id))
    and a.year between dashboard_target_activities.year_from and dashboard_target_activities.year_to
    and (dashboard_target_activities.principle is null or dashboard_target_activities.principle = any (a.principles))
  order by a.starts_on desc, a.id;
$$;
comment on function public.dashboard_target_activities(text, integer, integer, text, text, uuid, text) is 'The activities linked to one SDG target over a range of years, newest first.';

-- Report status -----------------------------------------------------------------------------------------
-- The reports of the last year of the range by state, per partner country and overall (country
-- null): a partnership with partners in two countries counts in both, once overall. Goal and
-- principle filters do not apply to reports.
create function public.dashboard_report_status(
  year_from integer, year_to integer,
  country_code text default null, region text default null, partnership_id uuid default null,
  goal_id smallint default null, principle text default null
)
returns table (country_code text, not_started bigint, draft bigint, submitted bigint, returned bigint, approved bigint)
language sql
stable
security invoker
set search_path = ''
as $$
  with states as (
    select p.id, coalesce(r.status, 'not_started') as status
    from public.partnerships p
    left join public.reports r on r.partnership_id = p.id and r.year = dashboard_report_status.year_to
    where p.id in (select private.dashboard_scope(dashboard_report_status.country_code, dashboard_report_status.region, dashboard_report_status.partnership_id))
      and p.status <> 'planned'
      and p.starts_year <= dashboard_report_status.year_to
      and coalesce(p.ends_year, dashboard_report_status.year_to) >= dashboard_report_status.year_to
  ),
  by_country as (
    select distinct s.id, s.status, o.country_code
    from states s
    join public.partnership_organisations po on po.partnership_id = s.id and po.side = 'partner'
    join public.organisations o on o.id = po.organisation_id
    where dashboard_report_status.country_code is null or o.country_code = dashboard_report_status.country_code
  )
  select c.country_code,
    count(*) filter (where c.status = 'not_started'), count(*) filter (where c.status = 'draft'),
    count(*) filter (where c.status = 'submitted'), count(*) filter (where c.status = 'returned'),
    count(*) filter (where c.status = 'approved')
  from (select id, status, country_code from by_country union all select id, status, null from states) as c
  group by c.country_code
  order by c.country_code nulls last;
$$;
comment on function public.dashboard_report_status(integer, integer, text, text, uuid, smallint, text) is 'Reports of the last year of the range by state, per partner country and overall (country null).';

-- People reached, principles and localisation stages per year -------------------------------------------
-- Per year: activities, participants by sex, activities per principle and per localisation stage.
-- The goal filter applies; the principle filter applies to every column except the principles'
-- own, which always show all four.
create function public.dashboard_years(
  year_from integer, year_to integer,
  country_code text default null, region text default null, partnership_id uuid default null,
  goal_id smallint default null, principle text default null
)
returns table (
  year smallint, activities bigint, participants_women bigint, participants_men bigint, participants_other bigint,
  participation bigint, transparency bigint, accountability bigint, non_discrimination bigint,
  inform_include bigint, set_local_agenda bigint, implement_follow_up bigint
)
language sql
stable
security invoker
set search_path = ''
as $$
  with chosen as (select coalesce(dashboard_years.principle, 'all') as principle)
  select f.year,
    coalesce(sum(f.activities) filter (where f.principle = c.principle), 0),
    coalesce(sum(f.participants_women) filter (where f.principle = c.principle), 0)::bigint,
    coalesce(sum(f.participants_men) filter (where f.principle = c.principle), 0)::bigint,
    coalesce(sum(f.participants_other) filter (where f.principle = c.principle), 0)::bigint,
    coalesce(sum(f.activities) filter (where f.principle = 'participation'), 0),
    coalesce(sum(f.activities) filter (where f.principle = 'transparency'), 0),
    coalesce(sum(f.activities) filter (where f.principle = 'accountability'), 0),
    coalesce(sum(f.activities) filter (where f.principle = 'non_discrimination'), 0),
    coalesce(sum(f.inform_include) filter (where f.principle = c.principle), 0),
    coalesce(sum(f.set_local_agenda) filter (where f.principle = c.principle), 0),
    coalesce(sum(f.implement_follow_up) filter (where f.principle = c.principle), 0)
  from public.activity_facts f
  cross join chosen c
  where f.partnership_id in (select private.dashboard_scope(dashboard_years.country_code, dashboard_years.region, dashboard_years.partnership_id))
    and f.year between dashboard_years.year_from and dashboard_years.year_to
    and f.goal_id = coalesce(dashboard_years.goal_id, 0)
  group by f.year
  order by f.year;
$$;
comment on function public.dashboard_years(integer, integer, text, text, uuid, smallint, text) is 'Per year: activities, participants by sex, activities per principle and per localisation stage.';

-- People reached by target group: an activity addressing two groups counts for both. The goal
-- filter does not apply.
create function public.dashboard_target_groups(
  year_from integer, year_to integer,
  country_code text default null, region text default null, partnership_id uuid default null,
  goal_id smallint default null, principle text default null
)
returns table (target_group text, activities bigint, participants_women bigint, participants_men bigint, participants_other bigint)
language sql
stable
security invoker
set search_path = ''
as $$
  select f.target_group, sum(f.activities), sum(f.participants_women)::bigint, sum(f.participants_men)::bigint, sum(f.participants_other)::bigint
  from public.target_group_facts f
  where f.partnership_id in (select private.dashboard_scope(dashboard_target_groups.country_code, dashboard_target_groups.region, dashboard_target_groups.partnership_id))
    and f.year between dashboard_target_groups.year_from and dashboard_target_groups.year_to
    and f.principle = coalesce(dashboard_target_groups.principle, 'all')
  group by f.target_group
  order by sum(f.activities) desc, f.target_group;
$$;
comment on function public.dashboard_target_groups(integer, integer, text, text, uuid, smallint, text) is 'Activities and participants by sex per target group over a range of years.';

-- Indicator progress -----------------------------------------------------------------------------------
-- How far each indicator has come over the years of the range, by its aggregation rule (the same
-- rule as the partnership pages, src/features/results/api/indicator-progress.ts):
-- - sum: all actual values against all yearly targets;
-- - cumulative: the latest actual value against the last target;
-- - latest: the latest actual value against the target of that year or the last before it.
-- The share is the way from the baseline to the target for cumulative and latest (when there is a
-- baseline that differs from the target), else actual / target (target / actual when lower is
-- better). Only the yearly totals count, not the breakdown by sex.
create function private.indicator_progress(indicator_ids uuid[], year_from integer, year_to integer)
returns table (indicator_id uuid, achieved numeric, through_year smallint, target numeric, share numeric)
language sql
stable
security invoker
set search_path = ''
as $$
  with figures as (
    select i.id, i.aggregation, i.higher_is_better, i.baseline_value as baseline,
      (select max(v.year) from public.indicator_values v
       where v.indicator_id = i.id and v.sex = 'total' and v.actual_value is not null and v.year between year_from and year_to) as through_year,
      (select sum(v.actual_value) from public.indicator_values v
       where v.indicator_id = i.id and v.sex = 'total' and v.year between year_from and year_to) as actual_sum,
      (select sum(v.target_value) from public.indicator_values v
       where v.indicator_id = i.id and v.sex = 'total' and v.year between year_from and year_to) as target_sum
    from public.indicators i
    where i.id = any (indicator_ids) and i.measure <> 'qualitative'
  ),
  rule as (
    select f.id, f.higher_is_better, f.baseline, f.through_year, f.aggregation,
      case when f.aggregation = 'sum' then f.actual_sum
        else (select v.actual_value from public.indicator_values v where v.indicator_id = f.id and v.sex = 'total' and v.year = f.through_year)
      end as achieved,
      case
        when f.aggregation = 'sum' then f.target_sum
        else (
          select v.target_value from public.indicator_values v
          where v.indicator_id = f.id and v.sex = 'total' and v.target_value is not null
            and v.year between year_from and year_to
            and (f.aggregation = 'cumulative' or f.through_year is null or v.year <= f.through_year)
          order by v.year desc limit 1
        )
      end as target
    from figures f
  )
  select r.id, r.achieved, r.through_year::smallint, r.target,
    case
      when r.achieved is null or r.target is null then null
      when r.aggregation <> 'sum' and r.baseline is not null and r.target <> r.baseline then (r.achieved - r.baseline) / (r.target - r.baseline)
      when r.higher_is_better then case when r.target = 0 then null else r.achieved / r.target end
      else case when r.achieved = 0 then null else r.target / r.achieved end
    end
  from rule r;
$$;
grant execute on function private.indicator_progress(uuid[], integer, integer) to authenticated;

-- The indicators behind the chart: with an official SDG indicator (the goal filter keeps those of
-- the goal), in partnerships of the scope, with a value in the range.
create function private.dashboard_indicators(
  year_from integer, year_to integer, country_code text, region text, partnership_id uuid, goal_id smallint, sdg_indicator_id text
)
returns setof uuid
language sql
stable
security invoker
set search_path = ''
as $$
  select i.id
  from public.indicators i
  join public.sdg_indicators s on s.id = i.sdg_indicator_id
  join public.sdg_targets t on t.id = s.target_id
  where i.partnership_id in (select private.dashboard_scope(dashboard_indicators.country_code, dashboard_indicators.region, dashboard_indicators.partnership_id))
    and (dashboard_indicators.sdg_indicator_id is null or i.sdg_indicator_id = dashboard_indicators.sdg_indicator_id)
    and (dashboard_indicators.goal_id is null or t.goal_id = dashboard_indicators.goal_id)
    and exists (
      select 1 from public.indicator_values v
      where v.indicator_id = i.id and v.year between dashboard_indicators.year_from and dashboard_indicators.year_to
        and (v.target_value is not null or v.actual_value is not null)
    );
$$;
grant execute on function private.dashboard_indicators(integer, integer, text, text, uuid, smallint, text) to authenticated;

-- Per official SDG indicator: how many partnership indicators report it, how many have reached
-- their target (share at least 1), and the median share. The principle filter does not apply.
create function public.dashboard_indicator_summary(
  year_from integer, year_to integer,
  country_code text default null, region text default null, partnership_id uuid default null,
  goal_id smallint default null, principle text default null
)
returns table (sdg_indicator_id text, indicators bigint, with_progress bigint, reached bigint, median_share numeric)
language sql
stable
security invoker
set search_path = ''
as $$
  select i.sdg_indicator_id, count(*), count(p.share), count(*) filter (where p.share >= 1),
    round(percentile_cont(0.5) within group (order by p.share)::numeric, 4)
  from private.indicator_progress(
    array(select private.dashboard_indicators(dashboard_indicator_summary.year_from, dashboard_indicator_summary.year_to, dashboard_indicator_summary.country_code, dashboard_indicator_summary.region, dashboard_indicator_summary.partnership_id, dashboard_indicator_summary.goal_id, null)),
    dashboard_indicator_summary.year_from, dashboard_indicator_summary.year_to
  ) as p
  join public.indicators i on i.id = p.indicator_id
  join public.sdg_indicators s on s.id = i.sdg_indicator_id
  group by i.sdg_indicator_id, s.target_id, s.sort_order
  order by split_part(s.target_id, '.', 1)::int, (select t.sort_order from public.sdg_targets t where t.id = s.target_id), s.sort_order;
$$;
comment on function public.dashboard_indicator_summary(integer, integer, text, text, uuid, smallint, text) is 'Per official SDG indicator: partnership indicators reporting it, how many reached their target, the median progress.';

-- One official SDG indicator across the partnerships that report it: each partnership indicator
-- with its unit, rule, what it achieved and its target over the range, and its progress.
create function public.dashboard_indicator_progress(
  sdg_indicator_id text, year_from integer, year_to integer,
  country_code text default null, region text default null, partnership_id uuid default null
)
returns table (
  indicator_id uuid, result_id uuid, partnership_id uuid, partnership_name text, title text, unit text, measure text, aggregation text,
  higher_is_better boolean, baseline numeric, achieved numeric, through_year smallint, target numeric, share numeric
)
language sql
stable
security invoker
set search_path = ''
as $$
  select i.id, i.result_id, i.partnership_id, p.name, i.title, i.unit, i.measure, i.aggregation, i.higher_is_better, i.baseline_value,
    g.achieved, g.through_year, g.target, round(g.share, 4)
  from private.indicator_progress(
    array(select private.dashboard_indicators(dashboard_indicator_progress.year_from, dashboard_indicator_progress.year_to, dashboard_indicator_progress.country_code, dashboard_indicator_progress.region, dashboard_indicator_progress.partnership_id, null, dashboard_indicator_progress.sdg_indicator_id)),
    dashboard_indicator_progress.year_from, dashboard_indicator_progress.year_to
  ) as g
  join public.indicators i on i.id = g.indicator_id
  join public.partnerships p on p.id = i.partnership_id
  order by p.name, i.title;
$$;
comment on function public.dashboard_indicator_progress(text, integer, integer, text, text, uuid) is 'Each partnership indicator that reports one official SDG indicator, with its progress over a range of years.';

-- The partnership overview counts the same way as the dashboards.
create or replace function public.partnership_goal_counts(partnership_id uuid, year integer)
returns table (goal_id smallint, activities_direct bigint, activities_indirect bigint, results_direct bigint, results_indirect bigint)
language sql
stable
security invoker
set search_path = ''
as $$
  select d.goal_id, d.activities_direct, d.activities_indirect, d.results_direct, d.results_indirect
  from public.dashboard_goals(partnership_goal_counts.year, partnership_goal_counts.year, partnership_id => partnership_goal_counts.partnership_id) as d;
$$;

revoke execute on function public.dashboard_partnerships() from public, anon;
revoke execute on function public.dashboard_headline(integer, integer, text, text, uuid, smallint, text) from public, anon;
revoke execute on function public.dashboard_goals(integer, integer, text, text, uuid, smallint, text) from public, anon;
revoke execute on function public.dashboard_targets(integer, integer, text, text, uuid, smallint, text) from public, anon;
revoke execute on function public.dashboard_target_activities(text, integer, integer, text, text, uuid, text) from public, anon;
revoke execute on function public.dashboard_report_status(integer, integer, text, text, uuid, smallint, text) from public, anon;
revoke execute on function public.dashboard_years(integer, integer, text, text, uuid, smallint, text) from public, anon;
revoke execute on function public.dashboard_target_groups(integer, integer, text, text, uuid, smallint, text) from public, anon;
revoke execute on function public.dashboard_indicator_summary(integer, integer, text, text, uuid, smallint, text) from public, anon;
revoke execute on function public.dashboard_indicator_progress(text, integer, integer, text, text, uuid) from public, anon;
grant execute on function public.dashboard_partnerships() to authenticated, service_role;
grant execute on function public.dashboard_headline(integer, integer, text, text, uuid, smallint, text) to authenticated, service_role;
grant execute on function public.dashboard_goals(integer, integer, text, text, uuid, smallint, text) to authenticated, service_role;
grant execute on function public.dashboard_targets(integer, integer, text, text, uuid, smallint, text) to authenticated, service_role;
grant execute on function public.dashboard_target_activities(text, integer, integer, text, text, uuid, text) to authenticated, service_role;
grant execute on function public.dashboard_report_status(integer, integer, text, text, uuid, smallint, text) to authenticated, service_role;
grant execute on function public.dashboard_years(integer, integer, text, text, uuid, smallint, text) to authenticated, service_role;
grant execute on function public.dashboard_target_groups(integer, integer, text, text, uuid, smallint, text) to authenticated, service_role;
grant execute on function public.dashboard_indicator_summary(integer, integer, text, text, uuid, smallint, text) to authenticated, service_role;
grant execute on function public.dashboard_indicator_progress(text, integer, integer, text, text, uuid) to authenticated, service_role;
