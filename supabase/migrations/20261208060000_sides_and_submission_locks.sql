-- Closing two doors of the two-sided report.
--
-- Sides: a coordinator moves contributors between the two municipalities, but not themselves or
-- another coordinator (an admin does that). Otherwise a coordinator could step over to the other
-- side to mark its sections ready, or to submit from it.
--
-- Submission: the report is locked before its completeness is checked, and every write that
-- depends on the report being open (texts in other languages, readiness, owners, presence) holds
-- it shared, so a submission and a change of a section never interleave.

create or replace function public.set_member_side(partnership_id uuid, user_id uuid, side public.partnership_side)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  _role public.membership_role;
begin
  select m.role into _role from public.memberships m
  where m.partnership_id = set_member_side.partnership_id and m.user_id = set_member_side.user_id;
  if private.is_admin() then
    null;
  elsif not private.is_coordinator(set_member_side.partnership_id) then
    raise exception using errcode = 'PT403', message = 'not_coordinator', detail = 'Only a coordinator of the partnership, or an admin, says which side a member works for.';
  elsif set_member_side.user_id = (select auth.uid()) or _role = 'coordinator' then
    raise exception using errcode = 'PT403', message = 'not_admin', detail = 'An admin moves a coordinator, oneself included, to the other side.';
  end if;
  if _role is null then
    raise exception using errcode = 'PT404', message = 'member_not_found', detail = 'That person is not a member of the partnership.';
  end if;
  update public.memberships m set side = set_member_side.side
  where m.partnership_id = set_member_side.partnership_id and m.user_id = set_member_side.user_id;
end;
$$;

create or replace function private.open_report_for_member(target_report_id uuid)
returns public.reports
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  _report public.reports;
begin
  select * into _report from public.reports where id = target_report_id for share;
  if not found or not private.is_member(_report.partnership_id) then
    raise exception using errcode = 'PT404', message = 'report_not_found', detail = 'No such report, or it is not yours to see.';
  end if;
  if _report.status not in ('draft', 'returned') then
    raise exception using
      errcode = 'PT423',
      message = 'year_frozen',
      detail = format('The %s report of this partnership is submitted or approved, so that year is read-only.', _report.year);
  end if;
  return _report;
end;
$$;

create or replace function private.stamp_section_text()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  _report public.reports;
begin
  -- Shared with other writers, exclusive against a submission: a text never lands in a report
  -- submitted meanwhile.
  select * into _report from public.reports where id = coalesce(new.report_id, old.report_id) for share;
  if found and _report.status in ('submitted', 'approved') then
    perform private.assert_year_open(_report.partnership_id, _report.year);
  end if;
  if tg_op = 'DELETE' then
    perform private.section_changed(old.report_id, old.section, false);
    return old;
  end if;
  if tg_op = 'UPDATE' and new.body is not distinct from old.body then
    return new;
  end if;
  new.edit := private.section_changed(new.report_id, new.section, false);
  new.updated_by := coalesce((select auth.uid()), new.updated_by);
  new.updated_at := now();
  return new;
end;
$$;

create or replace function public.submit_report(report_id uuid)
returns public.reports
language plpgsql
security definer
set search_path = ''
as $$
declare
  _report public.reports;
  _completeness jsonb;
begin
  -- Locked first: what is checked below is what goes in, however others write meanwhile.
  select * into _report from public.reports where id = submit_report.report_id for update;
  if not found or not private.is_member(_report.partnership_id) then
    raise exception using errcode = 'PT404', message = 'report_not_found', detail = 'No such report, or it is not yours to see.';
  end if;
  -- The Swedish municipality is responsible for the report to the programme.
  if not private.is_coordinator(_report.partnership_id) or private.my_side(_report.partnership_id) <> 'swedish' then
    raise exception using errcode = 'PT403', message = 'not_coordinator', detail = 'Only a coordinator of the Swedish side submits the partnership''s report.';
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
      hint = 'Write every section in English (and bring it up to date with its other languages), have each section marked ready by the side that writes it, link every activity of the year to a target, and give every indicator a value or a comment.';
  end if;
  return private.move_report(submit_report.report_id, array['draft', 'returned'], 'submitted', null);
end;
$$;
