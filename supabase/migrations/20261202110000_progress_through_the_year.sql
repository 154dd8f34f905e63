-- Figures people can trust: a year's progress counts that year and the years before it, a yearly
-- total entered only by sex counts, and a submitted report keeps the figures it was submitted with.
--
-- Rules (the partnership pages follow the same ones in src/features/results/api/indicator-progress.ts
-- and sex-breakdown.ts):
-- - A year's total is the stored total; where an indicator counts by sex and has no total for the
--   year, a number's total is the sum of its parts. Percentages by sex do not add up to a total, so
--   a percentage by sex needs its total (indicator_values_percentage_total_required).
-- - Progress over a period counts the yearly totals in it up to the last year with an actual value
--   (through_year): targets of later years are not yet due, so they do not count.
--   - sum: the actual values against the targets of those years;
--   - cumulative and latest: the latest actual value against the target of that year, or the
--     last one before it.
--   The share is the way from the baseline to the target for cumulative and latest (when there is
--   a baseline that differs from the target), else actual / target (target / actual when lower is
--   better). The dashboards count over the chosen years, a report over every year up to its own.
-- - When a report is submitted (or stored as approved), its facts are kept in report_snapshots and
--   read from there while it is submitted or approved: later values, corrections of earlier years
--   or a changed indicator no longer change what was submitted. Returning or reopening the report
--   releases the snapshot; the next submission takes a new one.

-- Yearly totals ----------------------------------------------------------------------------------------------
create view private.indicator_year_totals
with (security_invoker = on)
as
  select v.indicator_id, v.partnership_id, v.year,
    coalesce(
      max(v.target_value) filter (where v.sex = 'total'),
      case when i.measure = 'number' and i.disaggregated_by_sex then sum(v.target_value) filter (where v.sex <> 'total') end
    ) as target_value,
    coalesce(
      max(v.actual_value) filter (where v.sex = 'total'),
      case when i.measure = 'number' and i.disaggregated_by_sex then sum(v.actual_value) filter (where v.sex <> 'total') end
    ) as actual_value,
    max(v.target_value) filter (where v.sex = 'total') is null and count(v.target_value) filter (where v.sex <> 'total') > 0 as target_from_parts,
    max(v.actual_value) filter (where v.sex = 'total') is null and count(v.actual_value) filter (where v.sex <> 'total') > 0 as actual_from_parts,
    max(v.updated_at) as updated_at
  from public.indicator_values v
  join public.indicators i on i.id = v.indicator_id
  group by v.indicator_id, v.partnership_id, v.year, i.measure, i.disaggregated_by_sex;
comment on view private.indicator_year_totals is 'Per indicator and year: the total target and actual value, the stored total or, for a number counted by sex without one, the sum of its parts.';
revoke all on private.indicator_year_totals from public, anon;
grant select on private.indicator_year_totals to authenticated, service_role;

-- A percentage by sex needs the total of its year: checked when the transaction ends, so that a
-- grid may save its rows in any order.
create function private.check_percentage_total()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  _value public.indicator_values := coalesce(new, old);
begin
  if exists (
    select 1
    from public.indicators i
    join public.indicator_values p on p.indicator_id = i.id and p.year = _value.year and p.sex <> 'total'
    left join public.indicator_values t on t.indicator_id = i.id and t.year = _value.year and t.sex = 'total'
    where i.id = _value.indicator_id and i.measure = 'percentage' and i.disaggregated_by_sex
      and ((p.target_value is not null and t.target_value is null) or (p.actual_value is not null and t.actual_value is null))
  ) then
    raise exception using
      errcode = '23514',
      message = 'new row for relation "indicator_values" violates check constraint "indicator_values_percentage_total_required"',
      constraint = 'indicator_values_percentage_total_required',
      detail = format('Percentages by sex do not add up to a total: give the total for %s as well.', _value.year);
  end if;
  return null;
end;
$$;
revoke all on function private.check_percentage_total() from public, anon, authenticated;

create constraint trigger indicator_values_percentage_total_required
  after insert or update or delete on public.indicator_values
  deferrable initially deferred
  for each row execute function private.check_percentage_total();

-- Saving a grid checks the totals before it returns, so that the caller hears of a missing total
-- from the call itself. Otherwise as in 20261122160100_save_indicator_values.sql.
create or replace function public.save_indicator_values(indicator_id uuid, entries jsonb)
returns setof public.indicator_values
language plpgsql
security invoker
set search_path = ''
as $$
declare
  _indicator public.indicators;
  _entry jsonb;
  _row public.indicator_values;
  _empty boolean;
