-- A save counts only the activities it touched. What each activity was counted as (its year,
-- principles, target groups, participants, stage and target links) is kept beside the summaries,
-- so that at commit a touched activity is taken out as it was counted and put back as it is now,
-- instead of every activity of its partnership and year being counted again: a save's cost no
-- longer grows with the number of activities a partnership logs in a year. The summaries stay
-- what the counted activities add up to, which is what a rebuild counts.

-- Each activity as the summaries count it: once under each principle (and 'all') and each target
-- group it names, however often its arrays name them; its links as parallel arrays.
create table private.counted_activities (
  activity_id uuid primary key,
  partnership_id uuid not null,
  year smallint not null,
  principles text[] not null,
  target_groups text[] not null,
  participants_women integer not null,
  participants_men integer not null,
  participants_other integer not null,
  localisation_stage text,
  target_ids text[] not null,
  goal_ids smallint[] not null,
  contributions text[] not null
);
create index counted_activities_partnership_id_idx on private.counted_activities (partnership_id);
comment on table private.counted_activities is 'Each activity as the dashboard summaries count it, so that a change to it adds only the difference.';

-- The activities a transaction touched, and the changes to the summaries it makes: activities
-- taken out as they were counted (sign -1) and put back as they are (sign 1); emptied before every
-- commit, like the other notes (private.count_noted).
create unlogged table private.touched_activities (
  activity_id uuid not null,
  partnership_id uuid not null
);
create unlogged table private.activity_changes (like private.counted_activities, sign smallint not null);

revoke all on private.counted_activities, private.touched_activities, private.activity_changes from public, anon, authenticated;

-- Takes the given activities out as they were counted and puts them back as they are now, both
-- noted as changes to the summaries. A deleted activity is not put back.
create function private.count_activities(activity_ids uuid[])
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  with kept as (
    delete from private.counted_activities c where c.activity_id in (select unnest(activity_ids)) returning c.*
  )
  insert into private.activity_changes select k.*, -1 from kept k;

  with counted as (
    insert into private.counted_activities
    select a.id, a.partnership_id, a.year,
      array(select distinct p from unnest(a.principles::text[]) as p order by p),
      array(select distinct g from unnest(a.target_groups::text[]) as g order by g),
      a.participants_women, a.participants_men, a.participants_other, a.localisation_stage,
      coalesce(l.target_ids, '{}'), coalesce(l.goal_ids, '{}'), coalesce(l.contributions, '{}')
    from public.activities a
    left join (
      select l.activity_id, array_agg(l.target_id order by l.target_id) as target_ids,
        array_agg(t.goal_id order by l.target_id) as goal_ids, array_agg(l.contribution::text order by l.target_id) as contributions
      from public.activity_targets l
      join public.sdg_targets t on t.id = l.target_id
      where l.activity_id in (select unnest(activity_ids))
      group by l.activity_id
    ) as l on l.activity_id = a.id
    where a.id in (select unnest(activity_ids))
    returning *
  )
  insert into private.activity_changes select c.*, 1 from counted c;
end;
$$;

