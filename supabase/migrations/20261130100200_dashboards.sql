-- The programme dashboards: each chart is one function that adds up the summary tables of
-- 20261130100100_dashboard_facts.sql (where the counting rules are written down) and returns a few
-- rows. They run as the caller, so row-level security decides what is counted: staff count the
-- whole programme, members only their own partnerships (public profiles do not count).
--
-- Every function takes the same filters: a range of years (inclusive), and optionally a partner
-- country, a world region of the partner side, a partnership, a goal and a principle. A filter a
-- chart cannot honour is documented on the function and ignored.
--
-- The charts hand their counting to PL/pgSQL functions in schema private (most to one of the same
-- name, the indicator charts to private.indicator_progress), with the caller's partnerships as an
-- array: null for the whole programme, which the programme-wide totals answer. A SQL function
-- with settings is never inlined, and its statements are planned for any arguments at all: a
-- range of years as a guessed share of the rows, the partnerships counted as a guessed thousand.
-- The private functions are planned at every call for the arguments given (plan_cache_mode), so
-- a single year, a country or one partnership each get the plan that suits them. PL/pgSQL cannot
-- name a result column like an argument, which the public signatures do, hence two functions.

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
      -- one pass over the partner sides, not one lookup per partnership
      or p.id in (
        select po.partnership_id
        from public.partnership_organisations po
        join public.organisations o on o.id = po.organisation_id
        left join public.country_regions cr on cr.country_code = o.country_code
        where po.side = 'partner'
          and (dashboard_scope.country_code is null or o.country_code = dashboard_scope.country_code)
          and (dashboard_scope.region is null or cr.region = dashboard_scope.region)
      )
    );
$$;
grant execute on function private.dashboard_scope(text, text, uuid) to authenticated, service_role;

-- The same partnerships as an array, which the dashboards' queries are planned with (see below);
-- or null when the caller is staff and sets none of these filters: that is the whole programme,
-- which the programme-wide totals of 20261130100100_dashboard_facts.sql add up already.
create function private.dashboard_scope_ids(country_code text, region text, partnership_id uuid)
returns uuid[]
language sql
stable
security invoker
set search_path = ''
as $$
  select case
    when dashboard_scope_ids.country_code is null and dashboard_scope_ids.region is null and dashboard_scope_ids.partnership_id is null
      and (select private.is_staff()) then null
    else array(select private.dashboard_scope(dashboard_scope_ids.country_code, dashboard_scope_ids.region, dashboard_scope_ids.partnership_id))
  end;
$$;
grant execute on function private.dashboard_scope_ids(text, text, uuid) to authenticated, service_role;

-- The place whose programme-wide totals count what the caller asks for: staff without a
-- partnership filter, filtering to a country or to a region (not both: a country outside the
-- region counts nothing); null when only the rows of the partnerships counted will do.
create function private.dashboard_place(country_code text, region text, partnership_id uuid)
returns text
language sql
stable
security invoker
set search_path = ''
as $$
  select case
    when dashboard_place.partnership_id is null
      and (dashboard_place.country_code is null or dashboard_place.region is null)
      and (select private.is_staff())
    then coalesce(dashboard_place.country_code, dashboard_place.region, 'all')
  end;
