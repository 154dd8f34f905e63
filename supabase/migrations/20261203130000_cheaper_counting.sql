-- A save recounts what it touched without rewriting what stayed the same. The summaries of a
-- (partnership, year) are written as a difference from what is stored, the programme-wide totals
-- take only the changes that do not cancel out, and the count at commit stops at once when an
-- earlier firing has counted everything. The dashboards read the same figures as before.

-- Recomputes the activity facts of the given (partnership, year) pairs from the rows as they are now;
-- an activity's principles and target groups are counted as text (their columns' types may be
-- vocabularies of their own), principles next to 'all'.
create or replace function private.refresh_activity_facts(partnership_ids uuid[], years smallint[])
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  _partnership_ids uuid[];
  _years smallint[];
begin
  -- Each pair once, or its rows would be counted twice.
  select array_agg(p.partnership_id), array_agg(p.year) into _partnership_ids, _years
  from (select distinct p.partnership_id, p.year from unnest(partnership_ids, years) as p (partnership_id, year) where p.partnership_id is not null and p.year is not null) as p;
  if _partnership_ids is null then
    return;
  end if;

  -- Two transactions refreshing the same pair would each delete the rows they see and insert
  -- their own: they queue on a lock per pair instead (taken in order, so they cannot deadlock).
  -- A whole-programme rebuild takes the tables instead, as one lock per pair would not fit.
  if cardinality(_partnership_ids) > 200 then
    lock table public.activity_facts, public.target_facts, public.target_group_facts in exclusive mode;
  else
    perform pg_advisory_xact_lock(hashtextextended(pair.partnership_id::text || '/' || pair.year, 0))
    from unnest(_partnership_ids, _years) as pair (partnership_id, year)
    order by pair.partnership_id, pair.year;
  end if;

  -- The facts of the pairs as the rows are now, written as a difference from what is stored:
  -- rows no longer made are deleted, new ones inserted and those whose counts changed updated,
  -- each found by its primary key. Rows that stay the same are not written, so neither are their
  -- programme-wide totals.
  with activity_goals as (
    select a.id, a.partnership_id, a.year, (case when grouping(t.goal_id) = 1 then 0 else t.goal_id end)::smallint as goal_id,
      bool_or(l.contribution = 'direct') as direct, bool_or(l.contribution is not null) as linked
    from unnest(_partnership_ids, _years) as p (partnership_id, year)
    join public.activities a on a.partnership_id = p.partnership_id and a.year = p.year
    left join public.activity_targets l on l.activity_id = a.id
    left join public.sdg_targets t on t.id = l.target_id
    group by grouping sets ((a.id, a.partnership_id, a.year, t.goal_id), (a.id, a.partnership_id, a.year))
    having grouping(t.goal_id) = 1 or t.goal_id is not null
  ),
  activity_rows as (
    select ag.partnership_id, ag.year, ag.goal_id, pr.principle,
      1 as activities,
      (ag.direct is true)::int as activities_direct,
      (ag.linked and ag.direct is not true)::int as activities_indirect,
      a.participants_women, a.participants_men, a.participants_other,
      (a.localisation_stage is not distinct from 'inform_include')::int as inform_include,
      (a.localisation_stage is not distinct from 'set_local_agenda')::int as set_local_agenda,
      (a.localisation_stage is not distinct from 'implement_follow_up')::int as implement_follow_up
    from activity_goals ag
    join public.activities a on a.id = ag.id
    cross join lateral unnest('{all}'::text[] || a.principles::text[]) as pr (principle)
  ),
  fresh as materialized (
    select partnership_id, year, goal_id, principle, sum(activities)::int as activities, sum(activities_direct)::int as activities_direct,
      sum(activities_indirect)::int as activities_indirect, sum(participants_women)::bigint as participants_women,
      sum(participants_men)::bigint as participants_men, sum(participants_other)::bigint as participants_other,
      sum(inform_include)::int as inform_include, sum(set_local_agenda)::int as set_local_agenda, sum(implement_follow_up)::int as implement_follow_up
    from activity_rows
    group by partnership_id, year, goal_id, principle
  ),
  gone as (
    delete from public.activity_facts f
    using unnest(_partnership_ids, _years) as p (partnership_id, year)
    where f.partnership_id = p.partnership_id and f.year = p.year
      and not exists (select from fresh n where n.partnership_id = f.partnership_id and n.year = f.year and n.goal_id = f.goal_id and n.principle = f.principle)
  )
  insert into public.activity_facts as f (
    partnership_id, year, goal_id, principle, activities, activities_direct, activities_indirect,
    participants_women, participants_men, participants_other, inform_include, set_local_agenda, implement_follow_up
  )
  select n.* from fresh n
  on conflict (partnership_id, year, goal_id, principle) do update
    set activities = excluded.activities, activities_direct = excluded.activities_direct,
      activities_indirect = excluded.activities_indirect,
      participants_women = excluded.participants_women, participants_men = excluded.participants_men,
      participants_other = excluded.participants_other, inform_include = excluded.inform_include,
      set_local_agenda = excluded.set_local_agenda, implement_follow_up = excluded.implement_follow_up
    where f is distinct from excluded;

  with fresh as materialized (
    select a.partnership_id, a.year, l.target_id, t.goal_id, pr.principle,
      (count(*) filter (where l.contribution = 'direct'))::int as activities_direct, (count(*) filter (where l.contribution = 'indirect'))::int as activities_indirect
    from unnest(_partnership_ids, _years) as p (partnership_id, year)
    join public.activities a on a.partnership_id = p.partnership_id and a.year = p.year
    join public.activity_targets l on l.activity_id = a.id
    join public.sdg_targets t on t.id = l.target_id
    cross join lateral unnest('{all}'::text[] || a.principles::text[]) as pr (principle)
    group by a.partnership_id, a.year, l.target_id, t.goal_id, pr.principle
  ),
  gone as (
    delete from public.target_facts f
    using unnest(_partnership_ids, _years) as p (partnership_id, year)
    where f.partnership_id = p.partnership_id and f.year = p.year
      and not exists (select from fresh n where n.partnership_id = f.partnership_id and n.year = f.year and n.target_id = f.target_id and n.principle = f.principle)
  )
  insert into public.target_facts as f (partnership_id, year, target_id, goal_id, principle, activities_direct, activities_indirect)
  select n.* from fresh n
  on conflict (partnership_id, year, target_id, principle) do update
    set goal_id = excluded.goal_id, activities_direct = excluded.activities_direct,
      activities_indirect = excluded.activities_indirect
    where f is distinct from excluded;

  with fresh as materialized (
    select a.partnership_id, a.year, g.target_group, pr.principle, count(*)::int as activities, sum(a.participants_women)::bigint as participants_women,
      sum(a.participants_men)::bigint as participants_men, sum(a.participants_other)::bigint as participants_other
    from unnest(_partnership_ids, _years) as p (partnership_id, year)
    join public.activities a on a.partnership_id = p.partnership_id and a.year = p.year
    cross join lateral unnest(a.target_groups::text[]) as g (target_group)
    cross join lateral unnest('{all}'::text[] || a.principles::text[]) as pr (principle)
    group by a.partnership_id, a.year, g.target_group, pr.principle
  ),
  gone as (
    delete from public.target_group_facts f
    using unnest(_partnership_ids, _years) as p (partnership_id, year)
    where f.partnership_id = p.partnership_id and f.year = p.year
      and not exists (select from fresh n where n.partnership_id = f.partnership_id and n.year = f.year and n.target_group = f.target_group and n.principle = f.principle)
  )
  insert into public.target_group_facts as f (partnership_id, year, target_group, principle, activities, participants_women, participants_men, participants_other)
  select n.* from fresh n
  on conflict (partnership_id, year, target_group, principle) do update
    set activities = excluded.activities, participants_women = excluded.participants_women,
      participants_men = excluded.participants_men, participants_other = excluded.participants_other
    where f is distinct from excluded;