-- Adds the noted changes to the summaries, in the order of their keys (so that two transactions
-- adding to the same rows cannot deadlock), leaving out changes that cancel out (an activity put
-- back as it was) and those of partnerships deleted meanwhile (whose summaries went with them),
-- then removes the rows that fell to nothing. An activity counts for each goal it names a target
-- of (direct where any such link is), and as goal 0 whatever it names. The summaries' own triggers
-- note what this changes in the programme-wide totals.
create function private.add_activity_changes()
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  _emptied jsonb;
begin
  delete from private.activity_changes c where not exists (select from public.partnerships p where p.id = c.partnership_id);

  with added as (
    insert into public.activity_facts as f (
      partnership_id, year, goal_id, principle, activities, activities_direct, activities_indirect,
      participants_women, participants_men, participants_other, inform_include, set_local_agenda, implement_follow_up
    )
    select c.partnership_id, c.year, g.goal_id, pr.principle, sum(c.sign), sum(c.sign * g.direct::int), sum(c.sign * (g.linked and not g.direct)::int),
      sum(c.sign * c.participants_women), sum(c.sign * c.participants_men), sum(c.sign * c.participants_other),
      sum(c.sign * (c.localisation_stage is not distinct from 'inform_include')::int),
      sum(c.sign * (c.localisation_stage is not distinct from 'set_local_agenda')::int),
      sum(c.sign * (c.localisation_stage is not distinct from 'implement_follow_up')::int)
    from private.activity_changes c
    cross join lateral (
      select 0::smallint as goal_id, 'direct' = any (c.contributions) as direct, cardinality(c.target_ids) > 0 as linked
      union all
      select l.goal_id, bool_or(l.contribution = 'direct'), true from unnest(c.goal_ids, c.contributions) as l (goal_id, contribution) group by l.goal_id
    ) as g
    cross join lateral unnest('{all}'::text[] || c.principles) as pr (principle)
    group by c.partnership_id, c.year, g.goal_id, pr.principle
    having sum(c.sign) <> 0 or sum(c.sign * g.direct::int) <> 0 or sum(c.sign * (g.linked and not g.direct)::int) <> 0
      or sum(c.sign * c.participants_women) <> 0 or sum(c.sign * c.participants_men) <> 0 or sum(c.sign * c.participants_other) <> 0
      or sum(c.sign * (c.localisation_stage is not distinct from 'inform_include')::int) <> 0
      or sum(c.sign * (c.localisation_stage is not distinct from 'set_local_agenda')::int) <> 0
      or sum(c.sign * (c.localisation_stage is not distinct from 'implement_follow_up')::int) <> 0
    order by c.partnership_id, c.year, g.goal_id, pr.principle
    on conflict (partnership_id, year, goal_id, principle) do update
      set activities = f.activities + excluded.activities, activities_direct = f.activities_direct + excluded.activities_direct,
        activities_indirect = f.activities_indirect + excluded.activities_indirect,
        participants_women = f.participants_women + excluded.participants_women, participants_men = f.participants_men + excluded.participants_men,
        participants_other = f.participants_other + excluded.participants_other, inform_include = f.inform_include + excluded.inform_include,
        set_local_agenda = f.set_local_agenda + excluded.set_local_agenda, implement_follow_up = f.implement_follow_up + excluded.implement_follow_up
    returning f.*
  )
  select jsonb_agg(to_jsonb(added)) filter (where added.activities = 0) into _emptied from added;
  if _emptied is not null then
    delete from public.activity_facts f
    using jsonb_populate_recordset(null::public.activity_facts, _emptied) as e
    where (f.partnership_id, f.year, f.goal_id, f.principle) = (e.partnership_id, e.year, e.goal_id, e.principle);
  end if;

  with added as (
    insert into public.target_facts as f (partnership_id, year, target_id, goal_id, principle, activities_direct, activities_indirect)
    select c.partnership_id, c.year, l.target_id, l.goal_id, pr.principle,
      sum(c.sign * (l.contribution = 'direct')::int), sum(c.sign * (l.contribution = 'indirect')::int)
    from private.activity_changes c
    cross join lateral unnest(c.target_ids, c.goal_ids, c.contributions) as l (target_id, goal_id, contribution)
    cross join lateral unnest('{all}'::text[] || c.principles) as pr (principle)
    group by c.partnership_id, c.year, l.target_id, l.goal_id, pr.principle
    having sum(c.sign * (l.contribution = 'direct')::int) <> 0 or sum(c.sign * (l.contribution = 'indirect')::int) <> 0
    order by c.partnership_id, c.year, l.target_id, pr.principle
    on conflict (partnership_id, year, target_id, principle) do update
      set activities_direct = f.activities_direct + excluded.activities_direct, activities_indirect = f.activities_indirect + excluded.activities_indirect
    returning f.*
  )
  select jsonb_agg(to_jsonb(added)) filter (where added.activities_direct = 0 and added.activities_indirect = 0) into _emptied from added;
  if _emptied is not null then
    delete from public.target_facts f
    using jsonb_populate_recordset(null::public.target_facts, _emptied) as e
    where (f.partnership_id, f.year, f.target_id, f.principle) = (e.partnership_id, e.year, e.target_id, e.principle);
  end if;

  with added as (
    insert into public.target_group_facts as f (partnership_id, year, target_group, principle, activities, participants_women, participants_men, participants_other)
    select c.partnership_id, c.year, tg.target_group, pr.principle, sum(c.sign),
      sum(c.sign * c.participants_women), sum(c.sign * c.participants_men), sum(c.sign * c.participants_other)
    from private.activity_changes c
    cross join lateral unnest(c.target_groups) as tg (target_group)
    cross join lateral unnest('{all}'::text[] || c.principles) as pr (principle)
    group by c.partnership_id, c.year, tg.target_group, pr.principle
    having sum(c.sign) <> 0 or sum(c.sign * c.participants_women) <> 0
      or sum(c.sign * c.participants_men) <> 0 or sum(c.sign * c.participants_other) <> 0
    order by c.partnership_id, c.year, tg.target_group, pr.principle
    on conflict (partnership_id, year, target_group, principle) do update
      set activities = f.activities + excluded.activities, participants_women = f.participants_women + excluded.participants_women,
        participants_men = f.participants_men + excluded.participants_men, participants_other = f.participants_other + excluded.participants_other
    returning f.*
  )
  select jsonb_agg(to_jsonb(added)) filter (where added.activities = 0) into _emptied from added;
  if _emptied is not null then
    delete from public.target_group_facts f
    using jsonb_populate_recordset(null::public.target_group_facts, _emptied) as e
    where (f.partnership_id, f.year, f.target_group, f.principle) = (e.partnership_id, e.year, e.target_group, e.principle);
  end if;

  delete from private.activity_changes;
