-- The facts a yearly report stands on, pulled from the partnership's data for that year, so the
-- editor and the reviewers see the same figures. Runs as the caller: row-level security decides.
--
-- Counting rules:
-- - activities are those starting in the report's year;
-- - participants are the sums of the activities' women, men and other or not stated;
-- - a principle or localisation stage is covered by the activities that name it;
-- - per target, an activity counts once, as direct or as indirect, as it is linked.
-- (Activities and results per goal come from partnership_goal_counts.)

create function public.report_facts(report_id uuid)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  _report public.reports;
begin
  select * into _report from public.reports r where r.id = report_facts.report_id;
  if not found then
    raise exception using errcode = 'P0002', message = 'report_not_found', detail = 'No such report, or it is not yours to see.';
  end if;
  return (
    with year_activities as (
      select * from public.activities a
      where a.partnership_id = _report.partnership_id and a.year = _report.year
    )
    select jsonb_build_object(
      'year', _report.year,
      'activities', (select count(*) from year_activities),
      'participants', jsonb_build_object(
        'women', (select coalesce(sum(participants_women), 0) from year_activities),
        'men', (select coalesce(sum(participants_men), 0) from year_activities),
        'other', (select coalesce(sum(participants_other), 0) from year_activities)
      ),
      'principles', coalesce((
        select jsonb_agg(jsonb_build_object('principle', p.principle, 'activities', p.activities) order by p.principle)
        from (select unnest(principles) as principle, count(*) as activities from year_activities group by 1) p
      ), '[]'::jsonb),
      'stages', coalesce((
        select jsonb_agg(jsonb_build_object('stage', s.stage, 'activities', s.activities) order by s.stage)
        from (select localisation_stage as stage, count(*) as activities from year_activities where localisation_stage is not null group by 1) s
      ), '[]'::jsonb),
      'targets', coalesce((
        select jsonb_agg(jsonb_build_object('target_id', t.target_id, 'direct', t.direct, 'indirect', t.indirect) order by g.goal_id, g.sort_order)
        from (
          select l.target_id,
                 count(*) filter (where l.contribution = 'direct') as direct,
                 count(*) filter (where l.contribution = 'indirect') as indirect
          from year_activities a
          join public.activity_targets l on l.activity_id = a.id and l.partnership_id = a.partnership_id
          group by l.target_id
        ) t
        join public.sdg_targets g on g.id = t.target_id
      ), '[]'::jsonb)
    )
  );
end;
$$;
comment on function public.report_facts(uuid) is 'The year''s facts behind a report: activities, participants by sex, principles and stages covered, activities per SDG target.';

revoke execute on function public.report_facts(uuid) from public, anon;
grant execute on function public.report_facts(uuid) to authenticated, service_role;
