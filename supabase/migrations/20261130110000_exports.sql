-- Exports for the programme's Internal Quality Assessment (IQA): flat rows with stable ids and codes,
-- one function per export, under the same filters as the dashboards. They run as the caller, so
-- row-level security decides what an export contains. The browser pages through them by key: each
-- row carries its row_key, and the next page starts after the last key it received, so a page costs
-- the same however far into the export it is (an offset would recompute every row before it).
--
-- Filters: a range of years (inclusive), and optionally a partner country, a world region of the
-- partner side, a partnership, a goal and a principle. The goal filter keeps rows about the goal's
-- targets (activity and result links, indicators of results linked to the goal or with an official
-- indicator of the goal); the principle filter applies to activities only.

-- The activity export walks activities in this order, and a page stops after its rows; the index
-- also serves every lookup by year, which the index on year alone did.
create index activities_year_starts_on_id_idx on public.activities (year, starts_on, id);
drop index public.activities_year_idx;

-- Each partnership in the caller's scope with what every export repeats about it.
create function private.export_partnerships_in_scope(country_code text, region text, partnership_id uuid)
returns table (
  partnership_id uuid, partnership_name text, status text, starts_year smallint, ends_year smallint, focus_goal_ids smallint[],
  is_public boolean, description text,
  swedish_organisation_ids text, swedish_organisations text, swedish_municipality_codes text,
  partner_organisation_ids text, partner_organisations text, partner_country_codes text, partner_regions text
)
language sql
stable
security invoker
set search_path = ''
as $$
  select p.id, p.name, p.status, p.starts_year, p.ends_year, p.focus_goal_ids, p.is_public, p.description,
    string_agg(o.id::text, '|' order by o.name) filter (where po.side = 'swedish'),
    string_agg(o.name, '|' order by o.name) filter (where po.side = 'swedish'),
    string_agg(o.municipality_code, '|' order by o.name) filter (where po.side = 'swedish'),
    string_agg(o.id::text, '|' order by o.name) filter (where po.side = 'partner'),
    string_agg(o.name, '|' order by o.name) filter (where po.side = 'partner'),
    string_agg(distinct o.country_code, '|') filter (where po.side = 'partner'),
    string_agg(distinct cr.region, '|') filter (where po.side = 'partner')
  from public.partnerships p
  left join public.partnership_organisations po on po.partnership_id = p.id
  left join public.organisations o on o.id = po.organisation_id
  left join public.country_regions cr on cr.country_code = o.country_code
  where p.id in (select private.dashboard_scope(export_partnerships_in_scope.country_code, export_partnerships_in_scope.region, export_partnerships_in_scope.partnership_id))
  group by p.id;
$$;
grant execute on function private.export_partnerships_in_scope(text, text, uuid) to authenticated, service_role;

-- Partnerships ------------------------------------------------------------------------------------------
create function public.export_partnerships(
  year_from integer, year_to integer,
  country_code text default null, region text default null, partnership_id uuid default null,
  goal_id smallint default null, principle text default null,
  after_key text default null, page_size integer default null
)
returns table (
  partnership_id uuid, partnership_name text, status text, starts_year smallint, ends_year smallint, focus_goals text,
  is_public boolean, description text,
  swedish_organisation_ids text, swedish_organisations text, swedish_municipality_codes text,
  partner_organisation_ids text, partner_organisations text, partner_country_codes text, partner_regions text,
  row_key text
)
language sql
stable
security invoker
set search_path = ''
as $$
  select p.partnership_id, p.partnership_name, p.status, p.starts_year, p.ends_year, array_to_string(p.focus_goal_ids, '|'),
    p.is_public, p.description,
    p.swedish_organisation_ids, p.swedish_organisations, p.swedish_municipality_codes,
    p.partner_organisation_ids, p.partner_organisations, p.partner_country_codes, p.partner_regions,
    jsonb_build_array(p.partnership_name, p.partnership_id)::text
  from private.export_partnerships_in_scope(export_partnerships.country_code, export_partnerships.region, export_partnerships.partnership_id) as p
  where p.starts_year <= export_partnerships.year_to
    and coalesce(p.ends_year, export_partnerships.year_to) >= export_partnerships.year_from
    and (export_partnerships.after_key is null
      or (p.partnership_name, p.partnership_id) > (export_partnerships.after_key::jsonb ->> 0, (export_partnerships.after_key::jsonb ->> 1)::uuid))
  order by p.partnership_name, p.partnership_id
  limit export_partnerships.page_size;
