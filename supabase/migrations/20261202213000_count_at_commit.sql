-- Dashboard summaries counted once per transaction, at commit.
--
-- Saving one activity writes several statements (the activity, then its target links, each
-- inserted, changed or deleted), and each recounted the same (partnership, year); every recount
-- also took a lock on the programme-wide totals, so that all saves in the programme queued behind
-- each other. Now a statement only notes what it touched, and the transaction's first deferred
-- trigger, when it commits, recounts each noted pair and result once and adds the summaries'
-- changes to the programme-wide totals. The totals are written only then, at the end of the
-- transaction and in the order of their keys, so saves in different partnerships wait for each
-- other only for as long as it takes to add to the totals they share and commit.

-- What a transaction's writes touched and changed, until it commits (see private.count_noted). A
-- transaction sees only its own rows here, as it empties these tables before it commits; they hold
-- nothing past a commit, so they need no write-ahead log.
create unlogged table private.touched_activity_years (
  partnership_id uuid not null,
  year smallint not null
);
create unlogged table private.touched_results (
  result_id uuid not null
);
create unlogged table private.touched_partnership_places (
  partnership_id uuid not null
);
create unlogged table private.programme_activity_changes (like public.programme_activity_facts);
create unlogged table private.programme_target_changes (like public.programme_target_facts);
create unlogged table private.programme_target_group_changes (like public.programme_target_group_facts);
create unlogged table private.programme_result_changes (like public.programme_result_facts);
comment on table private.programme_activity_changes is 'What a transaction''s statements added to (and, negative, took from) programme_activity_facts, until it commits.';
revoke all on private.touched_activity_years, private.touched_results, private.touched_partnership_places,
  private.programme_activity_changes, private.programme_target_changes, private.programme_target_group_changes, private.programme_result_changes
  from public, anon, authenticated;

-- Recomputes the activity facts of the given (partnership, year) pairs from the rows as they are now.
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

  delete from public.activity_facts f using unnest(_partnership_ids, _years) as p (partnership_id, year) where f.partnership_id = p.partnership_id and f.year = p.year;
  delete from public.target_facts f using unnest(_partnership_ids, _years) as p (partnership_id, year) where f.partnership_id = p.partnership_id and f.year = p.year;
  delete from public.target_group_facts f using unnest(_partnership_ids, _years) as p (partnership_id, year) where f.partnership_id = p.partnership_id and f.year = p.year;

  -- Each activity once per goal it touches (direct before indirect), and once as goal 0.
  with activity_goals as (
    select a.id, a.partnership_id, a.year, (case when grouping(t.goal_id) = 1 then 0 else t.goal_id end)::smallint as goal_id,
      bool_or(l.contribution = 'direct') as direct, bool_or(l.contribution is not null) as linked
    from unnest(_partnership_ids, _years) as p (partnership_id, year)
    join public.activities a on a.partnership_id = p.partnership_id and a.year = p.year
    left join public.activity_targets l on l.activity_id = a.id
    left join public.sdg_targets t on t.id = l.target_id
    group by grouping sets ((a.id, a.partnership_id, a.year, t.goal_id), (a.id, a.partnership_id, a.year))
    -- an unlinked activity counts under goal 0 only
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
    cross join lateral unnest('{all}'::text[] || a.principles) as pr (principle)
  )
  insert into public.activity_facts (
    partnership_id, year, goal_id, principle, activities, activities_direct, activities_indirect,
    participants_women, participants_men, participants_other, inform_include, set_local_agenda, implement_follow_up
  )
  select partnership_id, year, goal_id, principle, sum(activities), sum(activities_direct), sum(activities_indirect),
    sum(participants_women), sum(participants_men), sum(participants_other),
    sum(inform_include), sum(set_local_agenda), sum(implement_follow_up)
  from activity_rows
  group by partnership_id, year, goal_id, principle;

  insert into public.target_facts (partnership_id, year, target_id, goal_id, principle, activities_direct, activities_indirect)
  select a.partnership_id, a.year, l.target_id, t.goal_id, pr.principle,
    count(*) filter (where l.contribution = 'direct'), count(*) filter (where l.contribution = 'indirect')
  from unnest(_partnership_ids, _years) as p (partnership_id, year)
  join public.activities a on a.partnership_id = p.partnership_id and a.year = p.year
  join public.activity_targets l on l.activity_id = a.id
  join public.sdg_targets t on t.id = l.target_id
  cross join lateral unnest('{all}'::text[] || a.principles) as pr (principle)
  group by a.partnership_id, a.year, l.target_id, t.goal_id, pr.principle;

  insert into public.target_group_facts (partnership_id, year, target_group, principle, activities, participants_women, participants_men, participants_other)
  select a.partnership_id, a.year, g.target_group, pr.principle, count(*), sum(a.participants_women), sum(a.participants_men), sum(a.participants_other)
  from unnest(_partnership_ids, _years) as p (partnership_id, year)
  join public.activities a on a.partnership_id = p.partnership_id and a.year = p.year
  cross join lateral unnest(a.target_groups) as g (target_group)
  cross join lateral unnest('{all}'::text[] || a.principles) as pr (principle)
  group by a.partnership_id, a.year, g.target_group, pr.principle;