$$;
grant execute on function private.dashboard_place(text, text, uuid) to authenticated, service_role;

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
create function private.dashboard_headline(year_from integer, year_to integer, scope uuid[], place text, goal_id smallint, principle text)
returns table (partnerships bigint, countries bigint, activities bigint, people_reached bigint, reports_due bigint, reports_approved bigint)
language plpgsql
stable
security invoker
set search_path = ''
set plan_cache_mode = force_custom_plan
as $$
begin
  return query
  with running as (
    select p.id, p.starts_year, p.ends_year
    from public.partnerships p
    where (dashboard_headline.scope is null or p.id = any (dashboard_headline.scope))
      and p.status <> 'planned'
      and p.starts_year <= dashboard_headline.year_to
      and coalesce(p.ends_year, dashboard_headline.year_to) >= dashboard_headline.year_from
  ),
  due as (
    select r.id, y.year
    from running r
    cross join lateral generate_series(greatest(r.starts_year, dashboard_headline.year_from), least(coalesce(r.ends_year, dashboard_headline.year_to), dashboard_headline.year_to)) as y (year)
  ),
  -- The activities of the running partnerships: for a place, its totals less those of the few
  -- partnerships there that are not running (planned, or outside the range).
  activity_rows as (
    select f.activities, f.participants_women + f.participants_men + f.participants_other as people
    from public.programme_activity_facts f
    where f.place = dashboard_headline.place
      and f.year between dashboard_headline.year_from and dashboard_headline.year_to
      and f.goal_id = coalesce(dashboard_headline.goal_id, 0)
      and f.principle = coalesce(dashboard_headline.principle, 'all')
    union all
    select -f.activities, -(f.participants_women + f.participants_men + f.participants_other)
    from public.activity_facts f
    where dashboard_headline.place is not null
      -- as an array, so that the few are looked up by their key rather than all rows scanned
      and f.partnership_id = any (array(
        select p.id from public.partnerships p
        where (dashboard_headline.scope is null or p.id = any (dashboard_headline.scope))
          and not (p.status <> 'planned' and p.starts_year <= dashboard_headline.year_to and coalesce(p.ends_year, dashboard_headline.year_to) >= dashboard_headline.year_from)
      ))
      and f.year between dashboard_headline.year_from and dashboard_headline.year_to
      and f.goal_id = coalesce(dashboard_headline.goal_id, 0)
      and f.principle = coalesce(dashboard_headline.principle, 'all')
    union all
    select f.activities, f.participants_women + f.participants_men + f.participants_other
    from public.activity_facts f
    where dashboard_headline.place is null
      and f.partnership_id in (select r.id from running r)
      and f.year between dashboard_headline.year_from and dashboard_headline.year_to
      and f.goal_id = coalesce(dashboard_headline.goal_id, 0)
      and f.principle = coalesce(dashboard_headline.principle, 'all')
  ),
  activity_totals as (
    select coalesce(sum(a.activities), 0) as activities, coalesce(sum(a.people), 0) as people
    from activity_rows a
  )
  select
    (select count(*) from running),
    (
      select count(distinct o.country_code)
      from running r
      join public.partnership_organisations po on po.partnership_id = r.id and po.side = 'partner'
      join public.organisations o on o.id = po.organisation_id
    ),
    (select t.activities from activity_totals t)::bigint,
    (select t.people from activity_totals t)::bigint,
    (select count(*) from due),
    (
      select count(*) from due d
      join public.reports rep on rep.partnership_id = d.id and rep.year = d.year and rep.status = 'approved'
    );
end;
$$;

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
  select * from private.dashboard_headline(
    dashboard_headline.year_from, dashboard_headline.year_to,
    private.dashboard_scope_ids(dashboard_headline.country_code, dashboard_headline.region, dashboard_headline.partnership_id),
    private.dashboard_place(dashboard_headline.country_code, dashboard_headline.region, dashboard_headline.partnership_id),
    dashboard_headline.goal_id, dashboard_headline.principle
  );
$$;
comment on function public.dashboard_headline(integer, integer, text, text, uuid, smallint, text) is 'Headline figures of the programme over a range of years, as the caller may count them.';

-- Contribution by goal -------------------------------------------------------------------------------
-- Activities and results per goal, direct and indirect. All goals are listed whatever the goal
-- filter (the chart highlights it); the principle filter applies to activities only.
-- The goals read no partnership when there is a place: scope goes unused.
create function private.dashboard_goals(year_from integer, year_to integer, scope uuid[], place text, principle text)
returns table (goal_id smallint, activities_direct bigint, activities_indirect bigint, results_direct bigint, results_indirect bigint)
language plpgsql
stable
security invoker
set search_path = ''
set plan_cache_mode = force_custom_plan
as $$
declare
  _years smallint[] := array(select generate_series(dashboard_goals.year_from, dashboard_goals.year_to)::smallint);