end;
$$;

-- After a statement on activities or their target links: notes the activities its old and new rows
-- touch (for results, the results), for the commit. The transition tables are read through dynamic
-- SQL because which of them exist depends on the event.
create or replace function private.refresh_dashboard_facts_after_write()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  _touched text := case tg_table_name
    when 'activities' then 'select id as activity_id, partnership_id from %1$I'
    when 'activity_targets' then 'select activity_id, partnership_id from %1$I'
    when 'result_targets' then 'select result_id from %1$I'
    when 'indicators' then 'select result_id from %1$I'
    when 'indicator_values' then 'select i.result_id from %1$I v join public.indicators i on i.id = v.indicator_id'
  end;
  _sources text[] := case tg_op when 'INSERT' then '{new_rows}'::text[] when 'DELETE' then '{old_rows}' else '{old_rows,new_rows}' end;
  _union text;
begin
  select string_agg(format(_touched, source), ' union ') into _union from unnest(_sources) as source;
  if tg_table_name in ('activities', 'activity_targets') then
    execute format('insert into private.touched_activities (activity_id, partnership_id) select distinct activity_id, partnership_id from (%s) as touched', _union);
  else
    execute format('insert into private.touched_results (result_id) select distinct result_id from (%s) as touched where result_id is not null', _union);
  end if;
  return null;
end;
$$;

-- The places of the given partnerships made anew from their partner side, under the caller's
-- exclusive lock on each partnership (private.count_noted). A partnership whose places changed
-- has its summary rows taken out of the totals of the places it had, and counted again, from its
-- counted activities and its results, in those it has now. A partnership being deleted is left
-- alone: its summary rows go with it, each taking itself out of the totals of the places it had.
create or replace function private.refresh_partnership_places(partnership_ids uuid[])
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  _changed uuid[];
begin
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

  -- counted again at commit, in the places they have now
  insert into private.activity_changes select c.*, 1 from private.counted_activities c where c.partnership_id = any (_changed);
  insert into private.touched_results (result_id) select r.id from public.results r where r.partnership_id = any (_changed);
end;
$$;

