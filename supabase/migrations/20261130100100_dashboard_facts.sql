-- Summary tables behind the programme dashboards: small per-partnership, per-year counts that the
-- dashboard functions add up instead of scanning every activity. They are kept correct on every
-- write by statement-level triggers that recompute the (partnership, year) pairs a statement
-- touched, and they carry row-level security like the rows they summarise.
--
-- Counting rules (the only place they are written down; the dashboards and the partnership
-- overview read these tables):
-- - An activity belongs to the year it starts. It counts once for a goal when it is linked to at
--   least one of the goal's targets, as direct when any of those links is direct, else indirect;
--   it counts once for each target it is linked to, with that link's contribution.
-- - A result has no year of its own: it counts in the years in which one of its indicators has a
--   target or an actual value, once over any range of those years, and for goals and targets as
--   an activity does.
-- - Goal 0 stands for "any goal": every activity of the year, linked or not (direct when any of
--   its links is direct, indirect when all are indirect).
-- - principle 'all' counts every activity; a principle's rows count only the activities that
--   advanced it. Results advance no principle: the principle filter leaves them out of account.
-- - Participants are the activity's women, men and other/unspecified; an activity counts its
--   participants once per row it appears in (once per goal, once per target group).

create table public.activity_facts (
  partnership_id uuid not null references public.partnerships (id) on delete cascade,
  year smallint not null,
  goal_id smallint not null constraint activity_facts_goal_range check (goal_id between 0 and 17),
  principle text not null constraint activity_facts_principle_check check (principle in ('all', 'participation', 'transparency', 'accountability', 'non_discrimination')),
  activities integer not null default 0,
  activities_direct integer not null default 0,
  activities_indirect integer not null default 0,
  participants_women bigint not null default 0,
  participants_men bigint not null default 0,
  participants_other bigint not null default 0,
  inform_include integer not null default 0,
  set_local_agenda integer not null default 0,
  implement_follow_up integer not null default 0,
  primary key (partnership_id, year, goal_id, principle)
);
comment on table public.activity_facts is 'Per partnership, year, goal (0 = any) and principle (or all): activities direct and indirect, participants by sex and localisation stages. Kept by triggers.';
create index activity_facts_goal_principle_year_idx on public.activity_facts (goal_id, principle, year);

create table public.target_facts (
  partnership_id uuid not null references public.partnerships (id) on delete cascade,
  year smallint not null,
  target_id text not null references public.sdg_targets (id),
  goal_id smallint not null,
  principle text not null constraint target_facts_principle_check check (principle in ('all', 'participation', 'transparency', 'accountability', 'non_discrimination')),
  activities_direct integer not null default 0,
  activities_indirect integer not null default 0,
  primary key (partnership_id, year, target_id, principle)
);
comment on table public.target_facts is 'Per partnership, year, SDG target and principle (or all): activities linked directly and indirectly. Kept by triggers.';
create index target_facts_goal_principle_year_idx on public.target_facts (goal_id, principle, year);

create table public.target_group_facts (
  partnership_id uuid not null references public.partnerships (id) on delete cascade,
  year smallint not null,
  target_group text not null,
  principle text not null constraint target_group_facts_principle_check check (principle in ('all', 'participation', 'transparency', 'accountability', 'non_discrimination')),
  activities integer not null default 0,
  participants_women bigint not null default 0,
  participants_men bigint not null default 0,
  participants_other bigint not null default 0,
  primary key (partnership_id, year, target_group, principle)
);
comment on table public.target_group_facts is 'Per partnership, year, target group and principle (or all): activities addressing the group and their participants. Kept by triggers.';
create index target_group_facts_principle_year_idx on public.target_group_facts (principle, year);

create table public.result_facts (
  result_id uuid not null references public.results (id) on delete cascade,
  partnership_id uuid not null references public.partnerships (id) on delete cascade,
  target_id text not null references public.sdg_targets (id),
  goal_id smallint not null,
  contribution text not null constraint result_facts_contribution_check check (contribution in ('direct', 'indirect')),
  years smallint[] not null,
  primary key (result_id, target_id)
);
comment on table public.result_facts is 'Per result and SDG target it is linked to: the contribution and the years the result counts in (its indicators have values). Kept by triggers.';
create index result_facts_partnership_id_idx on public.result_facts (partnership_id);
create index result_facts_goal_id_idx on public.result_facts (goal_id);

-- Read like the rows they summarise; written only by the triggers below.
alter table public.activity_facts enable row level security;
alter table public.target_facts enable row level security;
alter table public.target_group_facts enable row level security;
alter table public.result_facts enable row level security;

create policy "activity facts are read by the partnership's members and by staff"
  on public.activity_facts for select to authenticated
  using ((select private.is_staff()) or partnership_id in (select private.member_partnership_ids()));
