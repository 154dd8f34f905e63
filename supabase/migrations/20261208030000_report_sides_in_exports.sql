-- The reports export carries what the two sides wrote: which side writes each section and
-- whether it is ready from that side, and every section's texts in languages other than English,
-- each under its section and language tag (the English stays in the section_* columns).

drop function public.export_reports(integer, integer, text, text, uuid, smallint, text, text, integer);
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
  section_owners text, sections_in_other_languages text,
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
    so.owners, st.texts,
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
    -- "summary: swedish, ready" per section, in the report's order
    select string_agg(concat(rs.section, ': ', rs.owner_side,
        case when (case rs.owner_side when 'swedish' then rs.swedish_ready_at else rs.partner_ready_at end) is not null then ', ready' else '' end),
        '; ' order by array_position(enum_range(null::public.report_section), rs.section)) as owners
    from public.report_sections rs
    where rs.report_id = rep.id
  ) as so on true
  left join lateral (
    -- "[summary, sv]" above each text, a blank line between texts
    select string_agg(concat('[', t.section, ', ', t.language, ']', e'\n', t.body), e'\n\n'
        order by array_position(enum_range(null::public.report_section), t.section), t.language) as texts
    from public.report_section_texts t
    where t.report_id = rep.id and trim(t.body) <> ''
  ) as st on true
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
comment on function public.export_reports(integer, integer, text, text, uuid, smallint, text, text, integer) is 'IQA export: the yearly reports in the range with state, dates, submitter, reviewer, comments, narrative sections in English, which side writes each section, and the sections in other languages.';

revoke execute on function public.export_reports(integer, integer, text, text, uuid, smallint, text, text, integer) from public, anon;
grant execute on function public.export_reports(integer, integer, text, text, uuid, smallint, text, text, integer) to authenticated, service_role;
