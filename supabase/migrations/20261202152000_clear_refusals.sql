-- Refusals the API answers with a client error and a clear code, and no write without its version.
--
-- PostgREST answers an SQLSTATE of class P0 other than P0001 with 500, so "not found" raised as
-- P0002 reached the browser as a server fault. Not found is raised as PT404 instead: PostgREST
-- answers a PTnnn SQLSTATE with HTTP status nnn, the message (the snake_case code the app
-- translates) and the detail as given. "Not found" still covers "not yours to see", so a caller
-- learns nothing about other partnerships' rows.
--
-- The save functions used to fall back to the stored version when the caller sent none, so a
-- client that left it out overwrote whatever had been saved meanwhile. A change to an existing
-- row without its version is now refused with PT428 (HTTP 428 Precondition Required,
-- message version_required); a new row needs none. Indicator values already refuse: an entry
-- without a version is an insert, and an existing value makes it a stale write (PT409).
--
-- The service role (server-side code holding the service key; it bypasses row-level security)
-- counts as programme staff for the dashboards, exports and queues, and may call the private
-- helpers they use, instead of being refused with 403.

-- The service role ------------------------------------------------------------------------------
create or replace function private.is_staff()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  -- the service role reads the whole programme anyway; its aggregates count it all too
  select (select auth.role()) = 'service_role'
    or exists (select 1 from public.staff where user_id = (select auth.uid()));
$$;

grant execute on function private.dashboard_scope(text, text, uuid) to service_role;
grant execute on function private.dashboard_scope_ids(text, text, uuid) to service_role;
grant execute on function private.dashboard_place(text, text, uuid) to service_role;
grant execute on function private.export_partnerships_in_scope(text, text, uuid) to service_role;
grant execute on function private.iati_partnerships_in_range(integer, integer, text, text, uuid) to service_role;
grant execute on function private.is_staff_user(uuid) to service_role;
grant execute on function private.may_invite(text, uuid) to service_role;

-- Not found: PT404 --------------------------------------------------------------------------------
-- The functions below are as in their own migrations (20261122140500_report_workflow.sql,
-- 20261122160000_save_result.sql, 20261202110000_progress_through_the_year.sql,
-- 20261130140200_save_partnership.sql), with PT404 for not found and, in the saves of one row,
-- the version required for a change.

create or replace function public.report_completeness(report_id uuid)
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

