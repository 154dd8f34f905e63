-- Programme-wide totals per place. Staff filtering the dashboards to a partner country or a world
-- region counted the rows of every partnership there: half the programme for Africa. The totals of
-- 20261130100100_dashboard_facts.sql are now kept for each place as well as for the whole
-- programme, so that such a view reads a few hundred rows too.
--
-- A place is 'all' (every partnership), a partner country's code ('KE') or a world region of
-- public.country_regions ('africa'). A partnership counts once in each place of its partner side:
-- twice in Africa it is not, with partners in Kenya and Tanzania.

-- The places of each partnership besides 'all', as its partner organisations make them. No foreign
-- key: when a partnership is deleted its summary rows may go after its partner organisations, and
-- they must still be taken out of the totals of its places (see private.refresh_partnership_places).
create table private.partnership_places (
  partnership_id uuid not null,
  place text not null,
  primary key (partnership_id, place)
);
comment on table private.partnership_places is 'The partner countries and world regions of each partnership, for the programme-wide totals per place. Kept by triggers.';
revoke all on private.partnership_places from public, anon, authenticated;

-- The places the partner side of the given partnerships (all when null) makes, now.
create function private.places_of(partnership_ids uuid[])
returns table (partnership_id uuid, place text)
language sql
stable
security definer
set search_path = ''
as $$
  select distinct po.partnership_id, p.place
  from public.partnership_organisations po
  join public.organisations o on o.id = po.organisation_id
  left join public.country_regions cr on cr.country_code = o.country_code
  cross join lateral (values (o.country_code), (cr.region)) as p (place)
  where po.side = 'partner'
    and (places_of.partnership_ids is null or po.partnership_id = any (places_of.partnership_ids))
    and p.place is not null;
$$;

-- The places a partnership's rows count in, 'all' among them: for the rows of a statement.
create function private.places_counted(partnership_id uuid)
returns setof text
language sql
stable
security definer
set search_path = ''
as $$
  select 'all'
  union all
  select pp.place from private.partnership_places pp where pp.partnership_id = places_counted.partnership_id;
$$;

-- The same for every partnership at once: for a recount, which joins it to every summary row.
create view private.partnership_places_counted
with (security_invoker = on)
as
  select pp.partnership_id, pp.place from private.partnership_places pp
  union all
  select p.id, 'all' from public.partnerships p;
revoke all on private.partnership_places_counted from public, anon, authenticated;

alter table public.programme_activity_facts add column place text not null default 'all';
alter table public.programme_activity_facts drop constraint programme_activity_facts_pkey, add primary key (place, year, goal_id, principle);
alter table public.programme_activity_facts alter column place drop default;
comment on table public.programme_activity_facts is 'activity_facts summed per place (all, a partner country, a world region), year, goal (0 = any) and principle (or all). Kept by triggers; read by staff.';

alter table public.programme_target_facts add column place text not null default 'all';
alter table public.programme_target_facts drop constraint programme_target_facts_pkey, add primary key (place, year, target_id, principle);
alter table public.programme_target_facts alter column place drop default;
drop index public.programme_target_facts_goal_principle_year_idx;
create index programme_target_facts_place_goal_principle_year_idx on public.programme_target_facts (place, goal_id, principle, year);
comment on table public.programme_target_facts is 'target_facts summed per place (all, a partner country, a world region), year, SDG target and principle (or all). Kept by triggers; read by staff.';

alter table public.programme_target_group_facts add column place text not null default 'all';
alter table public.programme_target_group_facts drop constraint programme_target_group_facts_pkey, add primary key (place, year, target_group, principle);
alter table public.programme_target_group_facts alter column place drop default;
comment on table public.programme_target_group_facts is 'target_group_facts summed per place (all, a partner country, a world region), year, target group and principle (or all). Kept by triggers; read by staff.';

alter table public.programme_result_facts add column place text not null default 'all';
alter table public.programme_result_facts drop constraint programme_result_facts_pkey, add primary key (place, goal_id, direct, years);
alter table public.programme_result_facts alter column place drop default;
comment on table public.programme_result_facts is 'Results per place (all, a partner country, a world region), goal they are linked to, direct or indirect, and the years they count in. Kept by triggers; read by staff.';

-- The totals after a statement on a summary table, as before, now in each place of each row's
-- partnership.
create or replace function private.add_to_programme_facts()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  -- Each row with the sign it is added with and once per place; which transition tables exist
  -- depends on the event.
  _changes text := format(
    'select c.*, p.place from (%s) as c cross join lateral private.places_counted(c.partnership_id) as p (place)',
    case tg_op
      when 'INSERT' then 'select 1 as sign, n.* from new_rows n'
      when 'DELETE' then 'select -1 as sign, o.* from old_rows o'
      else 'select -1 as sign, o.* from old_rows o union all select 1, n.* from new_rows n'
    end
  );