$$;
comment on function public.export_partnerships(integer, integer, text, text, uuid, smallint, text, text, integer) is 'IQA export: the partnerships running in the range, with their organisations, codes and countries.';

-- Activities: one row per activity and target link (an activity without targets has one row) ----------------
create function public.export_activities(
  year_from integer, year_to integer,
  country_code text default null, region text default null, partnership_id uuid default null,
  goal_id smallint default null, principle text default null,
  after_key text default null, page_size integer default null
)
returns table (
  activity_id uuid, partnership_id uuid, partnership_name text, partner_country_codes text, partner_regions text,
  year smallint, starts_on date, ends_on date, title text, kind text, place text, description text,
  participants_women integer, participants_men integer, participants_other integer, participants_total integer,
  target_groups text, principles text, localisation_stage text,
  goal_id smallint, target_id text, contribution text,
  evidence_files text[], evidence_paths text[], updated_at timestamptz, row_key text
)
language sql
stable
security invoker
set search_path = ''
as $$
  with scope as (
    select * from private.export_partnerships_in_scope(export_activities.country_code, export_activities.region, export_activities.partnership_id)
  )
  select a.id, a.partnership_id, s.partnership_name, s.partner_country_codes, s.partner_regions,
    a.year, a.starts_on, a.ends_on, a.title, a.kind, a.place, a.description,
    a.participants_women, a.participants_men, a.participants_other, a.participants_women + a.participants_men + a.participants_other,
    array_to_string(a.target_groups, '|'), array_to_string(a.principles, '|'), a.localisation_stage,
    t.goal_id, l.target_id, l.contribution,
    e.files, e.paths, a.updated_at, jsonb_build_array(a.year, a.starts_on, a.id, coalesce(l.target_id, ''))::text
  from public.activities a
  join scope s on s.partnership_id = a.partnership_id
  left join public.activity_targets l on l.activity_id = a.id
  left join public.sdg_targets t on t.id = l.target_id
  left join lateral (
    select array_agg(ev.file_name order by ev.created_at, ev.id) as files, array_agg(ev.object_path order by ev.created_at, ev.id) as paths
    from public.evidence ev
    where ev.activity_id = a.id
  ) as e on true
  where a.year between export_activities.year_from and export_activities.year_to
    and (export_activities.goal_id is null or t.goal_id = export_activities.goal_id)
    and (export_activities.principle is null or export_activities.principle = any (a.principles::text[]))
    -- after the last row: its activity's remaining links, then the activities after it
    and (export_activities.after_key is null or (
      (a.year, a.starts_on, a.id) >= ((export_activities.after_key::jsonb ->> 0)::smallint, (export_activities.after_key::jsonb ->> 1)::date, (export_activities.after_key::jsonb ->> 2)::uuid)
      and (a.id <> (export_activities.after_key::jsonb ->> 2)::uuid or coalesce(l.target_id, '') > export_activities.after_key::jsonb ->> 3)
    ))
  order by a.year, a.starts_on, a.id, coalesce(l.target_id, '')
  limit export_activities.page_size;
$$;
comment on function public.export_activities(integer, integer, text, text, uuid, smallint, text, text, integer) is 'IQA export: one row per activity and SDG target link (direct or indirect), with participants, principles and evidence.';