begin
  return query
  -- For a place its totals, else the rows of the partnerships counted.
  with activity_counts as (
    select f.goal_id, sum(f.activities_direct)::bigint as direct, sum(f.activities_indirect)::bigint as indirect
    from public.programme_activity_facts f
    where f.place = dashboard_goals.place
      and f.year between dashboard_goals.year_from and dashboard_goals.year_to
      and f.goal_id > 0
      and f.principle = coalesce(dashboard_goals.principle, 'all')
    group by f.goal_id
    union all
    select f.goal_id, sum(f.activities_direct), sum(f.activities_indirect)
    from public.activity_facts f
    where dashboard_goals.place is null
      and f.partnership_id = any (dashboard_goals.scope)
      and f.year between dashboard_goals.year_from and dashboard_goals.year_to
      and f.goal_id > 0
      and f.principle = coalesce(dashboard_goals.principle, 'all')
    group by f.goal_id
  ),
  -- a result once per goal over the range, direct when any of its links to the goal is
  result_goals as (
    select f.result_id, f.goal_id, bool_or(f.contribution = 'direct') as direct
    from public.result_facts f
    where dashboard_goals.place is null
      and f.partnership_id = any (dashboard_goals.scope)
      and f.years && _years
      and dashboard_goals.principle is null
    group by f.result_id, f.goal_id
  ),
  result_counts as (
    select r.goal_id, sum(r.results) filter (where r.direct)::bigint as direct, sum(r.results) filter (where not r.direct)::bigint as indirect
    from public.programme_result_facts r
    where r.place = dashboard_goals.place
      and r.years && _years
      and dashboard_goals.principle is null
    group by r.goal_id
    union all
    select r.goal_id, count(*) filter (where r.direct), count(*) filter (where not r.direct)
    from result_goals r
    group by r.goal_id
  )
  select g.id, coalesce(a.direct, 0)::bigint, coalesce(a.indirect, 0)::bigint, coalesce(r.direct, 0)::bigint, coalesce(r.indirect, 0)::bigint
  from public.sdg_goals g
  left join activity_counts a on a.goal_id = g.id
  left join result_counts r on r.goal_id = g.id
  where a.goal_id is not null or r.goal_id is not null
  order by g.id;
end;
$$;

-- The place alone decides which rows count; the partnerships are looked up only without one.
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
  select d.*
  from (select private.dashboard_place(dashboard_goals.country_code, dashboard_goals.region, dashboard_goals.partnership_id) as place) as w
  cross join lateral private.dashboard_goals(
    dashboard_goals.year_from, dashboard_goals.year_to,
    case when w.place is null then private.dashboard_scope_ids(dashboard_goals.country_code, dashboard_goals.region, dashboard_goals.partnership_id) end,
    w.place, dashboard_goals.principle
  ) as d;
$$;
comment on function public.dashboard_goals(integer, integer, text, text, uuid, smallint, text) is 'Activities and results per SDG goal, direct and indirect, over a range of years.';

-- Drilling into a goal: its targets -------------------------------------------------------------------
-- The targets' results are counted from result_facts, per target, under scope.
create function private.dashboard_targets(year_from integer, year_to integer, scope uuid[], place text, goal_id smallint, principle text)
returns table (target_id text, activities_direct bigint, activities_indirect bigint, results_direct bigint, results_indirect bigint)
language plpgsql
stable
security invoker
set search_path = ''
set plan_cache_mode = force_custom_plan
as $$
declare
  _years smallint[] := array(select generate_series(dashboard_targets.year_from, dashboard_targets.year_to)::smallint);