-- Counts what the transaction noted so far: the partner sides first (which may note changes and
-- results of their own), then the activities and results, then the totals. At commit, and before
-- anything that reads the summaries in the transaction that wrote them (a report's snapshot).
create or replace function private.count_noted()
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  _partnership_ids uuid[];
  _activity_ids uuid[];
  _result_ids uuid[];
  _lock record;
begin
  -- Every noted row fires the deferred trigger: the first firing counts them all, the others find
  -- nothing and stop here.
  if not exists (select from private.touched_partnership_places) and not exists (select from private.touched_activities)
    and not exists (select from private.touched_results) and not exists (select from private.programme_activity_changes)
    and not exists (select from private.programme_target_changes) and not exists (select from private.programme_target_group_changes)
    and not exists (select from private.programme_result_changes) then
    return;
  end if;

  -- A change to a partnership's places recounts all of its rows, which no other transaction may
  -- recount meanwhile: its lock on the partnership is exclusive, a recount's shared. All taken at
  -- once, in order, so that transactions cannot deadlock on them.
  for _lock in
    select noted.partnership_id, bool_or(noted.places) as places
    from (
      select partnership_id, true as places from private.touched_partnership_places
      union all
      select partnership_id, false from private.touched_activities
      union all
      select r.partnership_id, false from private.touched_results t join public.results r on r.id = t.result_id
    ) as noted
    group by noted.partnership_id
    order by noted.partnership_id
  loop
    if _lock.places then
      perform pg_advisory_xact_lock(private.partnership_lock(_lock.partnership_id));
    else
      perform pg_advisory_xact_lock_shared(private.partnership_lock(_lock.partnership_id));
    end if;
  end loop;

  with noted as (delete from private.touched_partnership_places returning partnership_id)
  select array_agg(distinct partnership_id) into _partnership_ids from noted;
  if _partnership_ids is not null then
    perform private.refresh_partnership_places(_partnership_ids);
  end if;

  -- An activity is taken out and put back by one transaction at a time: two that changed the same
  -- activity (one its row, the other its links) would otherwise each take out what the other
  -- replaces. Each statement after the lock sees what the one before it committed.
  with noted as (delete from private.touched_activities returning activity_id)
  select array_agg(distinct activity_id order by activity_id) into _activity_ids from noted;
  if _activity_ids is not null then
    perform pg_advisory_xact_lock(hashtextextended('activity/' || id::text, 0)) from unnest(_activity_ids) as id;
    perform private.count_activities(_activity_ids);
  end if;
  if exists (select from private.activity_changes) then
    perform private.add_activity_changes();
  end if;

  with noted as (delete from private.touched_results returning result_id)
  select array_agg(distinct result_id) into _result_ids from noted;
  if _result_ids is not null then
    perform private.refresh_result_facts(_result_ids);
  end if;

  -- Only the totals with changes noted: planning a dynamic statement is a save's largest cost.
  if exists (select from private.programme_activity_changes) then
    perform private.add_programme_changes('programme_activity_facts', '{place,year,goal_id,principle}',
      '{activities,activities_direct,activities_indirect,participants_women,participants_men,participants_other,inform_include,set_local_agenda,implement_follow_up}',
      'activities <> 0');
  end if;
  if exists (select from private.programme_target_changes) then
    perform private.add_programme_changes('programme_target_facts', '{place,year,target_id,goal_id,principle}',
      '{activities_direct,activities_indirect}', 'activities_direct <> 0 or activities_indirect <> 0');
  end if;
  if exists (select from private.programme_target_group_changes) then
    perform private.add_programme_changes('programme_target_group_facts', '{place,year,target_group,principle}',
      '{activities,participants_women,participants_men,participants_other}', 'activities <> 0');
  end if;
  if exists (select from private.programme_result_changes) then
    perform private.add_programme_changes('programme_result_facts', '{place,goal_id,direct,years}', '{results}', 'results <> 0');
  end if;
end;
$$;

-- Everything recomputed, the places first: for a backfill, or after a bulk load that ran with
-- triggers off (which leaves the programme-wide totals behind too, hence the recount at the end).
create or replace function private.rebuild_dashboard_facts()
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  -- All the tables it writes at once, in the order every writer takes them: the summaries, then
  -- the programme-wide totals at commit.
  lock table private.counted_activities, public.activity_facts, public.target_facts, public.target_group_facts, public.result_facts, public.indicator_facts,
    private.partnership_places, public.programme_activity_facts, public.programme_target_facts, public.programme_target_group_facts,
    public.programme_result_facts in exclusive mode;
  delete from private.partnership_places;
  insert into private.partnership_places (partnership_id, place) select p.partnership_id, p.place from private.places_of(null) as p;
  delete from private.counted_activities;
  delete from public.activity_facts;
  delete from public.target_facts;
  delete from public.target_group_facts;
  perform private.count_activities(array(select id from public.activities));
  perform private.add_activity_changes();
  perform private.refresh_result_facts(array(select id from public.results));
  perform private.recount_programme_facts();
  -- The recount holds what the refreshes above noted for the commit. Emptied by truncation, as a
  -- rebuild notes every row: deleted, the rows would stay behind as dead ones that every save's
  -- look at the notes reads through until a vacuum.
  truncate private.activity_changes, private.programme_activity_changes, private.programme_target_changes,
    private.programme_target_group_changes, private.programme_result_changes;
  -- Rows written wholesale: the planner should know the tables that only this function fills (a
  -- bulk load analyses the tables it loaded, but knows nothing of these).
  analyze private.partnership_places, private.counted_activities, public.indicator_facts, public.programme_activity_facts,
    public.programme_target_facts, public.programme_target_group_facts, public.programme_result_facts;
end;
$$;

create constraint trigger touched_activities_count_at_commit after insert on private.touched_activities
  deferrable initially deferred for each row execute function private.count_at_commit();

drop table private.touched_activity_years;
drop function private.refresh_activity_facts(uuid[], smallint[]);

revoke all on function private.count_activities(uuid[]) from public, anon, authenticated;
revoke all on function private.add_activity_changes() from public, anon, authenticated;

-- The activities already there counted as such, the summaries made what they add up to.
select private.rebuild_dashboard_facts();