end;
$$;

-- Recomputes the facts of the given results and of their indicators. A result's rows are written
-- by one transaction at a time: the lock on the result row queues a concurrent refresh of the
-- same result.
create or replace function private.refresh_result_facts(result_ids uuid[])
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform 1 from public.results where id = any (result_ids) order by id for no key update;
  delete from public.result_facts where result_id = any (result_ids);
  insert into public.result_facts (result_id, partnership_id, target_id, goal_id, contribution, years)
  select l.result_id, l.partnership_id, l.target_id, t.goal_id, l.contribution, y.years
  from public.result_targets l
  join public.sdg_targets t on t.id = l.target_id
  cross join lateral (
    select array_agg(distinct v.year order by v.year) as years
    from public.indicators i
    join public.indicator_values v on v.indicator_id = i.id
    where i.result_id = l.result_id and (v.target_value is not null or v.actual_value is not null)
  ) as y
  where l.result_id = any (result_ids) and y.years is not null;

  perform private.refresh_indicator_facts(result_ids);
end;
$$;

-- After a statement on a summary table: what it changes in the programme-wide totals, in each place
-- of each row's partnership (minus its old rows, plus its new ones), noted for the commit. The places
-- are those of the moment, so that a partnership whose places change is taken out of the old ones and
-- counted in the new (private.refresh_partnership_places). The rows of a result are always replaced
-- together (private.refresh_result_facts, or a cascade from the result or its partnership), so a
-- statement holds every row of the results it touches and can tell whether each counted as direct
-- for a goal.
create function private.note_programme_changes()
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
    execute format($sql$
      insert into private.programme_activity_changes (
        place, year, goal_id, principle, activities, activities_direct, activities_indirect,
        participants_women, participants_men, participants_other, inform_include, set_local_agenda, implement_follow_up
      )
      select c.place, c.year, c.goal_id, c.principle, sum(c.sign * c.activities), sum(c.sign * c.activities_direct), sum(c.sign * c.activities_indirect),
        sum(c.sign * c.participants_women), sum(c.sign * c.participants_men), sum(c.sign * c.participants_other),
        sum(c.sign * c.inform_include), sum(c.sign * c.set_local_agenda), sum(c.sign * c.implement_follow_up)
      from (%s) as c
      group by c.place, c.year, c.goal_id, c.principle$sql$, _changes);
  elsif tg_table_name = 'target_facts' then
    execute format($sql$
      insert into private.programme_target_changes (place, year, target_id, goal_id, principle, activities_direct, activities_indirect)
      select c.place, c.year, c.target_id, c.goal_id, c.principle, sum(c.sign * c.activities_direct), sum(c.sign * c.activities_indirect)
      from (%s) as c
      group by c.place, c.year, c.target_id, c.goal_id, c.principle$sql$, _changes);
  elsif tg_table_name = 'target_group_facts' then
    execute format($sql$
      insert into private.programme_target_group_changes (place, year, target_group, principle, activities, participants_women, participants_men, participants_other)
      select c.place, c.year, c.target_group, c.principle, sum(c.sign * c.activities),
        sum(c.sign * c.participants_women), sum(c.sign * c.participants_men), sum(c.sign * c.participants_other)
      from (%s) as c
      group by c.place, c.year, c.target_group, c.principle$sql$, _changes);
  else
    -- a result once per goal, direct when any of its links to the goal is
    execute format($sql$
      insert into private.programme_result_changes (place, goal_id, direct, years, results)
      select r.place, r.goal_id, r.direct, r.years, sum(r.sign)
      from (
        select c.sign, c.place, c.goal_id, c.years, bool_or(c.contribution = 'direct') as direct
        from (%s) as c
        group by c.sign, c.place, c.result_id, c.goal_id, c.years
      ) as r
      group by r.place, r.goal_id, r.direct, r.years$sql$, _changes);
  end if;
  return null;