begin
  return query
  -- For a place its totals, else the rows of the partnerships counted.
  with activity_counts as (
    select f.target_id, sum(f.activities_direct)::bigint as direct, sum(f.activities_indirect)::bigint as indirect
    from public.programme_target_facts f
    where f.place = dashboard_targets.place
      and f.goal_id = dashboard_targets.goal_id
      and f.year between dashboard_targets.year_from and dashboard_targets.year_to
      and f.principle = coalesce(dashboard_targets.principle, 'all')
    group by f.target_id
    union all
    select f.target_id, sum(f.activities_direct), sum(f.activities_indirect)
    from public.target_facts f
    where dashboard_targets.place is null
      and f.partnership_id = any (dashboard_targets.scope)
      and f.goal_id = dashboard_targets.goal_id
      and f.year between dashboard_targets.year_from and dashboard_targets.year_to
      and f.principle = coalesce(dashboard_targets.principle, 'all')
    group by f.target_id
  ),
  result_counts as (
    select f.target_id, count(*) filter (where f.contribution = 'direct') as direct, count(*) filter (where f.contribution = 'indirect') as indirect
    from public.result_facts f
    where (dashboard_targets.scope is null or f.partnership_id = any (dashboard_targets.scope))
      and f.goal_id = dashboard_targets.goal_id
      and f.years && _years
      and dashboard_targets.principle is null
    group by f.target_id
  )
  select t.id, coalesce(a.direct, 0)::bigint, coalesce(a.indirect, 0)::bigint, coalesce(r.direct, 0), coalesce(r.indirect, 0)
  from public.sdg_targets t
  left join activity_counts a on a.target_id = t.id
  left join result_counts r on r.target_id = t.id
  where t.goal_id = dashboard_targets.goal_id and (a.target_id is not null or r.target_id is not null)
  order by t.sort_order;
end;
$$;

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
  select * from private.dashboard_targets(
    dashboard_targets.year_from, dashboard_targets.year_to,
    private.dashboard_scope_ids(dashboard_targets.country_code, dashboard_targets.region, dashboard_targets.partnership_id),
    private.dashboard_place(dashboard_targets.country_code, dashboard_targets.region, dashboard_targets.partnership_id),
    dashboard_targets.goal_id, dashboard_targets.principle
  );
$$;
comment on function public.dashboard_targets(integer, integer, text, text, uuid, smallint, text) is 'Activities and results per target of one goal (the goal filter), direct and indirect.';

-- Drilling into a target: the activities behind it, newest first. A page is asked for with
-- row_offset and row_limit (all rows without them): the list is made inside the function, so
-- a limit put on its result would come after every row had been found and sorted. The total is
-- the target's row of dashboard_targets under the same filters.
create function private.dashboard_target_activities(
  target_id text, year_from integer, year_to integer, scope uuid[], principle text, after_key text, before_key text, row_limit integer
)
returns table (activity_id uuid, partnership_id uuid, partnership_name text, title text, starts_on date, year smallint, contribution text, row_key text)
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  _key text := coalesce(after_key, before_key);
  _key_date date := split_part(_key, '_', 1)::date;
  _key_id uuid := nullif(split_part(_key, '_', 2), '')::uuid;
  -- Before a key the index is read forwards from it, and the page turned round afterwards.
  _after boolean := before_key is null;
begin
  if after_key is not null and before_key is not null then
    raise exception 'after_key and before_key exclude each other' using errcode = '22023';
  end if;
  -- Planned at every call for its arguments, like the charts (EXECUTE is never cached).
  return query execute format($sql$
    select p.activity_id, p.partnership_id, pa.name, p.title, p.starts_on, p.year, p.contribution::text, p.starts_on::text || '_' || p.activity_id
    from (
      select a.id as activity_id, a.partnership_id, a.title, a.starts_on, a.year, l.contribution
      from public.activities a
      join public.activity_targets l on l.activity_id = a.id
      where l.target_id = $1
        and ($2 is null or l.partnership_id = any ($2))
        and a.year between $3 and $4
        and ($5 is null or $5 = any (a.principles::text[]))
        and ($6 is null or (a.year, a.starts_on, a.id) %1$s (extract(year from $6)::smallint, $6, $7))
      order by a.year %2$s, a.starts_on %2$s, a.id %2$s
      limit $8
    ) as p
    join public.partnerships pa on pa.id = p.partnership_id
    order by p.year desc, p.starts_on desc, p.activity_id desc$sql$,
    case when _after then '<' else '>' end, case when _after then 'desc' else 'asc' end)
  using dashboard_target_activities.target_id, dashboard_target_activities.scope, dashboard_target_activities.year_from,
    dashboard_target_activities.year_to, dashboard_target_activities.principle, _key_date, _key_id, dashboard_target_activities.row_limit;