begin
  select * into _indicator from public.indicators i where i.id = save_indicator_values.indicator_id;
  if not found then
    raise exception using errcode = 'P0002', message = 'indicator_not_found', detail = 'No such indicator, or it is not yours to change.';
  end if;
  if jsonb_typeof(entries) is distinct from 'array' then
    raise exception using errcode = '22023', message = 'entries_not_a_list', detail = 'entries must be a list of {year, sex, target_value, actual_value, comment, version}.';
  end if;

  for _entry in select * from jsonb_array_elements(entries) loop
    _row := jsonb_populate_record(null::public.indicator_values, _entry);
    _empty := _row.target_value is null and _row.actual_value is null and coalesce(_row.comment, '') = '';
    if _row.sex is null then
      _row.sex := 'total';
    end if;
    if _row.version is null then
      continue when _empty;
      begin
        insert into public.indicator_values (indicator_id, partnership_id, year, sex, target_value, actual_value, comment)
        values (_indicator.id, _indicator.partnership_id, _row.year, _row.sex, _row.target_value, _row.actual_value, coalesce(_row.comment, ''));
      exception when unique_violation then
        raise exception using
          errcode = 'PT409',
          message = 'stale_version',
          detail = format('A value for %s (%s) was added by someone else.', _row.year, _row.sex),
          hint = 'Reload to see the latest version, then apply your change again.';
      end;
    elsif _empty then
      delete from public.indicator_values v
        where v.indicator_id = _indicator.id and v.year = _row.year and v.sex = _row.sex and v.version = _row.version;
      if not found then
        raise exception using errcode = 'PT409', message = 'stale_version', detail = format('The value for %s (%s) was changed by someone else.', _row.year, _row.sex);
      end if;
    else
      update public.indicator_values v
        set target_value = _row.target_value,
            actual_value = _row.actual_value,
            comment = coalesce(_row.comment, ''),
            version = _row.version
        where v.indicator_id = _indicator.id and v.year = _row.year and v.sex = _row.sex;
      if not found then
        raise exception using errcode = 'PT409', message = 'stale_version', detail = format('The value for %s (%s) was removed by someone else.', _row.year, _row.sex);
      end if;
    end if;
  end loop;
  set constraints public.indicator_values_percentage_total_required immediate;

  return query select * from public.indicator_values v where v.indicator_id = _indicator.id order by v.year, v.sex;
end;
$$;

-- Progress over a period -------------------------------------------------------------------------------------
create function private.indicator_period_progress(indicator_id uuid, year_from integer, year_to integer)
returns table (achieved numeric, through_year smallint, target numeric, share numeric)
language sql
stable
security invoker
set search_path = ''
as $$
  with totals as (
    select t.year, t.target_value, t.actual_value
    from private.indicator_year_totals t
    where t.indicator_id = indicator_period_progress.indicator_id
      and t.year between indicator_period_progress.year_from and indicator_period_progress.year_to
  ),
  through as (
    select max(t.year) filter (where t.actual_value is not null) as through_year from totals t
  ),
  counted as (
    select t.* from totals t cross join through h where h.through_year is null or t.year <= h.through_year
  ),
  rule as (
    select i.aggregation, i.higher_is_better, i.baseline_value as baseline, h.through_year,
      case
        when i.aggregation = 'sum' then (select sum(c.actual_value) from counted c)
        else (select c.actual_value from counted c where c.actual_value is not null order by c.year desc limit 1)
      end as achieved,
      case
        when i.aggregation = 'sum' then (select sum(c.target_value) from counted c)
        else (select c.target_value from counted c where c.target_value is not null order by c.year desc limit 1)
      end as target
    from public.indicators i
    cross join through h
    where i.id = indicator_period_progress.indicator_id
  )
  select r.achieved, r.through_year, r.target,
    case
      when r.achieved is null or r.target is null then null
      when r.aggregation <> 'sum' and r.baseline is not null and r.target <> r.baseline then (r.achieved - r.baseline) / (r.target - r.baseline)
      when r.higher_is_better then case when r.target = 0 then null else r.achieved / r.target end
      else case when r.achieved = 0 then null else r.target / r.achieved end
    end
  from rule r;
$$;
comment on function private.indicator_period_progress(uuid, integer, integer) is 'An indicator''s progress over a range of years by its aggregation rule, up to the last year in it with an actual value.';
revoke execute on function private.indicator_period_progress(uuid, integer, integer) from public, anon;
grant execute on function private.indicator_period_progress(uuid, integer, integer) to authenticated, service_role;

-- The dashboards' rows per pair of value years, by the same rule. Otherwise as in
-- 20261130100100_dashboard_facts.sql.
create or replace function private.refresh_indicator_facts(result_ids uuid[])
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

-- The rows are recomputed by the new rule.
select private.refresh_indicator_facts(array_agg(r.id)) from public.results r;