create policy "target facts are read by the partnership's members and by staff"
  on public.target_facts for select to authenticated
  using ((select private.is_staff()) or partnership_id in (select private.member_partnership_ids()));
create policy "target group facts are read by the partnership's members and by staff"
  on public.target_group_facts for select to authenticated
  using ((select private.is_staff()) or partnership_id in (select private.member_partnership_ids()));

create policy "result facts are read by the partnership's members and by staff"
  on public.result_facts for select to authenticated
  using ((select private.is_staff()) or partnership_id in (select private.member_partnership_ids()));

revoke insert, update, delete, truncate on public.activity_facts, public.target_facts, public.target_group_facts, public.result_facts from anon, authenticated;

-- Recomputing -----------------------------------------------------------------------------------------
-- Recomputes the activity facts of the given (partnership, year) pairs from the rows as they are now.
create function private.refresh_activity_facts(partnership_ids uuid[], years smallint[])
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

-- Recomputes the facts of the given results. A result's rows are written by one transaction at a
-- time: the lock on the result row queues a concurrent refresh of the same result.
create function private.refresh_result_facts(result_ids uuid[])
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
end;
$$;

-- Everything recomputed: for a backfill, or after a bulk load that ran with triggers off.
create function private.rebuild_dashboard_facts()
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  _partnership_ids uuid[];
  _years smallint[];
begin
  select array_agg(partnership_id), array_agg(year) into _partnership_ids, _years
  from (
    select distinct partnership_id, year from public.activities
    union
    select partnership_id, year from public.activity_facts
  ) as pairs;
  perform private.refresh_activity_facts(_partnership_ids, _years);
  perform private.refresh_result_facts(array(select id from public.results));
end;
$$;

-- After a statement on a table the facts are made of: the activity (partnership, year) pairs or
-- the results its old and new rows touch. The transition tables are read through dynamic SQL
-- because which of them exist depends on the event.
create function private.refresh_dashboard_facts_after_write()
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
    execute format('select private.refresh_activity_facts(array_agg(partnership_id), array_agg(year::smallint)) from (%s) as touched', _union);
  else
    execute format('select private.refresh_result_facts(array_agg(result_id)) from (%s) as touched', _union);
  end if;
  return null;
end;
$$;

create trigger activities_facts_insert after insert on public.activities
  referencing new table as new_rows for each statement execute function private.refresh_dashboard_facts_after_write();
create trigger activities_facts_update after update on public.activities
  referencing old table as old_rows new table as new_rows for each statement execute function private.refresh_dashboard_facts_after_write();
create trigger activities_facts_delete after delete on public.activities
  referencing old table as old_rows for each statement execute function private.refresh_dashboard_facts_after_write();

create trigger activity_targets_facts_insert after insert on public.activity_targets
  referencing new table as new_rows for each statement execute function private.refresh_dashboard_facts_after_write();
create trigger activity_targets_facts_update after update on public.activity_targets
  referencing old table as old_rows new table as new_rows for each statement execute function private.refresh_dashboard_facts_after_write();
create trigger activity_targets_facts_delete after delete on public.activity_targets
  referencing old table as old_rows for each statement execute function private.refresh_dashboard_facts_after_write();

create trigger result_targets_facts_insert after insert on public.result_targets
  referencing new table as new_rows for each statement execute function private.refresh_dashboard_facts_after_write();
create trigger result_targets_facts_update after update on public.result_targets
  referencing old table as old_rows new table as new_rows for each statement execute function private.refresh_dashboard_facts_after_write();
create trigger result_targets_facts_delete after delete on public.result_targets
  referencing old table as old_rows for each statement execute function private.refresh_dashboard_facts_after_write();

-- An indicator moved to another result, or deleted with its values, changes the years its results count in.
create trigger indicators_facts_update after update on public.indicators
  referencing old table as old_rows new table as new_rows for each statement execute function private.refresh_dashboard_facts_after_write();
create trigger indicators_facts_delete after delete on public.indicators
  referencing old table as old_rows for each statement execute function private.refresh_dashboard_facts_after_write();

create trigger indicator_values_facts_insert after insert on public.indicator_values
  referencing new table as new_rows for each statement execute function private.refresh_dashboard_facts_after_write();
create trigger indicator_values_facts_update after update on public.indicator_values
  referencing old table as old_rows new table as new_rows for each statement execute function private.refresh_dashboard_facts_after_write();
create trigger indicator_values_facts_delete after delete on public.indicator_values
  referencing old table as old_rows for each statement execute function private.refresh_dashboard_facts_after_write();

revoke all on function private.refresh_activity_facts(uuid[], smallint[]) from public, anon, authenticated;
revoke all on function private.refresh_result_facts(uuid[]) from public, anon, authenticated;
revoke all on function private.rebuild_dashboard_facts() from public, anon, authenticated;

select private.rebuild_dashboard_facts();