end;
$$;

create function public.dashboard_target_activities(
  target_id text, year_from integer, year_to integer,
  country_code text default null, region text default null, partnership_id uuid default null,
  principle text default null, after_key text default null, before_key text default null, row_limit integer default null
)
returns table (activity_id uuid, partnership_id uuid, partnership_name text, title text, starts_on date, year smallint, contribution text, row_key text)
language sql
stable
security invoker
set search_path = ''
as $$
  select * from private.dashboard_target_activities(
    dashboard_target_activities.target_id, dashboard_target_activities.year_from, dashboard_target_activities.year_to,
    private.dashboard_scope_ids(dashboard_target_activities.country_code, dashboard_target_activities.region, dashboard_target_activities.partnership_id),
    dashboard_target_activities.principle, dashboard_target_activities.after_key, dashboard_target_activities.before_key, dashboard_target_activities.row_limit
  );
$$;
comment on function public.dashboard_target_activities(text, integer, integer, text, text, uuid, text, text, text, integer) is 'The activities linked to one SDG target over a range of years, newest first; a page of them after or before a row_key, with row_limit.';

-- Report status -----------------------------------------------------------------------------------------
-- The reports of the last year of the range by state, per partner country and overall (country
-- null): a partnership with partners in two countries counts in both, once overall. Goal and
-- principle filters do not apply to reports. A year without a report is 'not_started', a state no
-- report has: the states are counted as text.
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
    select p.id, coalesce(r.status::text, 'not_started') as status
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
create function private.dashboard_years(year_from integer, year_to integer, scope uuid[], place text, goal_id smallint, principle text)
returns table (
  year smallint, activities bigint, participants_women bigint, participants_men bigint, participants_other bigint,
  participation bigint, transparency bigint, accountability bigint, non_discrimination bigint,
  inform_include bigint, set_local_agenda bigint, implement_follow_up bigint
)
language plpgsql
stable
security invoker
set search_path = ''
set plan_cache_mode = force_custom_plan
as $$
begin
  return query
  -- For a place its totals, else the rows of the partnerships counted.
  with facts as (
    select f.year, f.principle, f.activities, f.participants_women, f.participants_men, f.participants_other,
      f.inform_include, f.set_local_agenda, f.implement_follow_up
    from public.programme_activity_facts f
    where f.place = dashboard_years.place
      and f.year between dashboard_years.year_from and dashboard_years.year_to
      and f.goal_id = coalesce(dashboard_years.goal_id, 0)
    union all
    select f.year, f.principle, f.activities, f.participants_women, f.participants_men, f.participants_other,
      f.inform_include, f.set_local_agenda, f.implement_follow_up
    from public.activity_facts f
    where dashboard_years.place is null
      and f.partnership_id = any (dashboard_years.scope)
      and f.year between dashboard_years.year_from and dashboard_years.year_to
      and f.goal_id = coalesce(dashboard_years.goal_id, 0)
  ),
  chosen as (select coalesce(dashboard_years.principle, 'all') as principle)
  select f.year,
    coalesce(sum(f.activities) filter (where f.principle = c.principle), 0)::bigint,
    coalesce(sum(f.participants_women) filter (where f.principle = c.principle), 0)::bigint,
    coalesce(sum(f.participants_men) filter (where f.principle = c.principle), 0)::bigint,
    coalesce(sum(f.participants_other) filter (where f.principle = c.principle), 0)::bigint,
    coalesce(sum(f.activities) filter (where f.principle = 'participation'), 0)::bigint,
    coalesce(sum(f.activities) filter (where f.principle = 'transparency'), 0)::bigint,
    coalesce(sum(f.activities) filter (where f.principle = 'accountability'), 0)::bigint,
    coalesce(sum(f.activities) filter (where f.principle = 'non_discrimination'), 0)::bigint,
    coalesce(sum(f.inform_include) filter (where f.principle = c.principle), 0)::bigint,
    coalesce(sum(f.set_local_agenda) filter (where f.principle = c.principle), 0)::bigint,
    coalesce(sum(f.implement_follow_up) filter (where f.principle = c.principle), 0)::bigint
  from facts f
  cross join chosen c
  group by f.year
  order by f.year;