end;
$$;

-- Adds a transaction's noted changes to one programme-wide table, in the order of its primary key
-- (so that two transactions adding to the same totals cannot deadlock), and removes the totals
-- that fell to nothing. Changes that cancel out (a row rewritten as it was) are left out, so they
-- neither write nor lock a total. `key` names the columns a total is kept by (its primary key's,
-- and any they determine), `measures` the counted ones; a row stands for something while
-- `standing` (a condition on its columns) holds.
create or replace function private.add_programme_changes(programme_table text, key text[], measures text[], standing text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  _key text := array_to_string(key, ', ');
  _emptied jsonb;
begin
  execute format($sql$
    with noted as (delete from private.%1$I returning *),
    added as (
      insert into public.%2$I as t (%3$s, %4$s)
      select %3$s, %5$s from noted group by %3$s having %9$s order by %3$s
      on conflict on constraint %8$I do update set %6$s
      returning t.*
    )
    select jsonb_agg(to_jsonb(added)) filter (where not (%7$s)) from added$sql$,
    replace(programme_table, 'facts', 'changes'),
    programme_table,
    _key,
    array_to_string(measures, ', '),
    (select string_agg(format('sum(%I)', m), ', ') from unnest(measures) as m),
    (select string_agg(format('%1$I = t.%1$I + excluded.%1$I', m), ', ') from unnest(measures) as m),
    standing,
    programme_table || '_pkey',
    (select string_agg(format('sum(%I) <> 0', m), ' or ') from unnest(measures) as m)
  ) into _emptied;
  if _emptied is not null then
    execute format(
      'delete from public.%1$I t using jsonb_populate_recordset(null::public.%1$I, $1) as e where (%2$s) = (%3$s)',
      programme_table,
      (select string_agg(format('t.%I', k), ', ') from unnest(key) as k),
      (select string_agg(format('e.%I', k), ', ') from unnest(key) as k)
    ) using _emptied;
  end if;
end;
$$;

-- Counts what the transaction noted so far: the partner sides first (which may note pairs and
-- results of their own), then the pairs and results, then the totals. At commit, and before
-- anything that reads the summaries in the transaction that wrote them (a report's snapshot).
create or replace function private.count_noted()
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  _partnership_ids uuid[];
  _years smallint[];
  _result_ids uuid[];
  _lock record;
begin
  -- Every noted row fires the deferred trigger: the first firing counts them all, the others find
  -- nothing and stop here.
  if not exists (select from private.touched_partnership_places) and not exists (select from private.touched_activity_years)
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
      select partnership_id, false from private.touched_activity_years
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

  with noted as (delete from private.touched_activity_years returning partnership_id, year)
  select array_agg(partnership_id), array_agg(year) into _partnership_ids, _years from noted;
  if _partnership_ids is not null then
    perform private.refresh_activity_facts(_partnership_ids, _years);
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