end;
$$;

create or replace trigger activity_facts_programme_insert after insert on public.activity_facts
  referencing new table as new_rows for each statement execute function private.note_programme_changes();
create or replace trigger activity_facts_programme_update after update on public.activity_facts
  referencing old table as old_rows new table as new_rows for each statement execute function private.note_programme_changes();
create or replace trigger activity_facts_programme_delete after delete on public.activity_facts
  referencing old table as old_rows for each statement execute function private.note_programme_changes();

create or replace trigger target_facts_programme_insert after insert on public.target_facts
  referencing new table as new_rows for each statement execute function private.note_programme_changes();
create or replace trigger target_facts_programme_update after update on public.target_facts
  referencing old table as old_rows new table as new_rows for each statement execute function private.note_programme_changes();
create or replace trigger target_facts_programme_delete after delete on public.target_facts
  referencing old table as old_rows for each statement execute function private.note_programme_changes();

create or replace trigger target_group_facts_programme_insert after insert on public.target_group_facts
  referencing new table as new_rows for each statement execute function private.note_programme_changes();
create or replace trigger target_group_facts_programme_update after update on public.target_group_facts
  referencing old table as old_rows new table as new_rows for each statement execute function private.note_programme_changes();
create or replace trigger target_group_facts_programme_delete after delete on public.target_group_facts
  referencing old table as old_rows for each statement execute function private.note_programme_changes();

create or replace trigger result_facts_programme_insert after insert on public.result_facts
  referencing new table as new_rows for each statement execute function private.note_programme_changes();
create or replace trigger result_facts_programme_update after update on public.result_facts
  referencing old table as old_rows new table as new_rows for each statement execute function private.note_programme_changes();
create or replace trigger result_facts_programme_delete after delete on public.result_facts
  referencing old table as old_rows for each statement execute function private.note_programme_changes();
drop function private.add_to_programme_facts();

-- Adds a transaction's noted changes to one programme-wide table, in the order of its primary key
-- (so that two transactions adding to the same totals cannot deadlock), and removes the totals
-- that fell to nothing. `key` names the columns a total is kept by (its primary key's, and any
-- they determine), `measures` the counted ones; a row stands for something while `standing` (a
-- condition on its columns) holds.
create function private.add_programme_changes(programme_table text, key text[], measures text[], standing text)
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
      select %3$s, %5$s from noted group by %3$s order by %3$s
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
    programme_table || '_pkey'
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

-- Everything recomputed, the places first: for a backfill, or after a bulk load that ran with
-- triggers off (which leaves the programme-wide totals behind too, hence the recount at the end).
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
  -- All the tables it writes at once, in the order every writer takes them: the summaries, then
  -- the programme-wide totals at commit.
  lock table public.activity_facts, public.target_facts, public.target_group_facts, public.result_facts, public.indicator_facts,
    private.partnership_places, public.programme_activity_facts, public.programme_target_facts, public.programme_target_group_facts,
    public.programme_result_facts in exclusive mode;
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
  -- The recount holds what the refreshes above noted for the commit.
  delete from private.programme_activity_changes;
  delete from private.programme_target_changes;
  delete from private.programme_target_group_changes;
  delete from private.programme_result_changes;
  -- Rows written wholesale: the planner should know the tables that only this function fills (a
  -- bulk load analyses the tables it loaded, but knows nothing of these).
  analyze private.partnership_places, public.indicator_facts, public.programme_activity_facts, public.programme_target_facts,
    public.programme_target_group_facts, public.programme_result_facts;
end;
$$;

-- After a statement on a table the facts are made of: notes the activity (partnership, year) pairs
-- or the results its old and new rows touch. The transition tables are read through dynamic SQL
-- because which of them exist depends on the event.
create or replace function private.refresh_dashboard_facts_after_write()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  _touched text := case tg_table_name
    when 'activities' then 'select partnership_id, year from %1$I'
    when 'activity_targets' then 'select a.partnership_id, a.year from %1$I l join public.activities a on a.id = l.activity_id'
    when 'result_targets' then 'select result_id from %1$I'
    when 'indicators' then 'select result_id from %1$I'
    when 'indicator_values' then 'select i.result_id from %1$I v join public.indicators i on i.id = v.indicator_id'
  end;
  _sources text[] := case tg_op when 'INSERT' then '{new_rows}'::text[] when 'DELETE' then '{old_rows}' else '{old_rows,new_rows}' end;
  _union text;