begin
  if tg_table_name = 'activity_facts' then
    lock table public.programme_activity_facts in share row exclusive mode;
    execute format($sql$
      insert into public.programme_activity_facts as t (
        place, year, goal_id, principle, activities, activities_direct, activities_indirect,
        participants_women, participants_men, participants_other, inform_include, set_local_agenda, implement_follow_up
      )
      select c.place, c.year, c.goal_id, c.principle, sum(c.sign * c.activities), sum(c.sign * c.activities_direct), sum(c.sign * c.activities_indirect),
        sum(c.sign * c.participants_women), sum(c.sign * c.participants_men), sum(c.sign * c.participants_other),
        sum(c.sign * c.inform_include), sum(c.sign * c.set_local_agenda), sum(c.sign * c.implement_follow_up)
      from (%s) as c
      group by c.place, c.year, c.goal_id, c.principle
      order by c.place, c.year, c.goal_id, c.principle
      on conflict (place, year, goal_id, principle) do update set
        activities = t.activities + excluded.activities,
        activities_direct = t.activities_direct + excluded.activities_direct,
        activities_indirect = t.activities_indirect + excluded.activities_indirect,
        participants_women = t.participants_women + excluded.participants_women,
        participants_men = t.participants_men + excluded.participants_men,
        participants_other = t.participants_other + excluded.participants_other,
        inform_include = t.inform_include + excluded.inform_include,
        set_local_agenda = t.set_local_agenda + excluded.set_local_agenda,
        implement_follow_up = t.implement_follow_up + excluded.implement_follow_up$sql$, _changes);
    if tg_op <> 'INSERT' then
      delete from public.programme_activity_facts t where t.activities = 0;
    end if;
  elsif tg_table_name = 'target_facts' then
    lock table public.programme_target_facts in share row exclusive mode;
    execute format($sql$
      insert into public.programme_target_facts as t (place, year, target_id, goal_id, principle, activities_direct, activities_indirect)
      select c.place, c.year, c.target_id, c.goal_id, c.principle, sum(c.sign * c.activities_direct), sum(c.sign * c.activities_indirect)
      from (%s) as c
      group by c.place, c.year, c.target_id, c.goal_id, c.principle
      order by c.place, c.year, c.target_id, c.principle
      on conflict (place, year, target_id, principle) do update set
        activities_direct = t.activities_direct + excluded.activities_direct,
        activities_indirect = t.activities_indirect + excluded.activities_indirect$sql$, _changes);
    if tg_op <> 'INSERT' then
      delete from public.programme_target_facts t where t.activities_direct = 0 and t.activities_indirect = 0;
    end if;
  elsif tg_table_name = 'target_group_facts' then
    lock table public.programme_target_group_facts in share row exclusive mode;
    execute format($sql$
      insert into public.programme_target_group_facts as t (place, year, target_group, principle, activities, participants_women, participants_men, participants_other)
      select c.place, c.year, c.target_group, c.principle, sum(c.sign * c.activities),
        sum(c.sign * c.participants_women), sum(c.sign * c.participants_men), sum(c.sign * c.participants_other)
      from (%s) as c
      group by c.place, c.year, c.target_group, c.principle
      order by c.place, c.year, c.target_group, c.principle
      on conflict (place, year, target_group, principle) do update set
        activities = t.activities + excluded.activities,
        participants_women = t.participants_women + excluded.participants_women,
        participants_men = t.participants_men + excluded.participants_men,
        participants_other = t.participants_other + excluded.participants_other$sql$, _changes);
    if tg_op <> 'INSERT' then
      delete from public.programme_target_group_facts t where t.activities = 0;
    end if;
  else
    lock table public.programme_result_facts in share row exclusive mode;
    -- a result once per goal, direct when any of its links to the goal is
    execute format($sql$
      insert into public.programme_result_facts as t (place, goal_id, direct, years, results)
      select r.place, r.goal_id, r.direct, r.years, sum(r.sign)
      from (
        select c.sign, c.place, c.goal_id, c.years, bool_or(c.contribution = 'direct') as direct
        from (%s) as c
        group by c.sign, c.place, c.result_id, c.goal_id, c.years
      ) as r
      group by r.place, r.goal_id, r.direct, r.years
      order by r.place, r.goal_id, r.direct, r.years
      on conflict (place, goal_id, direct, years) do update set results = t.results + excluded.results$sql$, _changes);
    if tg_op <> 'INSERT' then
      delete from public.programme_result_facts t where t.results = 0;
    end if;
  end if;
  return null;
end;
$$;