end;
$$;

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
  select d.*
  from (select private.dashboard_place(dashboard_years.country_code, dashboard_years.region, dashboard_years.partnership_id) as place) as w
  cross join lateral private.dashboard_years(
    dashboard_years.year_from, dashboard_years.year_to,
    case when w.place is null then private.dashboard_scope_ids(dashboard_years.country_code, dashboard_years.region, dashboard_years.partnership_id) end,
    w.place, dashboard_years.goal_id, dashboard_years.principle
  ) as d;
$$;
comment on function public.dashboard_years(integer, integer, text, text, uuid, smallint, text) is 'Per year: activities, participants by sex, activities per principle and per localisation stage.';

-- People reached by target group: an activity addressing two groups counts for both. The goal
-- filter does not apply.
create function private.dashboard_target_groups(year_from integer, year_to integer, scope uuid[], place text, principle text)
returns table (target_group text, activities bigint, participants_women bigint, participants_men bigint, participants_other bigint)
language plpgsql
stable
security invoker
set search_path = ''
set plan_cache_mode = force_custom_plan
as $$
begin
  return query
  -- For a place its totals, else the rows of the partnerships counted.
  with facts as (
    select f.target_group, f.activities, f.participants_women, f.participants_men, f.participants_other
    from public.programme_target_group_facts f
    where f.place = dashboard_target_groups.place
      and f.year between dashboard_target_groups.year_from and dashboard_target_groups.year_to
      and f.principle = coalesce(dashboard_target_groups.principle, 'all')
    union all
    select f.target_group, f.activities, f.participants_women, f.participants_men, f.participants_other
    from public.target_group_facts f
    where dashboard_target_groups.place is null
      and f.partnership_id = any (dashboard_target_groups.scope)
      and f.year between dashboard_target_groups.year_from and dashboard_target_groups.year_to
      and f.principle = coalesce(dashboard_target_groups.principle, 'all')
  )
  select f.target_group, sum(f.activities)::bigint, sum(f.participants_women)::bigint, sum(f.participants_men)::bigint, sum(f.participants_other)::bigint
  from facts f
  group by f.target_group
  order by sum(f.activities) desc, f.target_group;
end;
$$;

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
  select d.*
  from (select private.dashboard_place(dashboard_target_groups.country_code, dashboard_target_groups.region, dashboard_target_groups.partnership_id) as place) as w
  cross join lateral private.dashboard_target_groups(
    dashboard_target_groups.year_from, dashboard_target_groups.year_to,
    case when w.place is null then private.dashboard_scope_ids(dashboard_target_groups.country_code, dashboard_target_groups.region, dashboard_target_groups.partnership_id) end,
    w.place, dashboard_target_groups.principle
  ) as d;
$$;
comment on function public.dashboard_target_groups(integer, integer, text, text, uuid, smallint, text) is 'Activities and participants by sex per target group over a range of years.';

