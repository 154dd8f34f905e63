-- The facts a yearly report stands on, pulled from the partnership's data for that year, so the
-- editor and the reviewers see the same figures. Runs as the caller: row-level security decides.
--
-- Its activities, participants, principles, localisation stages and activities per target are the
-- dashboards' figures for the partnership and the year, read from their summary tables by the
-- counting rules of 20261130100100_dashboard_facts.sql (activities per goal come from
-- partnership_goal_counts, which the dashboards count too). Per indicator of the partnership it
-- adds its values of the year (by sex where it counts by sex), the year's total and its progress
-- through the year (the indicator rules of 20261122140300_activities_and_results.sql).
create function private.compute_report_facts(report public.reports)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  with year_facts as (
    select f.*
    from public.activity_facts f
    where f.partnership_id = (compute_report_facts.report).partnership_id and f.year = (compute_report_facts.report).year and f.goal_id = 0
  ),
  every_activity as (
    select * from year_facts f where f.principle = 'all'
  )
  select jsonb_build_object(
    'year', (compute_report_facts.report).year,
    'activities', coalesce((select f.activities from every_activity f), 0),
    'participants', jsonb_build_object(
      'women', coalesce((select f.participants_women from every_activity f), 0),
      'men', coalesce((select f.participants_men from every_activity f), 0),
      'other', coalesce((select f.participants_other from every_activity f), 0)
    ),
    'principles', coalesce((
      select jsonb_agg(jsonb_build_object('principle', f.principle, 'activities', f.activities) order by f.principle)
      from year_facts f
      where f.principle <> 'all'
    ), '[]'::jsonb),
    'stages', coalesce((
      select jsonb_agg(jsonb_build_object('stage', s.stage, 'activities', s.activities) order by s.stage)
      from every_activity f
      cross join lateral (
        values ('implement_follow_up', f.implement_follow_up), ('inform_include', f.inform_include), ('set_local_agenda', f.set_local_agenda)
      ) as s (stage, activities)
      where s.activities > 0
    ), '[]'::jsonb),
    'targets', coalesce((
      select jsonb_agg(jsonb_build_object('target_id', t.target_id, 'direct', t.activities_direct, 'indirect', t.activities_indirect) order by g.goal_id, g.sort_order)
      from public.target_facts t
      join public.sdg_targets g on g.id = t.target_id
      where t.partnership_id = (compute_report_facts.report).partnership_id and t.year = (compute_report_facts.report).year and t.principle = 'all'
    ), '[]'::jsonb),
    'indicators', coalesce((
      select jsonb_agg(
        jsonb_build_object(
          'indicator_id', i.id, 'result_id', r.id, 'result_title', r.title, 'title', i.title, 'sdg_indicator_id', i.sdg_indicator_id,
          'measure', i.measure, 'unit', i.unit, 'aggregation', i.aggregation, 'higher_is_better', i.higher_is_better,
          'baseline_year', i.baseline_year, 'baseline_value', i.baseline_value, 'disaggregated_by_sex', i.disaggregated_by_sex,
          'values', coalesce((
            select jsonb_agg(
              jsonb_build_object('value_id', v.id, 'sex', v.sex, 'target_value', v.target_value, 'actual_value', v.actual_value, 'comment', v.comment)
              order by v.sex
            )
            from public.indicator_values v
            where v.indicator_id = i.id and v.year = (compute_report_facts.report).year and (v.sex = 'total' or i.disaggregated_by_sex)
          ), '[]'::jsonb),
          'total', (
            select jsonb_build_object('target_value', t.target_value, 'actual_value', t.actual_value, 'target_from_parts', t.target_from_parts, 'actual_from_parts', t.actual_from_parts)
            from private.indicator_year_totals t
            where t.indicator_id = i.id and t.year = (compute_report_facts.report).year
          ),
          'progress', (
            select jsonb_build_object('achieved', p.achieved, 'through_year', p.through_year, 'target', p.target, 'share', round(p.share, 4))
            from private.indicator_period_progress(i.id, 2000, (compute_report_facts.report).year) as p
          )
        )
        order by r.created_at, r.id, i.created_at, i.id
      )
      from public.indicators i
      join public.results r on r.id = i.result_id
      where i.partnership_id = (compute_report_facts.report).partnership_id
    ), '[]'::jsonb)
  );
$$;
comment on function private.compute_report_facts(public.reports) is 'The facts behind a report as the data stand now.';
revoke execute on function private.compute_report_facts(public.reports) from public, anon;
grant execute on function private.compute_report_facts(public.reports) to authenticated, service_role;

-- When a report is submitted (or stored as approved), its facts are kept in report_snapshots and
-- read from there while it is submitted or approved: later values, corrections of earlier years
-- or a changed indicator no longer change what was submitted. Returning or reopening the report
-- releases the snapshot; the next submission takes a new one.
create table public.report_snapshots (
  report_id uuid primary key references public.reports (id) on delete cascade,
  partnership_id uuid not null references public.partnerships (id) on delete cascade,
  facts jsonb not null,
  taken_at timestamptz not null default now()
);
comment on table public.report_snapshots is 'The facts of a submitted or approved report as they stood when it was submitted. Kept by a trigger on reports.';
create index report_snapshots_partnership_id_idx on public.report_snapshots (partnership_id);

alter table public.report_snapshots enable row level security;

-- Whoever reads the report reads the figures it was submitted with.
create policy "report snapshots are read by the partnership's members and by staff"
  on public.report_snapshots for select to authenticated
  using ((select private.is_staff()) or partnership_id in (select private.member_partnership_ids()));
-- Nobody writes a snapshot but the trigger below: no insert, update or delete policies.
revoke insert, update, delete, truncate on public.report_snapshots from anon, authenticated;

-- A report's snapshot reads the summaries, maybe in the transaction that wrote them: as that
-- transaction left them, not as they were when it began.
create function private.keep_report_snapshot()
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
revoke all on function private.keep_report_snapshot() from public, anon, authenticated;

create trigger reports_keep_snapshot after insert or update of status on public.reports
  for each row execute function private.keep_report_snapshot();

create function public.report_facts(report_id uuid)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  _report public.reports;
  _facts jsonb;
begin
  select * into _report from public.reports r where r.id = report_facts.report_id;
  if not found then
    raise exception using errcode = 'PT404', message = 'report_not_found', detail = 'No such report, or it is not yours to see.';
  end if;
  if _report.status in ('submitted', 'approved') then
    select s.facts into _facts from public.report_snapshots s where s.report_id = _report.id;
  end if;
  return coalesce(_facts, private.compute_report_facts(_report));
end;
$$;
comment on function public.report_facts(uuid) is 'The facts behind a report: activities, participants by sex, principles, stages, activities per SDG target, and each indicator''s values of the year with its progress through the year; as submitted, once it is submitted or approved.';

revoke execute on function public.report_facts(uuid) from public, anon;
grant execute on function public.report_facts(uuid) to authenticated, service_role;