-- The totals counted afresh from the summary tables and the places, which the caller has locked.
create or replace function private.recount_programme_facts()
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  delete from public.programme_activity_facts;
  delete from public.programme_target_facts;
  delete from public.programme_target_group_facts;
  delete from public.programme_result_facts;
  insert into public.programme_activity_facts (
    place, year, goal_id, principle, activities, activities_direct, activities_indirect,
    participants_women, participants_men, participants_other, inform_include, set_local_agenda, implement_follow_up
  )
  select p.place, f.year, f.goal_id, f.principle, sum(f.activities), sum(f.activities_direct), sum(f.activities_indirect),
    sum(f.participants_women), sum(f.participants_men), sum(f.participants_other),
    sum(f.inform_include), sum(f.set_local_agenda), sum(f.implement_follow_up)
  from public.activity_facts f
  join private.partnership_places_counted p on p.partnership_id = f.partnership_id
  group by p.place, f.year, f.goal_id, f.principle;
  insert into public.programme_target_facts (place, year, target_id, goal_id, principle, activities_direct, activities_indirect)
  select p.place, f.year, f.target_id, f.goal_id, f.principle, sum(f.activities_direct), sum(f.activities_indirect)
  from public.target_facts f
  join private.partnership_places_counted p on p.partnership_id = f.partnership_id
  group by p.place, f.year, f.target_id, f.goal_id, f.principle;
  insert into public.programme_target_group_facts (place, year, target_group, principle, activities, participants_women, participants_men, participants_other)
  select p.place, f.year, f.target_group, f.principle, sum(f.activities), sum(f.participants_women), sum(f.participants_men), sum(f.participants_other)
  from public.target_group_facts f
  join private.partnership_places_counted p on p.partnership_id = f.partnership_id
  group by p.place, f.year, f.target_group, f.principle;
  insert into public.programme_result_facts (place, goal_id, direct, years, results)
  select r.place, r.goal_id, r.direct, r.years, count(*)
  from (
    select p.place, f.goal_id, f.years, bool_or(f.contribution = 'direct') as direct
    from public.result_facts f
    join private.partnership_places_counted p on p.partnership_id = f.partnership_id
    group by p.place, f.result_id, f.goal_id, f.years
  ) as r
  group by r.place, r.goal_id, r.direct, r.years;
end;
$$;

-- Everything recomputed, the places first.
create or replace function private.rebuild_dashboard_facts()
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  _partnership_ids uuid[];
  _years smallint[];
begin
  -- All the tables it writes at once, the programme-wide ones first as every writer takes them.
  lock table public.programme_activity_facts, public.programme_target_facts, public.programme_target_group_facts, public.programme_result_facts,
    public.activity_facts, public.target_facts, public.target_group_facts, public.result_facts, public.indicator_facts,
    private.partnership_places in exclusive mode;
  delete from private.partnership_places;
  insert into private.partnership_places (partnership_id, place) select p.partnership_id, p.place from private.places_of(null) as p;
  select array_agg(partnership_id), array_agg(year) into _partnership_ids, _years
  from (
    select distinct partnership_id, year from public.activities
    union
    select partnership_id, year from public.activity_facts
  ) as pairs;
  perform private.refresh_activity_facts(_partnership_ids, _years);
  perform private.refresh_result_facts(array(select id from public.results));
  perform private.recount_programme_facts();
  -- Rows written wholesale: the planner should know the tables that only this function fills (a
  -- bulk load analyses the tables it loaded, but knows nothing of these).
  analyze private.partnership_places, public.indicator_facts, public.programme_activity_facts, public.programme_target_facts,
    public.programme_target_group_facts, public.programme_result_facts;
end;
$$;

-- The places of the given partnerships made anew from their partner side. A partnership whose
-- places changed has its summary rows taken out of the totals of the places it had, and counted
-- again in those it has now. A partnership being deleted is left alone: its summary rows go with
-- it, each taking itself out of the totals of the places it had (which is why they stay, rows
-- of nobody, until the next rebuild).
create function private.refresh_partnership_places(partnership_ids uuid[])
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  _changed uuid[];
begin
  -- The totals first, as every writer of them takes them (private.refresh_activity_facts): the
  -- writers take turns, and two changes to one partnership's places cannot interleave.
  lock table public.programme_activity_facts, public.programme_target_facts, public.programme_target_group_facts, public.programme_result_facts
    in share row exclusive mode;
  with partnerships as (
    select p.id from public.partnerships p where p.id = any (partnership_ids)
  ),
  wanted as (
    select p.partnership_id, p.place from private.places_of(array(select id from partnerships)) as p
  ),
  kept as (
    select pp.partnership_id, pp.place from private.partnership_places pp where pp.partnership_id in (select id from partnerships)
  )
  select array_agg(distinct d.partnership_id) into _changed
  from ((select * from wanted except select * from kept) union all (select * from kept except select * from wanted)) as d;
  if _changed is null then
    return;
  end if;

  delete from public.activity_facts where partnership_id = any (_changed);
  delete from public.target_facts where partnership_id = any (_changed);
  delete from public.target_group_facts where partnership_id = any (_changed);
  delete from public.result_facts where partnership_id = any (_changed);
  delete from private.partnership_places where partnership_id = any (_changed);
  insert into private.partnership_places (partnership_id, place) select p.partnership_id, p.place from private.places_of(_changed) as p;

  perform private.refresh_activity_facts(array_agg(pairs.partnership_id), array_agg(pairs.year))
  from (select distinct a.partnership_id, a.year from public.activities a where a.partnership_id = any (_changed)) as pairs;
  perform private.refresh_result_facts(array(select r.id from public.results r where r.partnership_id = any (_changed)));