-- Indicator progress -----------------------------------------------------------------------------------
-- The indicators behind the charts, with their progress over the range of years by their
-- aggregation rule (private.indicator_period_progress): those with an official SDG
-- indicator (the goal filter keeps those of the goal, official_indicator_id one of them), in
-- partnerships of the scope, with a value in the range, but not the qualitative ones. Each has one
-- row of public.indicator_facts for the range: the one for its first and last value years in it.
create function private.indicator_progress(year_from integer, year_to integer, scope uuid[], goal_id smallint, official_indicator_id text)
returns table (indicator_id uuid, sdg_indicator_id text, achieved numeric, through_year smallint, target numeric, share numeric)
language plpgsql
stable
security invoker
set search_path = ''
set plan_cache_mode = force_custom_plan
as $$
begin
  return query
  select f.indicator_id, f.sdg_indicator_id, f.achieved, f.through_year, f.target, f.share
  from public.indicator_facts f
  where f.first_year >= indicator_progress.year_from
    and (f.prior_year is null or f.prior_year < indicator_progress.year_from)
    and f.last_year <= indicator_progress.year_to
    and (f.next_year is null or f.next_year > indicator_progress.year_to)
    and (indicator_progress.scope is null or f.partnership_id = any (indicator_progress.scope))
    and (indicator_progress.official_indicator_id is null or f.sdg_indicator_id = indicator_progress.official_indicator_id)
    and (
      indicator_progress.goal_id is null
      or f.sdg_indicator_id in (
        select s.id from public.sdg_indicators s join public.sdg_targets t on t.id = s.target_id
        where t.goal_id = indicator_progress.goal_id
      )
    );
end;
$$;
revoke execute on function private.indicator_progress(integer, integer, uuid[], smallint, text) from public, anon;
grant execute on function private.indicator_progress(integer, integer, uuid[], smallint, text) to authenticated, service_role;

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
  with summary as (
    select p.sdg_indicator_id, count(*) as indicators, count(p.share) as with_progress, count(*) filter (where p.share >= 1) as reached,
      round(percentile_cont(0.5) within group (order by p.share)::numeric, 4) as median_share
    from private.indicator_progress(
      dashboard_indicator_summary.year_from, dashboard_indicator_summary.year_to,
      private.dashboard_scope_ids(dashboard_indicator_summary.country_code, dashboard_indicator_summary.region, dashboard_indicator_summary.partnership_id),
      dashboard_indicator_summary.goal_id, null
    ) as p
    group by p.sdg_indicator_id
  )
  select c.sdg_indicator_id, c.indicators, c.with_progress, c.reached, c.median_share
  from summary c
  join public.sdg_indicators s on s.id = c.sdg_indicator_id
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
    dashboard_indicator_progress.year_from, dashboard_indicator_progress.year_to,
    private.dashboard_scope_ids(dashboard_indicator_progress.country_code, dashboard_indicator_progress.region, dashboard_indicator_progress.partnership_id),
    null, dashboard_indicator_progress.sdg_indicator_id
  ) as g
  join public.indicators i on i.id = g.indicator_id
  join public.partnerships p on p.id = i.partnership_id
  order by p.name, i.title, i.id;
$$;
comment on function public.dashboard_indicator_progress(text, integer, integer, text, text, uuid) is 'Each partnership indicator that reports one official SDG indicator, with its progress over a range of years.';

-- The partnership overview: how much of a partnership's work touches each SDG goal in one year,
-- counted the same way as the dashboards.
create function public.partnership_goal_counts(partnership_id uuid, year integer)
returns table (goal_id smallint, activities_direct bigint, activities_indirect bigint, results_direct bigint, results_indirect bigint)
language sql
stable
security invoker
set search_path = ''
as $$
  select d.goal_id, d.activities_direct, d.activities_indirect, d.results_direct, d.results_indirect
  from public.dashboard_goals(partnership_goal_counts.year, partnership_goal_counts.year, partnership_id => partnership_goal_counts.partnership_id) as d;
$$;
comment on function public.partnership_goal_counts(uuid, integer) is 'Activities and results of a partnership per SDG goal in one year, direct and indirect, as the caller may see them.';