-- Results: one row per result and target link, for results with values in the range ------------------------
create function public.export_results(
  year_from integer, year_to integer,
  country_code text default null, region text default null, partnership_id uuid default null,
  goal_id smallint default null, principle text default null,
  after_key text default null, page_size integer default null
)
returns table (
  result_id uuid, partnership_id uuid, partnership_name text, partner_country_codes text, partner_regions text,
  title text, level text, description text, goal_id smallint, target_id text, contribution text, years_reported text,
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
    r.title, r.level, r.description, f.goal_id, f.target_id, f.contribution, array_to_string(f.years, '|'),
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

-- Indicator values, long format: one row per indicator, year and sex category ------------------------------
create function public.export_indicator_values(
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
    select v.id, v.indicator_id, v.partnership_id, v.year, v.sex::text, v.target_value, v.actual_value, v.comment, v.updated_at
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
comment on function public.export_indicator_values(integer, integer, text, text, uuid, smallint, text, text, integer) is 'IQA export, long format: one row per indicator, year and sex category with target, actual, baseline, rule and comment.';

-- Reports: one row per report in the range, with its review and comments ------------------------------------
create function public.export_reports(
  year_from integer, year_to integer,
  country_code text default null, region text default null, partnership_id uuid default null,
  goal_id smallint default null, principle text default null,
  after_key text default null, page_size integer default null
)
returns table (
  report_id uuid, partnership_id uuid, partnership_name text, partner_country_codes text, partner_regions text,
  year smallint, status text, created_at timestamptz, submitted_at timestamptz, submitted_by text, reviewed_at timestamptz, reviewed_by text,
  comments_count integer, comments text,
  section_summary text, section_contribution text, section_localisation_progress text, section_challenges text,
  section_lessons_learned text, section_next_year_plan text,
  evidence_files text[], evidence_paths text[], updated_at timestamptz, row_key text
)
language sql
stable
security invoker
set search_path = ''
as $$
  with scope as (
    select * from private.export_partnerships_in_scope(export_reports.country_code, export_reports.region, export_reports.partnership_id)
  )
  select rep.id, rep.partnership_id, s.partnership_name, s.partner_country_codes, s.partner_regions,
    rep.year, rep.status, rep.created_at, rep.submitted_at, submitter.full_name, rep.reviewed_at, reviewer.full_name,
    coalesce(c.total, 0), c.texts,
    rep.summary, rep.contribution, rep.localisation_progress, rep.challenges, rep.lessons_learned, rep.next_year_plan,
    e.files, e.paths, rep.updated_at, jsonb_build_array(rep.partnership_id, rep.year)::text
  from public.reports rep
  join scope s on s.partnership_id = rep.partnership_id
  left join public.profiles submitter on submitter.id = rep.submitted_by
  left join public.profiles reviewer on reviewer.id = rep.reviewed_by
  left join lateral (
    -- "date author [section or value]: text", oldest first, one per line
    select count(*)::integer as total,
      string_agg(
        concat(to_char(rc.created_at at time zone 'Europe/Stockholm', 'YYYY-MM-DD'), ' ', coalesce(author.full_name, ''),
          case when rc.section is not null then ' [' || rc.section || ']' when rc.indicator_value_id is not null then ' [indicator value ' || rc.indicator_value_id || ']' else '' end,
          ': ', rc.body),
        e'\n' order by rc.created_at, rc.id
      ) as texts
    from public.report_comments rc
    left join public.profiles author on author.id = rc.author_id
    where rc.report_id = rep.id
  ) as c on true
  left join lateral (
    select array_agg(ev.file_name order by ev.created_at, ev.id) as files, array_agg(ev.object_path order by ev.created_at, ev.id) as paths
    from public.evidence ev
    where ev.report_id = rep.id
  ) as e on true
  where rep.year between export_reports.year_from and export_reports.year_to
    and (export_reports.after_key is null
      or (rep.partnership_id, rep.year) > ((export_reports.after_key::jsonb ->> 0)::uuid, (export_reports.after_key::jsonb ->> 1)::smallint))
  order by rep.partnership_id, rep.year
  limit export_reports.page_size;
$$;
comment on function public.export_reports(integer, integer, text, text, uuid, smallint, text, text, integer) is 'IQA export: the yearly reports in the range with state, dates, submitter, reviewer, comments and narrative sections.';

revoke execute on function public.export_partnerships(integer, integer, text, text, uuid, smallint, text, text, integer) from public, anon;
revoke execute on function public.export_activities(integer, integer, text, text, uuid, smallint, text, text, integer) from public, anon;
revoke execute on function public.export_results(integer, integer, text, text, uuid, smallint, text, text, integer) from public, anon;
revoke execute on function public.export_indicator_values(integer, integer, text, text, uuid, smallint, text, text, integer) from public, anon;
revoke execute on function public.export_reports(integer, integer, text, text, uuid, smallint, text, text, integer) from public, anon;
grant execute on function public.export_partnerships(integer, integer, text, text, uuid, smallint, text, text, integer) to authenticated, service_role;
grant execute on function public.export_activities(integer, integer, text, text, uuid, smallint, text, text, integer) to authenticated, service_role;
grant execute on function public.export_results(integer, integer, text, text, uuid, smallint, text, text, integer) to authenticated, service_role;
grant execute on function public.export_indicator_values(integer, integer, text, text, uuid, smallint, text, text, integer) to authenticated, service_role;
grant execute on function public.export_reports(integer, integer, text, text, uuid, smallint, text, text, integer) to authenticated, service_role;
