-- The report cycle: completeness, then submit (coordinators), return with a comment or approve
-- (staff), reopen an approved report (admins). Each function checks who calls it and the report's
-- state, records the transition in report_events, and raises a named error the app translates.

create function public.report_completeness(report_id uuid)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  _report public.reports;
  _problems jsonb := '[]'::jsonb;
  _section text;
begin
  select * into _report from public.reports where id = report_completeness.report_id;
  if not found then
    raise exception using errcode = 'PT404', message = 'report_not_found', detail = 'No such report, or it is not yours to see.';
  end if;
  foreach _section in array array['summary', 'contribution', 'localisation_progress', 'challenges', 'lessons_learned', 'next_year_plan'] loop
    if trim(to_jsonb(_report) ->> _section) = '' then
      _problems := _problems || jsonb_build_object('kind', 'section_empty', 'section', _section);
    end if;
  end loop;
  _problems := _problems || coalesce((
    select jsonb_agg(jsonb_build_object('kind', 'activity_without_target', 'activity_id', a.id, 'title', a.title) order by a.starts_on, a.title)
    from public.activities a
    where a.partnership_id = _report.partnership_id and a.year = _report.year
      and not exists (select 1 from public.activity_targets t where t.activity_id = a.id)
  ), '[]'::jsonb);
  _problems := _problems || coalesce((
    select jsonb_agg(jsonb_build_object('kind', 'indicator_without_value', 'indicator_id', i.id, 'title', i.title) order by i.title)
    from public.indicators i
    where i.partnership_id = _report.partnership_id
      and not exists (
        select 1 from public.indicator_values v
        where v.indicator_id = i.id and v.year = _report.year and (v.actual_value is not null or trim(v.comment) <> '')
      )
  ), '[]'::jsonb);
  return jsonb_build_object('complete', jsonb_array_length(_problems) = 0, 'problems', _problems);
end;
$$;
comment on function public.report_completeness(uuid) is 'What still stops a report from being submitted: empty sections, activities without a target, indicators without a value or a comment for the year.';

create function private.move_report(
  target_report_id uuid,
  allowed_from text[],
  to_status text,
  note text
)
returns public.reports
language plpgsql
security definer
set search_path = ''
as $$
declare
  _report public.reports;
  _from_status public.report_status;
begin
  select * into _report from public.reports where id = target_report_id for update;
  if not found then
    raise exception using errcode = 'PT404', message = 'report_not_found', detail = 'No such report.';
  end if;
  if not (_report.status = any (allowed_from::public.report_status[])) then
    raise exception using
      errcode = 'P0001',
      message = 'report_wrong_state',
      detail = format('The report is %s; this needs it to be %s.', _report.status, array_to_string(allowed_from, ' or '));
  end if;
  _from_status := _report.status;
  update public.reports
    set status = to_status::public.report_status,
        submitted_at = case when to_status = 'submitted' then now() else submitted_at end,
        submitted_by = case when to_status = 'submitted' then (select auth.uid()) else submitted_by end,
        reviewed_at = case when to_status in ('returned', 'approved') then now() else reviewed_at end,
        reviewed_by = case when to_status in ('returned', 'approved') then (select auth.uid()) else reviewed_by end,
        version = version
    where id = target_report_id
    returning * into _report;
  insert into public.report_events (report_id, partnership_id, from_status, to_status, actor_id, note)
    values (_report.id, _report.partnership_id, _from_status, to_status::public.report_status, (select auth.uid()), note);
  return _report;
end;
$$;

create function public.submit_report(report_id uuid)
returns public.reports
language plpgsql
security definer
set search_path = ''
as $$
declare
  _report public.reports;
  _completeness jsonb;
begin
  select * into _report from public.reports where id = submit_report.report_id;
  if not found or not private.is_member(_report.partnership_id) then
    raise exception using errcode = 'PT404', message = 'report_not_found', detail = 'No such report, or it is not yours to see.';
  end if;
  if not private.is_coordinator(_report.partnership_id) then
    raise exception using errcode = 'PT403', message = 'not_coordinator', detail = 'Only a coordinator of the partnership submits its report.';
  end if;
  if _report.status not in ('draft', 'returned') then
    raise exception using
      errcode = 'P0001',
      message = 'report_wrong_state',
      detail = format('The report is %s; only a draft or returned report can be submitted.', _report.status);
  end if;
  _completeness := public.report_completeness(submit_report.report_id);
  if not (_completeness ->> 'complete')::boolean then
    raise exception using
      errcode = 'P0001',
      message = 'report_incomplete',
      detail = (_completeness -> 'problems')::text,
      hint = 'Fill the empty sections, link every activity of the year to a target, and give every indicator a value or a comment.';
  end if;
  return private.move_report(submit_report.report_id, array['draft', 'returned'], 'submitted', null);
end;
$$;
comment on function public.submit_report(uuid) is 'A coordinator submits a complete draft or returned report; the year freezes.';

create function public.return_report(report_id uuid, comment text)
returns public.reports
language plpgsql
security definer
set search_path = ''
as $$
declare
  _report public.reports;
begin
  if not private.is_staff() then
    raise exception using errcode = 'PT403', message = 'not_staff', detail = 'Only programme staff review reports.';
  end if;
  if coalesce(trim(return_report.comment), '') = '' then
    raise exception using errcode = 'P0001', message = 'comment_required', detail = 'Say what needs to change when returning a report.';
  end if;
  _report := private.move_report(return_report.report_id, array['submitted'], 'returned', return_report.comment);
  insert into public.report_comments (report_id, partnership_id, author_id, body)
    values (_report.id, _report.partnership_id, (select auth.uid()), return_report.comment);
  return _report;
end;
$$;
comment on function public.return_report(uuid, text) is 'Staff return a submitted report with a comment; the year opens for changes again.';

create function public.approve_report(report_id uuid)
returns public.reports
language plpgsql
security definer
set search_path = ''
as $$
begin
  if not private.is_staff() then
    raise exception using errcode = 'PT403', message = 'not_staff', detail = 'Only programme staff review reports.';
  end if;
  return private.move_report(approve_report.report_id, array['submitted'], 'approved', null);
end;
$$;
comment on function public.approve_report(uuid) is 'Staff approve a submitted report; the year stays frozen.';

create function public.reopen_report(report_id uuid, reason text)
returns public.reports
language plpgsql
security definer
set search_path = ''
as $$
begin
  if not private.is_admin() then
    raise exception using errcode = 'PT403', message = 'not_admin', detail = 'Only an admin reopens an approved report.';
  end if;
  if coalesce(trim(reopen_report.reason), '') = '' then
    raise exception using errcode = 'P0001', message = 'reason_required', detail = 'Give the reason for reopening an approved report.';
  end if;
  return private.move_report(reopen_report.report_id, array['approved'], 'returned', reopen_report.reason);
end;
$$;
comment on function public.reopen_report(uuid, text) is 'An admin reopens an approved report, with a reason kept in its timeline.';

revoke execute on function public.submit_report(uuid), public.return_report(uuid, text), public.approve_report(uuid), public.reopen_report(uuid, text), public.report_completeness(uuid) from public, anon;
grant execute on function public.submit_report(uuid), public.return_report(uuid, text), public.approve_report(uuid), public.reopen_report(uuid, text), public.report_completeness(uuid) to authenticated, service_role;
revoke execute on function private.move_report(uuid, text[], text, text) from public, anon, authenticated;