begin
  select string_agg(format(_touched, source), ' union ') into _union from unnest(_sources) as source;
  if tg_table_name in ('activities', 'activity_targets') then
    execute format('insert into private.touched_activity_years (partnership_id, year) select distinct partnership_id, year from (%s) as touched', _union);
  else
    execute format('insert into private.touched_results (result_id) select distinct result_id from (%s) as touched where result_id is not null', _union);
  end if;
  return null;
end;
$$;

-- The advisory lock a transaction takes on a partnership while it recounts some of its rows.
create function private.partnership_lock(partnership_id uuid)
returns bigint
language sql
immutable
set search_path = ''
as $$
  select hashtextextended('partnership/' || partnership_id::text, 0);
$$;

-- Counts what the transaction noted so far: the partner sides first (which may note pairs and
-- results of their own), then the pairs and results, then the totals. At commit, and before
-- anything that reads the summaries in the transaction that wrote them (a report's snapshot).
create function private.count_noted()
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

  perform private.add_programme_changes('programme_activity_facts', '{place,year,goal_id,principle}',
    '{activities,activities_direct,activities_indirect,participants_women,participants_men,participants_other,inform_include,set_local_agenda,implement_follow_up}',
    'activities <> 0');
  perform private.add_programme_changes('programme_target_facts', '{place,year,target_id,goal_id,principle}',
    '{activities_direct,activities_indirect}', 'activities_direct <> 0 or activities_indirect <> 0');
  perform private.add_programme_changes('programme_target_group_facts', '{place,year,target_group,principle}',
    '{activities,participants_women,participants_men,participants_other}', 'activities <> 0');
  perform private.add_programme_changes('programme_result_facts', '{place,goal_id,direct,years}', '{results}', 'results <> 0');
end;
$$;

-- Fired once for each noted row: the first firing counts and empties the notes, the others find
-- nothing left.
create function private.count_at_commit()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.count_noted();
  return null;
end;
$$;

-- The places of the given partnerships made anew from their partner side, under the caller's
-- exclusive lock on each partnership (private.count_at_commit). A partnership whose places changed
-- has its summary rows taken out of the totals of the places it had, and is noted to be counted
-- again in those it has now. A partnership being deleted is left alone: its summary rows go with
-- it, each taking itself out of the totals of the places it had (which is why they stay, rows
-- of nobody, until the next rebuild).
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
  insert into private.touched_activity_years (partnership_id, year)
  select distinct a.partnership_id, a.year from public.activities a where a.partnership_id = any (_changed);
  insert into private.touched_results (result_id) select r.id from public.results r where r.partnership_id = any (_changed);
end;
$$;

-- After a statement on the partner sides, or on organisations (when one's country changed): notes
-- the partnerships its old and new rows touch, for the commit. The transition tables are read
-- through dynamic SQL because which of them exist depends on the event.
create or replace function private.refresh_places_after_write()
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
  execute format('insert into private.touched_partnership_places (partnership_id) select distinct partnership_id from (%s) as touched where partnership_id is not null', _touched);
  return null;
end;
$$;

create constraint trigger touched_activity_years_count_at_commit after insert on private.touched_activity_years
  deferrable initially deferred for each row execute function private.count_at_commit();
create constraint trigger touched_results_count_at_commit after insert on private.touched_results
  deferrable initially deferred for each row execute function private.count_at_commit();
create constraint trigger touched_partnership_places_count_at_commit after insert on private.touched_partnership_places
  deferrable initially deferred for each row execute function private.count_at_commit();

revoke all on function private.note_programme_changes() from public, anon, authenticated;
revoke all on function private.add_programme_changes(text, text[], text[], text) from public, anon, authenticated;
revoke all on function private.count_noted() from public, anon, authenticated;
revoke all on function private.count_at_commit() from public, anon, authenticated;

-- A report's snapshot reads the summaries, maybe in the transaction that wrote them: as that
-- transaction left them, not as they were when it began.
create or replace function private.keep_report_snapshot()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.status in ('submitted', 'approved') then
    if tg_op = 'INSERT' or old.status not in ('submitted', 'approved') then
      perform private.count_noted();
      insert into public.report_snapshots (report_id, partnership_id, facts)
      values (new.id, new.partnership_id, private.compute_report_facts(new))
      on conflict (report_id) do update set facts = excluded.facts, taken_at = now();
    end if;
  else
    delete from public.report_snapshots where report_id = new.id;
  end if;
  return null;
end;
$$;
