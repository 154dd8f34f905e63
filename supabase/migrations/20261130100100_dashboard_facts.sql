-- Summary tables behind the programme dashboards: small per-partnership, per-year counts that the
-- dashboard functions add up instead of scanning every activity. They are kept correct by every
-- write, counted once per transaction when it commits (see Counting below), and they carry
-- row-level security like the rows they summarise.
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

-- Counting --------------------------------------------------------------------------------------------
-- Saving one activity writes several statements (the activity, then its target links, each
-- inserted, changed or deleted). A statement only notes what it touched; the transaction's first
-- deferred trigger, when it commits, counts each noted activity and result once and adds the
-- summaries' changes to the programme-wide totals. The totals are written only then, at the end
-- of the transaction and in the order of their keys, so saves in different partnerships wait for
-- each other only for as long as it takes to add to the totals they share and commit.
--
-- What each activity was counted as is kept beside the summaries (private.counted_activities), so
-- that a touched activity is taken out as it was counted and put back as it is now, instead of
-- every activity of its partnership and year being counted again: a save's cost does not grow
-- with the number of activities a partnership logs in a year.

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

-- What a transaction's writes touched and changed, until it commits (see private.count_noted). A
-- transaction sees only its own rows here, as it empties these tables before it commits; they hold
-- nothing past a commit, so they need no write-ahead log.
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
revoke all on private.counted_activities, private.touched_activities, private.activity_changes, private.touched_results, private.touched_partnership_places,
  private.programme_activity_changes, private.programme_target_changes, private.programme_target_group_changes, private.programme_result_changes
  from public, anon, authenticated;

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

create trigger activity_facts_programme_insert after insert on public.activity_facts
  referencing new table as new_rows for each statement execute function private.note_programme_changes();
create trigger activity_facts_programme_update after update on public.activity_facts
  referencing old table as old_rows new table as new_rows for each statement execute function private.note_programme_changes();
create trigger activity_facts_programme_delete after delete on public.activity_facts
  referencing old table as old_rows for each statement execute function private.note_programme_changes();

create trigger target_facts_programme_insert after insert on public.target_facts
  referencing new table as new_rows for each statement execute function private.note_programme_changes();
create trigger target_facts_programme_update after update on public.target_facts
  referencing old table as old_rows new table as new_rows for each statement execute function private.note_programme_changes();
create trigger target_facts_programme_delete after delete on public.target_facts
  referencing old table as old_rows for each statement execute function private.note_programme_changes();

create trigger target_group_facts_programme_insert after insert on public.target_group_facts
  referencing new table as new_rows for each statement execute function private.note_programme_changes();
create trigger target_group_facts_programme_update after update on public.target_group_facts
  referencing old table as old_rows new table as new_rows for each statement execute function private.note_programme_changes();
create trigger target_group_facts_programme_delete after delete on public.target_group_facts
  referencing old table as old_rows for each statement execute function private.note_programme_changes();

create trigger result_facts_programme_insert after insert on public.result_facts
  referencing new table as new_rows for each statement execute function private.note_programme_changes();
create trigger result_facts_programme_update after update on public.result_facts
  referencing old table as old_rows new table as new_rows for each statement execute function private.note_programme_changes();
create trigger result_facts_programme_delete after delete on public.result_facts
  referencing old table as old_rows for each statement execute function private.note_programme_changes();

-- Adds a transaction's noted changes to one programme-wide table, in the order of its primary key
-- (so that two transactions adding to the same totals cannot deadlock), and removes the totals
-- that fell to nothing. Changes that cancel out (a row rewritten as it was) are left out, so they
-- neither write nor lock a total. `key` names the columns a total is kept by (its primary key's,
-- and any they determine), `measures` the counted ones; a row stands for something while
-- `standing` (a condition on its columns) holds.
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

-- After a statement on activities or their target links: notes the activities its old and new rows
-- touch (for results, the results), for the commit. The transition tables are read through dynamic
-- SQL because which of them exist depends on the event.
create function private.refresh_dashboard_facts_after_write()
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

-- The advisory lock a transaction takes on a partnership while it recounts some of its rows.
create function private.partnership_lock(partnership_id uuid)
returns bigint
language sql
immutable
set search_path = ''
as $$
  select hashtextextended('partnership/' || partnership_id::text, 0);
$$;

-- Counts what the transaction noted so far: the partner sides first (which may note changes and
-- results of their own), then the activities and results, then the totals. At commit, and before
-- anything that reads the summaries in the transaction that wrote them (a report's snapshot).
create function private.count_noted()
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
-- exclusive lock on each partnership (private.count_noted). A partnership whose places changed
-- has its summary rows taken out of the totals of the places it had, and counted again, from its
-- counted activities and its results, in those it has now. A partnership being deleted is left
-- alone: its summary rows go with it, each taking itself out of the totals of the places it had.
create function private.refresh_partnership_places(partnership_ids uuid[])
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

-- After a statement on the partner sides, or on organisations (when one's country changed): notes
-- the partnerships its old and new rows touch, for the commit. The transition tables are read
-- through dynamic SQL because which of them exist depends on the event.
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
  execute format('insert into private.touched_partnership_places (partnership_id) select distinct partnership_id from (%s) as touched where partnership_id is not null', _touched);
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

create constraint trigger touched_activities_count_at_commit after insert on private.touched_activities
  deferrable initially deferred for each row execute function private.count_at_commit();
create constraint trigger touched_results_count_at_commit after insert on private.touched_results
  deferrable initially deferred for each row execute function private.count_at_commit();
create constraint trigger touched_partnership_places_count_at_commit after insert on private.touched_partnership_places
  deferrable initially deferred for each row execute function private.count_at_commit();

revoke all on function private.count_activities(uuid[]) from public, anon, authenticated;
revoke all on function private.add_activity_changes() from public, anon, authenticated;
revoke all on function private.refresh_indicator_facts(uuid[]) from public, anon, authenticated;
revoke all on function private.refresh_result_facts(uuid[]) from public, anon, authenticated;
revoke all on function private.note_programme_changes() from public, anon, authenticated;
revoke all on function private.add_programme_changes(text, text[], text[], text) from public, anon, authenticated;
revoke all on function private.recount_programme_facts() from public, anon, authenticated;
revoke all on function private.rebuild_dashboard_facts() from public, anon, authenticated;
revoke all on function private.count_noted() from public, anon, authenticated;
revoke all on function private.count_at_commit() from public, anon, authenticated;
revoke all on function private.places_of(uuid[]) from public, anon, authenticated;
revoke all on function private.places_counted(uuid) from public, anon, authenticated;
revoke all on function private.refresh_partnership_places(uuid[]) from public, anon, authenticated;

select private.rebuild_dashboard_facts();