-- The private halves run as the caller as well: whoever may call a chart may call its half.
revoke execute on function private.dashboard_place(text, text, uuid) from public, anon;
revoke execute on function private.dashboard_headline(integer, integer, uuid[], text, smallint, text) from public, anon;
revoke execute on function private.dashboard_goals(integer, integer, uuid[], text, text) from public, anon;
revoke execute on function private.dashboard_targets(integer, integer, uuid[], text, smallint, text) from public, anon;
revoke execute on function private.dashboard_target_activities(text, integer, integer, uuid[], text, text, text, integer) from public, anon;
revoke execute on function private.dashboard_years(integer, integer, uuid[], text, smallint, text) from public, anon;
revoke execute on function private.dashboard_target_groups(integer, integer, uuid[], text, text) from public, anon;
grant execute on function private.dashboard_headline(integer, integer, uuid[], text, smallint, text) to authenticated, service_role;
grant execute on function private.dashboard_goals(integer, integer, uuid[], text, text) to authenticated, service_role;
grant execute on function private.dashboard_targets(integer, integer, uuid[], text, smallint, text) to authenticated, service_role;
grant execute on function private.dashboard_target_activities(text, integer, integer, uuid[], text, text, text, integer) to authenticated, service_role;
grant execute on function private.dashboard_years(integer, integer, uuid[], text, smallint, text) to authenticated, service_role;
grant execute on function private.dashboard_target_groups(integer, integer, uuid[], text, text) to authenticated, service_role;

revoke execute on function public.dashboard_partnerships() from public, anon;
revoke execute on function public.dashboard_headline(integer, integer, text, text, uuid, smallint, text) from public, anon;
revoke execute on function public.dashboard_goals(integer, integer, text, text, uuid, smallint, text) from public, anon;
revoke execute on function public.dashboard_targets(integer, integer, text, text, uuid, smallint, text) from public, anon;
revoke execute on function public.dashboard_target_activities(text, integer, integer, text, text, uuid, text, text, text, integer) from public, anon;
revoke execute on function public.dashboard_report_status(integer, integer, text, text, uuid, smallint, text) from public, anon;
revoke execute on function public.dashboard_years(integer, integer, text, text, uuid, smallint, text) from public, anon;
revoke execute on function public.dashboard_target_groups(integer, integer, text, text, uuid, smallint, text) from public, anon;
revoke execute on function public.dashboard_indicator_summary(integer, integer, text, text, uuid, smallint, text) from public, anon;
revoke execute on function public.dashboard_indicator_progress(text, integer, integer, text, text, uuid) from public, anon;
grant execute on function public.dashboard_partnerships() to authenticated, service_role;
grant execute on function public.dashboard_headline(integer, integer, text, text, uuid, smallint, text) to authenticated, service_role;
grant execute on function public.dashboard_goals(integer, integer, text, text, uuid, smallint, text) to authenticated, service_role;
grant execute on function public.dashboard_targets(integer, integer, text, text, uuid, smallint, text) to authenticated, service_role;
grant execute on function public.dashboard_target_activities(text, integer, integer, text, text, uuid, text, text, text, integer) to authenticated, service_role;
grant execute on function public.dashboard_report_status(integer, integer, text, text, uuid, smallint, text) to authenticated, service_role;
grant execute on function public.dashboard_years(integer, integer, text, text, uuid, smallint, text) to authenticated, service_role;
grant execute on function public.dashboard_target_groups(integer, integer, text, text, uuid, smallint, text) to authenticated, service_role;
grant execute on function public.dashboard_indicator_summary(integer, integer, text, text, uuid, smallint, text) to authenticated, service_role;
grant execute on function public.dashboard_indicator_progress(text, integer, integer, text, text, uuid) to authenticated, service_role;

revoke execute on function public.partnership_goal_counts(uuid, integer) from public, anon;
grant execute on function public.partnership_goal_counts(uuid, integer) to authenticated, service_role;