end;
$$;

-- After a statement on the partner sides, or on organisations (when one's country changed): the
-- partnerships its old and new rows touch. The transition tables are read through dynamic SQL
-- because which of them exist depends on the event.
create function private.refresh_places_after_write()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  _touched text := case tg_op
    when 'INSERT' then 'select partnership_id from new_rows'
    when 'DELETE' then 'select partnership_id from old_rows'
    else 'select partnership_id from old_rows union select partnership_id from new_rows'
  end;
begin
  if tg_table_name = 'organisations' then
    _touched := 'select po.partnership_id from new_rows n join old_rows o on o.id = n.id join public.partnership_organisations po on po.organisation_id = n.id
      where n.country_code is distinct from o.country_code';
  end if;
  execute format('select private.refresh_partnership_places(array_agg(partnership_id)) from (%s) as touched', _touched);
  return null;
end;
$$;

create trigger partnership_organisations_places_insert after insert on public.partnership_organisations
  referencing new table as new_rows for each statement execute function private.refresh_places_after_write();
create trigger partnership_organisations_places_update after update on public.partnership_organisations
  referencing old table as old_rows new table as new_rows for each statement execute function private.refresh_places_after_write();
create trigger partnership_organisations_places_delete after delete on public.partnership_organisations
  referencing old table as old_rows for each statement execute function private.refresh_places_after_write();
create trigger organisations_places_update after update on public.organisations
  referencing old table as old_rows new table as new_rows for each statement execute function private.refresh_places_after_write();

revoke all on function private.places_of(uuid[]) from public, anon, authenticated;
revoke all on function private.places_counted(uuid) from public, anon, authenticated;
revoke all on function private.refresh_partnership_places(uuid[]) from public, anon, authenticated;

-- The dashboards ---------------------------------------------------------------------------------------
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
grant execute on function private.dashboard_place(text, text, uuid) to authenticated;

-- The chart functions take the place beside the partnerships counted (scope): when there is one,
-- the totals of the place count the same partnerships as scope.
drop function private.dashboard_headline(integer, integer, uuid[], smallint, text);
drop function private.dashboard_goals(integer, integer, uuid[], text);
drop function private.dashboard_targets(integer, integer, uuid[], smallint, text);
drop function private.dashboard_years(integer, integer, uuid[], smallint, text);
drop function private.dashboard_target_groups(integer, integer, uuid[], text);

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

create or replace function public.dashboard_headline(
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
create or replace function public.dashboard_goals(
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

create or replace function public.dashboard_targets(
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

create or replace function public.dashboard_years(
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

create or replace function public.dashboard_target_groups(
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

revoke execute on function private.dashboard_place(text, text, uuid) from public, anon;
revoke execute on function private.dashboard_headline(integer, integer, uuid[], text, smallint, text) from public, anon;
revoke execute on function private.dashboard_goals(integer, integer, uuid[], text, text) from public, anon;
revoke execute on function private.dashboard_targets(integer, integer, uuid[], text, smallint, text) from public, anon;
revoke execute on function private.dashboard_years(integer, integer, uuid[], text, smallint, text) from public, anon;
revoke execute on function private.dashboard_target_groups(integer, integer, uuid[], text, text) from public, anon;
grant execute on function private.dashboard_headline(integer, integer, uuid[], text, smallint, text) to authenticated, service_role;
grant execute on function private.dashboard_goals(integer, integer, uuid[], text, text) to authenticated, service_role;
grant execute on function private.dashboard_targets(integer, integer, uuid[], text, smallint, text) to authenticated, service_role;
grant execute on function private.dashboard_years(integer, integer, uuid[], text, smallint, text) to authenticated, service_role;
grant execute on function private.dashboard_target_groups(integer, integer, uuid[], text, text) to authenticated, service_role;

select private.rebuild_dashboard_facts();
