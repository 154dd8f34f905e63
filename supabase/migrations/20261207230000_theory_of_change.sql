-- Results read against the programme's theory of change: each result says at which level it
-- brings change (individuals, organisations, society) and whose (the partner municipality's, the
-- Swedish municipality's, or both). The form asks for both; results saved before either was asked
-- have neither until someone edits them, and count as not classified. The dashboards count results
-- by level and side, the results export carries both, and a report's facts tell them per indicator.

create type public.change_level as enum ('individual', 'organisational', 'societal');
create type public.change_side as enum ('partner', 'swedish', 'both');

alter table public.results
  add column change_level public.change_level,
  add column change_side public.change_side;
comment on column public.results.change_level is 'Where the result brings change in the theory of change: individuals, organisations or society; null when not yet classified.';
comment on column public.results.change_side is 'Whose change: the partner municipality''s, the Swedish municipality''s, or both; null when not yet stated.';

create or replace function public.save_result(result jsonb, targets jsonb)
returns public.results
language plpgsql
security invoker
set search_path = ''
as $$
declare
  _saved public.results;
  _row public.results := jsonb_populate_record(null::public.results, result);
begin
  if _row.id is null then
    insert into public.results (partnership_id, title, description, level, change_level, change_side)
    values (_row.partnership_id, _row.title, coalesce(_row.description, ''), _row.level, _row.change_level, _row.change_side)
    returning * into _saved;
  elsif _row.version is null then
    raise exception using
      errcode = 'PT428',
      message = 'version_required',
      detail = 'A change to an existing result names the version it was made to.',
      hint = 'Send the version the result was read at.';
  else
    update public.results
      set title = _row.title,
          description = coalesce(_row.description, ''),
          level = _row.level,
          change_level = _row.change_level,
          change_side = _row.change_side,
          -- The version the form was loaded with: a change saved meanwhile makes this a stale write.
          version = _row.version
      where id = _row.id
      returning * into _saved;
    if not found then
      raise exception using errcode = 'PT404', message = 'result_not_found', detail = 'No such result, or it is not yours to change.';
    end if;
  end if;
  perform private.replace_target_links('result_targets', 'result_id', _saved.id, _saved.partnership_id, targets);
  return _saved;
end;
$$;

-- Results per level of change and side, counted once each, over the results that count in the
-- range (their indicators have values in it), under the country, region and partnership filters;
-- with a goal, the results linked to one of its targets. Results advance no principle: under a
-- principle filter nothing is counted, as in dashboard_goals.
create function public.dashboard_result_changes(
  year_from integer, year_to integer,
  country_code text default null, region text default null, partnership_id uuid default null,
  goal_id smallint default null, principle text default null
)
returns table (change_level public.change_level, change_side public.change_side, results bigint)
language sql
stable
security invoker
set search_path = ''
as $$
  select r.change_level, r.change_side, count(*)
  from public.results r
  where dashboard_result_changes.principle is null
    and r.partnership_id in (
      select private.dashboard_scope(dashboard_result_changes.country_code, dashboard_result_changes.region, dashboard_result_changes.partnership_id)
    )
    and exists (
      select from public.result_facts f
      where f.result_id = r.id
        and f.years && array(select generate_series(dashboard_result_changes.year_from, dashboard_result_changes.year_to)::smallint)
        and (dashboard_result_changes.goal_id is null or f.goal_id = dashboard_result_changes.goal_id)
    )
  group by r.change_level, r.change_side
  order by r.change_level nulls last, r.change_side nulls last;
$$;
comment on function public.dashboard_result_changes(integer, integer, text, text, uuid, smallint, text) is 'Results per level of change (individual, organisational, societal) and side, over a range of years.';
revoke execute on function public.dashboard_result_changes(integer, integer, text, text, uuid, smallint, text) from public, anon;
grant execute on function public.dashboard_result_changes(integer, integer, text, text, uuid, smallint, text) to authenticated, service_role;

-- The results export gains the two columns after the result's level.
drop function public.export_results(integer, integer, text, text, uuid, smallint, text, text, integer);
create function public.export_results(
  year_from integer, year_to integer,
  country_code text default null, region text default null, partnership_id uuid default null,
  goal_id smallint default null, principle text default null,
  after_key text default null, page_size integer default null
)
returns table (
  result_id uuid, partnership_id uuid, partnership_name text, partner_country_codes text, partner_regions text,
  title text, level text, change_level text, change_side text, description text, goal_id smallint, target_id text, contribution text, years_reported text,
  evidence_files text[], evidence_paths text[], updated_at timestamptz, row_key text
)
language sql
stable
security invoker
set search_path = ''
as $$
  with scope as (
    select * from private.export_partnerships_in_scope(export_results.country_code, export_results.region, export_results.partnership_id)
  )
  select r.id, r.partnership_id, s.partnership_name, s.partner_country_codes, s.partner_regions,
    r.title, r.level, r.change_level, r.change_side, r.description, f.goal_id, f.target_id, f.contribution, array_to_string(f.years, '|'),
    e.files, e.paths, r.updated_at, jsonb_build_array(f.result_id, f.target_id)::text
  from public.result_facts f
  join public.results r on r.id = f.result_id
  join scope s on s.partnership_id = f.partnership_id
  left join lateral (
    select array_agg(ev.file_name order by ev.created_at, ev.id) as files, array_agg(ev.object_path order by ev.created_at, ev.id) as paths
    from public.evidence ev
    where ev.result_id = r.id
  ) as e on true
  where f.years && array(select generate_series(export_results.year_from, export_results.year_to)::smallint)
    and (export_results.goal_id is null or f.goal_id = export_results.goal_id)
    and (export_results.after_key is null or (f.result_id, f.target_id) > ((export_results.after_key::jsonb ->> 0)::uuid, export_results.after_key::jsonb ->> 1))
  order by f.result_id, f.target_id
  limit export_results.page_size;
$$;
comment on function public.export_results(integer, integer, text, text, uuid, smallint, text, text, integer) is 'IQA export: one row per result and SDG target link, for results with indicator values in the range.';
revoke execute on function public.export_results(integer, integer, text, text, uuid, smallint, text, text, integer) from public, anon;
grant execute on function public.export_results(integer, integer, text, text, uuid, smallint, text, text, integer) to authenticated, service_role;

create or replace function private.compute_report_facts(report public.reports)
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
          'indicator_id', i.id, 'result_id', r.id, 'result_title', r.title, 'result_change_level', r.change_level, 'result_change_side', r.change_side,
          'title', i.title, 'sdg_indicator_id', i.sdg_indicator_id,
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