-- Report facts -----------------------------------------------------------------------------------------------
-- What report_facts in 20261122170000_report_facts.sql counted, and per indicator of the partnership
-- its values of the year (by sex where it counts by sex), the year's total and its progress through
-- the year. Runs as the caller.
create function private.compute_report_facts(report public.reports)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  with year_activities as (
    select * from public.activities a
    where a.partnership_id = (compute_report_facts.report).partnership_id and a.year = (compute_report_facts.report).year
  )
  select jsonb_build_object(
    'year', (compute_report_facts.report).year,
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
              order by array_position(array['total', 'women', 'men', 'other'], v.sex)
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

create function private.keep_report_snapshot()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.status in ('submitted', 'approved') then
    if tg_op = 'INSERT' or old.status not in ('submitted', 'approved') then
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

insert into public.report_snapshots (report_id, partnership_id, facts)
select r.id, r.partnership_id, private.compute_report_facts(r) from public.reports r where r.status in ('submitted', 'approved');

create or replace function public.report_facts(report_id uuid)
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
    raise exception using errcode = 'P0002', message = 'report_not_found', detail = 'No such report, or it is not yours to see.';
  end if;
  if _report.status in ('submitted', 'approved') then
    select s.facts into _facts from public.report_snapshots s where s.report_id = _report.id;
  end if;
  return coalesce(_facts, private.compute_report_facts(_report));
end;
$$;
comment on function public.report_facts(uuid) is 'The facts behind a report: activities, participants by sex, principles, stages, activities per SDG target, and each indicator''s values of the year with its progress through the year; as submitted, once it is submitted or approved.';

-- The IQA export's total rows are the yearly totals above: a number entered only by sex gets its
-- total row, summed from the parts. Otherwise as in 20261130110000_exports.sql.
create or replace function public.export_indicator_values(
  year_from integer, year_to integer,
  country_code text default null, region text default null, partnership_id uuid default null,
  goal_id smallint default null, principle text default null,
  after_key text default null, page_size integer default null
)
returns table (
  indicator_id uuid, result_id uuid, partnership_id uuid, partnership_name text, partner_country_codes text, partner_regions text,
  result_title text, result_level text, result_target_ids text, indicator_title text, sdg_indicator_id text,
  measure text, unit text, aggregation text, higher_is_better boolean, baseline_year smallint, baseline_value numeric,
  year smallint, sex text, target_value numeric, actual_value numeric, comment text,
  evidence_files text[], evidence_paths text[], updated_at timestamptz, row_key text
)
language sql
stable
security invoker
set search_path = ''
as $$
  with scope as (
    select * from private.export_partnerships_in_scope(export_indicator_values.country_code, export_indicator_values.region, export_indicator_values.partnership_id)
  ),
  value_rows as (
    select v.id, v.indicator_id, v.partnership_id, v.year, v.sex, v.target_value, v.actual_value, v.comment, v.updated_at
    from public.indicator_values v
    where v.sex <> 'total' and v.year between export_indicator_values.year_from and export_indicator_values.year_to
    union all
    select stored.id, t.indicator_id, t.partnership_id, t.year, 'total', t.target_value, t.actual_value, coalesce(stored.comment, ''), coalesce(stored.updated_at, t.updated_at)
    from private.indicator_year_totals t
    left join public.indicator_values stored on stored.indicator_id = t.indicator_id and stored.year = t.year and stored.sex = 'total'
    where t.year between export_indicator_values.year_from and export_indicator_values.year_to
      and (stored.id is not null or t.target_value is not null or t.actual_value is not null)
  )
  select i.id, i.result_id, i.partnership_id, s.partnership_name, s.partner_country_codes, s.partner_regions,
    r.title, r.level, rt.target_ids, i.title, i.sdg_indicator_id,
    i.measure, i.unit, i.aggregation, i.higher_is_better, i.baseline_year, i.baseline_value,
    v.year, v.sex, v.target_value, v.actual_value, v.comment,
    e.files, e.paths, v.updated_at, jsonb_build_array(v.indicator_id, v.year, v.sex)::text
  from value_rows v
  join public.indicators i on i.id = v.indicator_id
  join public.results r on r.id = i.result_id
  join scope s on s.partnership_id = v.partnership_id
  left join lateral (
    select string_agg(l.target_id, '|' order by t.goal_id, t.sort_order) as target_ids, array_agg(t.goal_id) as goal_ids
    from public.result_targets l
    join public.sdg_targets t on t.id = l.target_id
    where l.result_id = r.id
  ) as rt on true
  left join lateral (
    select array_agg(ev.file_name order by ev.created_at, ev.id) as files, array_agg(ev.object_path order by ev.created_at, ev.id) as paths
    from public.evidence ev
    where ev.indicator_value_id = v.id
  ) as e on true
  where (
      export_indicator_values.goal_id is null
      or export_indicator_values.goal_id = any (rt.goal_ids)
      or split_part(i.sdg_indicator_id, '.', 1)::smallint = export_indicator_values.goal_id
    )
    and (export_indicator_values.after_key is null
      or (v.indicator_id, v.year, v.sex) > ((export_indicator_values.after_key::jsonb ->> 0)::uuid, (export_indicator_values.after_key::jsonb ->> 1)::smallint, export_indicator_values.after_key::jsonb ->> 2))
  order by v.indicator_id, v.year, v.sex
  limit export_indicator_values.page_size;
$$;
