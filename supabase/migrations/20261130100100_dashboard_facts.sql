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
-- - Indicator progress over a range of years is private.indicator_period_progress, by the
--   indicator rules of 20261122140300_activities_and_results.sql. An indicator counts in a range
--   when it has a value there (a target or an actual, of any sex); only the indicators the
--   dashboards chart are kept (those with an official SDG indicator, not qualitative).
--
-- Beside them, programme-wide totals (programme_*_facts): the same figures added up over every
-- partnership, and over the partnerships of each place (a partner country or a world region), so
-- that staff looking at the whole programme, or at Africa, read a few hundred rows instead of
-- hundreds of thousands. They hold nothing a member could not count for themselves, but they are
-- read by staff only: a member's dashboards count their own partnerships. Triggers on the
-- summary tables keep them equal to the sum of their rows, in the same transaction.

-- The dashboards' summaries count each principle and, as 'all', every activity.
create domain public.dashboard_principle as text
  constraint dashboard_principle_check check (value = 'all' or value = any (enum_range(null::public.principle)::text[]));
comment on domain public.dashboard_principle is 'A principle, or all for every activity, as the dashboard summaries count them.';

create table public.activity_facts (
  partnership_id uuid not null references public.partnerships (id) on delete cascade,
  year smallint not null,
  goal_id smallint not null constraint activity_facts_goal_range check (goal_id between 0 and 17),
  principle public.dashboard_principle not null,
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
  principle public.dashboard_principle not null,
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
  principle public.dashboard_principle not null,
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

-- An indicator's progress depends only on which of its values a range of years holds: from its
-- first value year in the range to its last. So there is a row for each pair of value years (the
-- first, the last) with the progress over them, and the value years either side (prior_year,
-- next_year): a range of years takes the row whose first_year it starts at or before, but after
-- prior_year, and whose last_year it ends at or after, but before next_year. An indicator with
-- values in n years has n (n + 1) / 2 rows.
create table public.indicator_facts (
  indicator_id uuid not null references public.indicators (id) on delete cascade,
  partnership_id uuid not null references public.partnerships (id) on delete cascade,
  sdg_indicator_id text not null references public.sdg_indicators (id),
  first_year smallint not null,
  last_year smallint not null,
  prior_year smallint,
  next_year smallint,
  achieved numeric,
  through_year smallint,
  target numeric,
  share numeric,
  primary key (indicator_id, first_year, last_year)
);
comment on table public.indicator_facts is 'Per indicator with an official SDG indicator and pair of its value years: its progress over them, and the value years either side. Kept by triggers.';
create index indicator_facts_partnership_id_idx on public.indicator_facts (partnership_id);
create index indicator_facts_sdg_indicator_id_idx on public.indicator_facts (sdg_indicator_id);

-- Places ------------------------------------------------------------------------------------------------
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

-- Programme-wide totals: activity_facts, target_facts and target_group_facts summed over the
-- partnerships, and per goal the results linked to it, counted once each as result_facts and the
-- dashboards count them (direct when any link to the goal is), by the years they count in. A row
-- stands for at least one activity or result: a total that falls to nothing is removed, so the
-- tables always equal a recount.
create table public.programme_activity_facts (
  year smallint not null,
  goal_id smallint not null,
  principle text not null,
  activities bigint not null,
  activities_direct bigint not null,
  activities_indirect bigint not null,
  participants_women bigint not null,
  participants_men bigint not null,
  participants_other bigint not null,
  inform_include bigint not null,
  set_local_agenda bigint not null,
  implement_follow_up bigint not null,
  place text not null,
  primary key (place, year, goal_id, principle)
);
comment on table public.programme_activity_facts is 'activity_facts summed per place (all, a partner country, a world region), year, goal (0 = any) and principle (or all). Kept by triggers; read by staff.';

create table public.programme_target_facts (
  year smallint not null,
  target_id text not null,
  goal_id smallint not null,
  principle text not null,
  activities_direct bigint not null,
  activities_indirect bigint not null,
  place text not null,
  primary key (place, year, target_id, principle)
);
comment on table public.programme_target_facts is 'target_facts summed per place (all, a partner country, a world region), year, SDG target and principle (or all). Kept by triggers; read by staff.';
create index programme_target_facts_place_goal_principle_year_idx on public.programme_target_facts (place, goal_id, principle, year);

create table public.programme_target_group_facts (
  year smallint not null,
  target_group text not null,
  principle text not null,
  activities bigint not null,
  participants_women bigint not null,
  participants_men bigint not null,
  participants_other bigint not null,
  place text not null,
  primary key (place, year, target_group, principle)
);
comment on table public.programme_target_group_facts is 'target_group_facts summed per place (all, a partner country, a world region), year, target group and principle (or all). Kept by triggers; read by staff.';

create table public.programme_result_facts (
  goal_id smallint not null,
  direct boolean not null,
  years smallint[] not null,
  results integer not null,
  place text not null,
  primary key (place, goal_id, direct, years)
);
comment on table public.programme_result_facts is 'Results per place (all, a partner country, a world region), goal they are linked to, direct or indirect, and the years they count in. Kept by triggers; read by staff.';

-- Read like the rows they summarise; written only by the triggers below.
alter table public.activity_facts enable row level security;
alter table public.target_facts enable row level security;
alter table public.target_group_facts enable row level security;
alter table public.result_facts enable row level security;
alter table public.indicator_facts enable row level security;

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
create policy "indicator facts are read by the partnership's members and by staff"
  on public.indicator_facts for select to authenticated
  using ((select private.is_staff()) or partnership_id in (select private.member_partnership_ids()));

alter table public.programme_activity_facts enable row level security;
alter table public.programme_target_facts enable row level security;
alter table public.programme_target_group_facts enable row level security;
alter table public.programme_result_facts enable row level security;

create policy "programme activity facts are read by staff"
  on public.programme_activity_facts for select to authenticated
  using ((select private.is_staff()));
create policy "programme target facts are read by staff"
  on public.programme_target_facts for select to authenticated
  using ((select private.is_staff()));
create policy "programme target group facts are read by staff"
  on public.programme_target_group_facts for select to authenticated
  using ((select private.is_staff()));
create policy "programme result facts are read by staff"
  on public.programme_result_facts for select to authenticated
  using ((select private.is_staff()));

revoke insert, update, delete, truncate on public.activity_facts, public.target_facts, public.target_group_facts, public.result_facts, public.indicator_facts from anon, authenticated;
revoke insert, update, delete, truncate on public.programme_activity_facts, public.programme_target_facts, public.programme_target_group_facts, public.programme_result_facts from anon, authenticated;

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
  -- Every refresh also changes the programme-wide totals, which all partnerships share: the
  -- transactions that write them take turns, the lock on those tables first (see
  -- private.add_to_programme_facts), so that totals locked row by row in different orders by
  -- different statements cannot deadlock.
  if cardinality(_partnership_ids) > 200 then
    lock table public.programme_activity_facts, public.programme_target_facts, public.programme_target_group_facts,
      public.activity_facts, public.target_facts, public.target_group_facts in exclusive mode;
  else
    lock table public.programme_activity_facts, public.programme_target_facts, public.programme_target_group_facts in share row exclusive mode;
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

-- Recomputes the progress of the indicators of the given results over each pair of their value
-- years, by private.indicator_period_progress. Called by private.refresh_result_facts, under its
-- lock on the results.
create function private.refresh_indicator_facts(result_ids uuid[])
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  delete from public.indicator_facts f where f.indicator_id in (select i.id from public.indicators i where i.result_id = any (result_ids));
  insert into public.indicator_facts (
    indicator_id, partnership_id, sdg_indicator_id, first_year, last_year, prior_year, next_year, achieved, through_year, target, share
  )
  with charted as (
    select i.id, i.partnership_id, i.sdg_indicator_id
    from public.indicators i
    where i.result_id = any (result_ids) and i.sdg_indicator_id is not null and i.measure <> 'qualitative'
  ),
  value_years as (
    select y.indicator_id, y.year, lag(y.year) over w as prior_year, lead(y.year) over w as next_year
    from (
      select distinct v.indicator_id, v.year
      from public.indicator_values v
      where v.indicator_id in (select c.id from charted c) and (v.target_value is not null or v.actual_value is not null)
    ) as y
    window w as (partition by y.indicator_id order by y.year)
  )
  select a.indicator_id, c.partnership_id, c.sdg_indicator_id, a.year, b.year, a.prior_year, b.next_year,
    p.achieved, p.through_year, p.target, p.share
  from value_years a
  join value_years b on b.indicator_id = a.indicator_id and b.year >= a.year
  join charted c on c.id = a.indicator_id
  cross join lateral private.indicator_period_progress(a.indicator_id, a.year, b.year) as p;
end;
$$;

-- Recomputes the facts of the given results and of their indicators. A result's rows are written
-- by one transaction at a time: the lock on the result row queues a concurrent refresh of the
-- same result.
create function private.refresh_result_facts(result_ids uuid[])
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  -- The programme-wide totals first, as in private.refresh_activity_facts.
  lock table public.programme_result_facts in share row exclusive mode;
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

-- The programme-wide totals after a statement on a summary table, in each place of each row's
-- partnership: minus its old rows, plus its new ones. The rows of a result are always replaced together (private.refresh_result_facts, or
-- a cascade from the result or its partnership), so a statement holds every row of the results
-- it touches and can tell whether each counted as direct for a goal. Written in the order of the
-- primary key, under a lock that makes the writing transactions take turns.
create function private.add_to_programme_facts()
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

create trigger activity_facts_programme_insert after insert on public.activity_facts
  referencing new table as new_rows for each statement execute function private.add_to_programme_facts();
create trigger activity_facts_programme_update after update on public.activity_facts
  referencing old table as old_rows new table as new_rows for each statement execute function private.add_to_programme_facts();
create trigger activity_facts_programme_delete after delete on public.activity_facts
  referencing old table as old_rows for each statement execute function private.add_to_programme_facts();

create trigger target_facts_programme_insert after insert on public.target_facts
  referencing new table as new_rows for each statement execute function private.add_to_programme_facts();
create trigger target_facts_programme_update after update on public.target_facts
  referencing old table as old_rows new table as new_rows for each statement execute function private.add_to_programme_facts();
create trigger target_facts_programme_delete after delete on public.target_facts
  referencing old table as old_rows for each statement execute function private.add_to_programme_facts();

create trigger target_group_facts_programme_insert after insert on public.target_group_facts
  referencing new table as new_rows for each statement execute function private.add_to_programme_facts();
create trigger target_group_facts_programme_update after update on public.target_group_facts
  referencing old table as old_rows new table as new_rows for each statement execute function private.add_to_programme_facts();
create trigger target_group_facts_programme_delete after delete on public.target_group_facts
  referencing old table as old_rows for each statement execute function private.add_to_programme_facts();

create trigger result_facts_programme_insert after insert on public.result_facts
  referencing new table as new_rows for each statement execute function private.add_to_programme_facts();
create trigger result_facts_programme_update after update on public.result_facts
  referencing old table as old_rows new table as new_rows for each statement execute function private.add_to_programme_facts();
create trigger result_facts_programme_delete after delete on public.result_facts
  referencing old table as old_rows for each statement execute function private.add_to_programme_facts();

-- The programme-wide totals counted afresh from the summary tables and the places, which the caller
-- has locked.
create function private.recount_programme_facts()
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

-- Everything recomputed, the places first: for a backfill, or after a bulk load that ran with
-- triggers off (which leaves the programme-wide totals behind too, hence the recount at the end).
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

-- An indicator moved to another result, or deleted with its values, changes the years its results count in;
-- a change to its official indicator, measure, rule or baseline changes its progress.
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
revoke all on function private.refresh_indicator_facts(uuid[]) from public, anon, authenticated;
revoke all on function private.refresh_result_facts(uuid[]) from public, anon, authenticated;
revoke all on function private.recount_programme_facts() from public, anon, authenticated;
revoke all on function private.rebuild_dashboard_facts() from public, anon, authenticated;

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

select private.rebuild_dashboard_facts();
