-- How much of a partnership's work touches each SDG goal in one year, for its overview page. Runs
-- as the caller, so row-level security decides what is counted.
--
-- Counting rules:
-- - an activity counts for a goal once, in the year it starts, when it is linked to at least one
--   of the goal's targets; it counts as direct when any of those links is direct, else indirect;
-- - a result counts for a goal the same way (direct before indirect), in every year for which one
--   of its indicators has a target or an actual value.

create function public.partnership_goal_counts(partnership_id uuid, year integer)
returns table (goal_id smallint, activities_direct bigint, activities_indirect bigint, results_direct bigint, results_indirect bigint)
language sql
stable
security invoker
set search_path = ''
as $$
  with activity_goals as (
    select a.id, t.goal_id, bool_or(l.contribution = 'direct') as direct
    from public.activities a
    join public.activity_targets l on l.activity_id = a.id and l.partnership_id = a.partnership_id
    join public.sdg_targets t on t.id = l.target_id
    where a.partnership_id = partnership_goal_counts.partnership_id
      and a.year = partnership_goal_counts.year
    group by a.id, t.goal_id
  ),
  result_goals as (
    select r.id, t.goal_id, bool_or(l.contribution = 'direct') as direct
    from public.results r
    join public.result_targets l on l.result_id = r.id and l.partnership_id = r.partnership_id
    join public.sdg_targets t on t.id = l.target_id
    where r.partnership_id = partnership_goal_counts.partnership_id
      and exists (
        select 1
        from public.indicators i
        join public.indicator_values v on v.indicator_id = i.id
        where i.result_id = r.id
          and v.year = partnership_goal_counts.year
          and (v.target_value is not null or v.actual_value is not null)
      )
    group by r.id, t.goal_id
  ),
  goals as (
    select goal_id from activity_goals
    union
    select goal_id from result_goals
  )
  select
    g.goal_id,
    (select count(*) from activity_goals a where a.goal_id = g.goal_id and a.direct),
    (select count(*) from activity_goals a where a.goal_id = g.goal_id and not a.direct),
    (select count(*) from result_goals r where r.goal_id = g.goal_id and r.direct),
    (select count(*) from result_goals r where r.goal_id = g.goal_id and not r.direct)
  from goals g
  order by g.goal_id;
$$;
comment on function public.partnership_goal_counts(uuid, integer) is 'Activities and results of a partnership per SDG goal in one year, direct and indirect, as the caller may see them.';

revoke execute on function public.partnership_goal_counts(uuid, integer) from public, anon;
grant execute on function public.partnership_goal_counts(uuid, integer) to authenticated, service_role;