create or replace function private.move_report(
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
  _from_status text;
begin
  select * into _report from public.reports where id = target_report_id for update;
  if not found then
    raise exception using errcode = 'PT404', message = 'report_not_found', detail = 'No such report.';
  end if;
  if not (_report.status = any (allowed_from)) then
    raise exception using
      errcode = 'P0001',
      message = 'report_wrong_state',
      detail = format('The report is %s; this needs it to be %s.', _report.status, array_to_string(allowed_from, ' or '));
  end if;
  _from_status := _report.status;
  update public.reports
    set status = to_status,
        submitted_at = case when to_status = 'submitted' then now() else submitted_at end,
        submitted_by = case when to_status = 'submitted' then (select auth.uid()) else submitted_by end,
        reviewed_at = case when to_status in ('returned', 'approved') then now() else reviewed_at end,
        reviewed_by = case when to_status in ('returned', 'approved') then (select auth.uid()) else reviewed_by end,
        version = version
    where id = target_report_id
    returning * into _report;
  insert into public.report_events (report_id, partnership_id, from_status, to_status, actor_id, note)
    values (_report.id, _report.partnership_id, _from_status, to_status, (select auth.uid()), note);
  return _report;
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

create or replace function public.save_activity(activity jsonb, targets jsonb)
returns public.activities
language plpgsql
security invoker
set search_path = ''
as $$
declare
  _saved public.activities;
  _row public.activities := jsonb_populate_record(null::public.activities, activity);
begin
  if _row.id is null then
    insert into public.activities (
      partnership_id, title, description, kind, starts_on, ends_on, place,
      participants_women, participants_men, participants_other, target_groups, principles, localisation_stage
    )
    values (
      _row.partnership_id, _row.title, coalesce(_row.description, ''), _row.kind, _row.starts_on, _row.ends_on, coalesce(_row.place, ''),
      coalesce(_row.participants_women, 0), coalesce(_row.participants_men, 0), coalesce(_row.participants_other, 0),
      coalesce(_row.target_groups, '{}'), coalesce(_row.principles, '{}'), _row.localisation_stage
    )
    returning * into _saved;
  elsif _row.version is null then
    raise exception using
      errcode = 'PT428',
      message = 'version_required',
      detail = 'A change to an existing activity names the version it was made to.',
      hint = 'Send the version the activity was read at.';
  else
    update public.activities
      set title = _row.title,
          description = coalesce(_row.description, ''),
          kind = _row.kind,
          starts_on = _row.starts_on,
          ends_on = _row.ends_on,
          place = coalesce(_row.place, ''),
          participants_women = coalesce(_row.participants_women, 0),
          participants_men = coalesce(_row.participants_men, 0),
          participants_other = coalesce(_row.participants_other, 0),
          target_groups = coalesce(_row.target_groups, '{}'),
          principles = coalesce(_row.principles, '{}'),
          localisation_stage = _row.localisation_stage,
          -- The version the form was loaded with: a change saved meanwhile makes this a stale write.
          version = _row.version
      where id = _row.id
      returning * into _saved;
    if not found then
      raise exception using errcode = 'PT404', message = 'activity_not_found', detail = 'No such activity, or it is not yours to change.';
    end if;
  end if;
  perform private.replace_target_links('activity_targets', 'activity_id', _saved.id, _saved.partnership_id, targets);
  return _saved;
end;
$$;

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
    insert into public.results (partnership_id, title, description, level)
    values (_row.partnership_id, _row.title, coalesce(_row.description, ''), _row.level)
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
    raise exception using errcode = 'PT404', message = 'indicator_not_found', detail = 'No such indicator, or it is not yours to change.';
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
    raise exception using errcode = 'PT404', message = 'report_not_found', detail = 'No such report, or it is not yours to see.';
  end if;
  if _report.status in ('submitted', 'approved') then
    select s.facts into _facts from public.report_snapshots s where s.report_id = _report.id;
  end if;
  return coalesce(_facts, private.compute_report_facts(_report));
end;
$$;

create or replace function public.save_partnership(partnership jsonb, swedish_organisation_ids uuid[], partner_organisation_ids uuid[])
returns public.partnerships
language plpgsql
security invoker
set search_path = ''
as $$
declare
  _saved public.partnerships;
  _row public.partnerships := jsonb_populate_record(null::public.partnerships, partnership);
begin
  if coalesce(cardinality(swedish_organisation_ids), 0) = 0 or coalesce(cardinality(partner_organisation_ids), 0) = 0 then
    raise exception using errcode = '22023', message = 'sides_required', detail = 'A partnership has at least one organisation on each side.';
  end if;
  if swedish_organisation_ids && partner_organisation_ids then
    raise exception using errcode = '22023', message = 'one_side_each', detail = 'An organisation takes part on one side only.';
  end if;
  if _row.id is null then
    insert into public.partnerships (name, status, starts_year, ends_year, focus_goal_ids, description, is_public)
    values (_row.name, coalesce(_row.status, 'active'), _row.starts_year, _row.ends_year, coalesce(_row.focus_goal_ids, '{}'), coalesce(_row.description, ''), coalesce(_row.is_public, false))
    returning * into _saved;
  elsif _row.version is null then
    raise exception using
      errcode = 'PT428',
      message = 'version_required',
      detail = 'A change to an existing partnership names the version it was made to.',
      hint = 'Send the version the partnership was read at.';
  else
    update public.partnerships
      set name = _row.name,
          status = coalesce(_row.status, status),
          starts_year = _row.starts_year,
          ends_year = _row.ends_year,
          focus_goal_ids = coalesce(_row.focus_goal_ids, '{}'),
          description = coalesce(_row.description, ''),
          is_public = coalesce(_row.is_public, false),
          -- The version the form was loaded with: a change saved meanwhile makes this a stale write.
          version = _row.version
      where id = _row.id
      returning * into _saved;
    if not found then
      raise exception using errcode = 'PT404', message = 'partnership_not_found', detail = 'No such partnership, or it is not yours to change.';
    end if;
  end if;

  delete from public.partnership_organisations po
    where po.partnership_id = _saved.id
      and not (po.organisation_id = any (swedish_organisation_ids || partner_organisation_ids));
  insert into public.partnership_organisations (partnership_id, organisation_id, side)
    select _saved.id, sides.organisation_id, sides.side
    from (
      select unnest(swedish_organisation_ids) as organisation_id, 'swedish' as side
      union all
      select unnest(partner_organisation_ids), 'partner'
    ) as sides
  on conflict (partnership_id, organisation_id) do update set side = excluded.side
    where partnership_organisations.side is distinct from excluded.side;
  return _saved;
end;
$$;
