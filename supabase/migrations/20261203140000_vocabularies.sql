-- The closed vocabularies are types of their own, so the generated TypeScript types carry them and
-- the app's lists, forms and labels derive from the database instead of restating it. Each enum
-- replaces a check constraint that listed the same values; a value outside it is refused as
-- invalid input (22P02), as any malformed value is.

create type public.activity_kind as enum ('workshop', 'training', 'exchange_visit', 'citizen_dialogue', 'study_visit', 'conference', 'other');
create type public.principle as enum ('participation', 'transparency', 'accountability', 'non_discrimination');
create type public.target_group as enum (
  'youth', 'children', 'women', 'marginalised_groups', 'persons_with_disabilities', 'older_people',
  'minorities', 'elected_officials', 'municipal_staff', 'civil_society', 'private_sector', 'general_public'
);
create type public.localisation_stage as enum ('inform_include', 'set_local_agenda', 'implement_follow_up');
create type public.contribution as enum ('direct', 'indirect');
create type public.result_level as enum ('output', 'outcome', 'impact');
create type public.measure as enum ('number', 'percentage', 'qualitative');
create type public.aggregation as enum ('sum', 'cumulative', 'latest');
create type public.sex as enum ('total', 'women', 'men', 'other');
create type public.report_status as enum ('draft', 'submitted', 'returned', 'approved');
create type public.report_section as enum ('summary', 'contribution', 'localisation_progress', 'challenges', 'lessons_learned', 'next_year_plan');
create type public.staff_role as enum ('analyst', 'admin');
create type public.membership_role as enum ('coordinator', 'contributor');
create type public.organisation_kind as enum ('municipality', 'region', 'district_council');
create type public.partnership_status as enum ('planned', 'active', 'closed');
create type public.partnership_side as enum ('swedish', 'partner');

-- The dashboards' summaries count each principle and, as 'all', every activity.
create domain public.dashboard_principle as text
  constraint dashboard_principle_check check (value = 'all' or value = any (enum_range(null::public.principle)::text[]));
comment on domain public.dashboard_principle is 'A principle, or all for every activity, as the dashboard summaries count them.';

-- Each column takes its type in place of the check that listed its values. PostgreSQL cannot
-- retype a column that a policy, view, trigger or check compares with text, so those are dropped
-- here and stated again below, unchanged, over the new types.
drop policy "admins add members; coordinators add contributors to their partnership" on public.memberships;
drop policy "admins remove members; coordinators remove contributors of their partnership" on public.memberships;
drop policy "approved reports of public partnerships are read by anyone" on public.reports;
drop trigger reports_keep_snapshot on public.reports;
drop view private.indicator_year_totals;

alter table public.staff drop constraint staff_role_check,
  alter column role type public.staff_role using role::public.staff_role;
-- The code-of-its-kind check compares kind with text, so it is dropped and stated again over the type.
alter table public.organisations drop constraint organisations_kind_check,
  drop constraint organisations_municipality_code_of_kind,
  alter column kind type public.organisation_kind using kind::public.organisation_kind,
  add constraint organisations_municipality_code_of_kind check (
    municipality_code is null
    or (kind = 'municipality' and char_length(municipality_code) = 4)
    or (kind = 'region' and char_length(municipality_code) = 2)
  );
alter table public.partnerships drop constraint partnerships_status_check,
  alter column status drop default,
  alter column status type public.partnership_status using status::public.partnership_status,
  alter column status set default 'active';
alter table public.partnership_organisations drop constraint partnership_organisations_side_check,
  alter column side type public.partnership_side using side::public.partnership_side;
alter table public.memberships drop constraint memberships_role_check,
  alter column role type public.membership_role using role::public.membership_role;
alter table public.reports drop constraint reports_status_check,
  alter column status drop default,
  alter column status type public.report_status using status::public.report_status,
  alter column status set default 'draft';
alter table public.report_comments drop constraint report_comments_section_check,
  alter column section type public.report_section using section::public.report_section;
alter table public.activities drop constraint activities_kind_check,
  drop constraint activities_target_groups_valid,
  drop constraint activities_principles_valid,
  drop constraint activities_localisation_stage_check,
  alter column kind type public.activity_kind using kind::public.activity_kind,
  alter column target_groups drop default,
  alter column target_groups type public.target_group[] using target_groups::public.target_group[],
  alter column target_groups set default '{}',
  alter column principles drop default,
  alter column principles type public.principle[] using principles::public.principle[],
  alter column principles set default '{}',
  alter column localisation_stage type public.localisation_stage using localisation_stage::public.localisation_stage;
alter table public.activity_targets drop constraint activity_targets_contribution_check,
  alter column contribution type public.contribution using contribution::public.contribution;
alter table public.results drop constraint results_level_check,
  alter column level type public.result_level using level::public.result_level;
alter table public.result_targets drop constraint result_targets_contribution_check,
  alter column contribution type public.contribution using contribution::public.contribution;
alter table public.indicators drop constraint indicators_measure_check,
  drop constraint indicators_aggregation_check,
  drop constraint indicators_percentage_baseline,
  drop constraint indicators_baseline_complete,
  alter column measure type public.measure using measure::public.measure,
  add constraint indicators_percentage_baseline check (measure <> 'percentage' or baseline_value <= 100),
  add constraint indicators_baseline_complete check ((baseline_year is null) = (baseline_value is null) or measure = 'qualitative'),
  alter column aggregation drop default,
  alter column aggregation type public.aggregation using aggregation::public.aggregation,
  alter column aggregation set default 'sum';
alter table public.report_events
  alter column from_status type public.report_status using from_status::public.report_status,
  alter column to_status type public.report_status using to_status::public.report_status;
alter table public.activity_facts drop constraint activity_facts_principle_check,
  alter column principle type public.dashboard_principle;
alter table public.target_facts drop constraint target_facts_principle_check,
  alter column principle type public.dashboard_principle;
alter table public.target_group_facts drop constraint target_group_facts_principle_check,
  alter column principle type public.dashboard_principle;
alter table public.indicator_values drop constraint indicator_values_sex_check,
  alter column sex drop default,
  alter column sex type public.sex using sex::public.sex,
  alter column sex set default 'total';

-- What was dropped above, as it was.
create policy "admins add members; coordinators add contributors to their partnership"
  on public.memberships for insert to authenticated
  with check (
    (select private.is_admin())
    or (role = 'contributor' and partnership_id in (select private.coordinated_partnership_ids()))
  );

create policy "admins remove members; coordinators remove contributors of their partnership"
  on public.memberships for delete to authenticated
  using (
    (select private.is_admin())
    or (role = 'contributor' and partnership_id in (select private.coordinated_partnership_ids()))
  );

create policy "approved reports of public partnerships are read by anyone"
  on public.reports for select to anon
  using (status = 'approved' and (select private.is_public_partnership(partnership_id)));

create trigger reports_keep_snapshot after insert or update of status on public.reports
  for each row execute function private.keep_report_snapshot();

-- Yearly totals.
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

-- An invitation's role is text, as either kind of role it grants.
create or replace function private.grant_invited_role(user_id uuid, role text, partnership_id uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  if partnership_id is null then
    if exists (select 1 from public.staff s where s.user_id = grant_invited_role.user_id) then
      raise exception using errcode = 'P0001', message = 'already_staff',
        detail = 'This person is programme staff already.', hint = 'Change their role instead.';
    end if;
    insert into public.staff (user_id, role) values (grant_invited_role.user_id, grant_invited_role.role::public.staff_role);
  else
    if exists (select 1 from public.memberships m where m.user_id = grant_invited_role.user_id and m.partnership_id = grant_invited_role.partnership_id) then
      raise exception using errcode = 'P0001', message = 'already_member',
        detail = 'This person is a member of the partnership already.', hint = 'Change their role instead.';
    end if;
    insert into public.memberships (partnership_id, user_id, role) values (grant_invited_role.partnership_id, grant_invited_role.user_id, grant_invited_role.role::public.membership_role);
  end if;
end;
$$;

-- The same for taking a withdrawn invitation's role back.
create or replace function private.revoke_withdrawn_invitation()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if old.accepted_at is null and old.granted_at is not null and old.user_id is not null then
    if old.partnership_id is null then
      delete from public.staff where user_id = old.user_id and role::text = old.role;
    else
      delete from public.memberships where user_id = old.user_id and partnership_id = old.partnership_id and role::text = old.role;
    end if;
  end if;
  return null;
end;
$$;

-- A report's move compares and stores its states as the type.
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

-- A partnership's sides are typed as they are written.
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
      select unnest(swedish_organisation_ids) as organisation_id, 'swedish'::public.partnership_side as side
      union all
      select unnest(partner_organisation_ids), 'partner'
    ) as sides
  on conflict (partnership_id, organisation_id) do update set side = excluded.side
    where partnership_organisations.side is distinct from excluded.side;
  return _saved;
end;
$$;

-- A year without a report is 'not_started', a state no report has: the states are counted as text.
create or replace function public.dashboard_report_status(
  year_from integer, year_to integer,
  country_code text default null, region text default null, partnership_id uuid default null,
  goal_id smallint default null, principle text default null
)
returns table (country_code text, not_started bigint, draft bigint, submitted bigint, returned bigint, approved bigint)
language sql
stable
security invoker
set search_path = ''
as $$
  with states as (
    select p.id, coalesce(r.status::text, 'not_started') as status
    from public.partnerships p
    left join public.reports r on r.partnership_id = p.id and r.year = dashboard_report_status.year_to
    where p.id in (select private.dashboard_scope(dashboard_report_status.country_code, dashboard_report_status.region, dashboard_report_status.partnership_id))
      and p.status <> 'planned'
      and p.starts_year <= dashboard_report_status.year_to
      and coalesce(p.ends_year, dashboard_report_status.year_to) >= dashboard_report_status.year_to
  ),
  by_country as (
    select distinct s.id, s.status, o.country_code
    from states s
    join public.partnership_organisations po on po.partnership_id = s.id and po.side = 'partner'
    join public.organisations o on o.id = po.organisation_id
    where dashboard_report_status.country_code is null or o.country_code = dashboard_report_status.country_code
  )
  select c.country_code,
    count(*) filter (where c.status = 'not_started'), count(*) filter (where c.status = 'draft'),
    count(*) filter (where c.status = 'submitted'), count(*) filter (where c.status = 'returned'),
    count(*) filter (where c.status = 'approved')
  from (select id, status, country_code from by_country union all select id, status, null from states) as c
  group by c.country_code
  order by c.country_code nulls last;
$$;

-- The same in the review queue.
create or replace function public.review_queue(year integer default null)
returns table (
  partnership_id uuid,
  partnership_name text,
  country_codes text[],
  year integer,
  report_id uuid,
  status text,
  submitted_at timestamptz,
  days_waiting integer
)
language sql
stable
security invoker
set search_path = ''
as $$
  with rows as (
    -- one year: every partnership running that year, with or without a report
    select p.id as partnership_id, p.name as partnership_name, review_queue.year as year, r.id as report_id, r.status, r.submitted_at
    from public.partnerships p
    left join public.reports r on r.partnership_id = p.id and r.year = review_queue.year
    where review_queue.year is not null
      and p.starts_year <= review_queue.year
      and coalesce(p.ends_year, review_queue.year) >= review_queue.year
    union all
    -- no year: the reports waiting for review, of any year
    select p.id, p.name, r.year, r.id, r.status, r.submitted_at
    from public.reports r
    join public.partnerships p on p.id = r.partnership_id
    where review_queue.year is null and r.status = 'submitted'
  )
  select
    rows.partnership_id,
    rows.partnership_name,
    array(
      select distinct o.country_code
      from public.partnership_organisations po
      join public.organisations o on o.id = po.organisation_id
      where po.partnership_id = rows.partnership_id and po.side = 'partner'
      order by o.country_code
    ),
    rows.year,
    rows.report_id,
    coalesce(rows.status::text, 'not_started'),
    rows.submitted_at,
    case when rows.status = 'submitted' then (now() at time zone 'Europe/Stockholm')::date - (rows.submitted_at at time zone 'Europe/Stockholm')::date end
  from rows
  where (select private.is_staff()) or rows.partnership_id in (select private.member_partnership_ids())
  -- Waiting reports first, longest waiting first; then the rest by name and year.
  order by case when rows.status = 'submitted' then rows.submitted_at end nulls last, rows.partnership_name, rows.year;
$$;

-- The principle filter is text, so that 'all' or nothing may be asked for.
create or replace function public.export_activities(
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

-- The export's rows and page keys keep the sexes as text, next to the totals it adds.
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

-- A report's facts list a value's sexes in the type's order (total, women, men, other).
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

-- And in IATI's records, where the Swedish side comes first, as the type orders the sides.
create or replace function private.iati_activities(
  year_from integer, year_to integer,
  country_code text default null, region text default null, partnership_id uuid default null,
  goal_id smallint default null, principle text default null
)
returns table (partnership_id uuid, activity jsonb)
language sql
stable
security invoker
set search_path = ''
as $$
  select p.id, jsonb_build_object(
    'id', p.id,
    'name', p.name,
    'description', p.description,
    'status', p.status,
    'starts_year', p.starts_year,
    'ends_year', p.ends_year,
    'updated_at', p.updated_at,
    'focus_goal_ids', to_jsonb(p.focus_goal_ids),
    'organisations', (
      select coalesce(jsonb_agg(jsonb_build_object('name', o.name, 'side', po.side, 'kind', o.kind, 'country_code', o.country_code, 'iati_ref', o.iati_ref) order by po.side, o.name), '[]')
      from public.partnership_organisations po
      join public.organisations o on o.id = po.organisation_id
      where po.partnership_id = p.id
    ),
    'target_ids', (
      select coalesce(jsonb_agg(t.id order by t.goal_id, t.sort_order), '[]')
      from public.sdg_targets t
      where exists (
          select 1 from public.target_facts f
          where f.partnership_id = p.id and f.target_id = t.id and f.principle = 'all'
            and f.year between iati_activities.year_from and iati_activities.year_to
        )
        or exists (
          select 1 from public.result_facts f
          where f.partnership_id = p.id and f.target_id = t.id
            and f.years && array(select generate_series(iati_activities.year_from, iati_activities.year_to)::smallint)
        )
    ),
    'results', (
      select coalesce(jsonb_agg(jsonb_build_object(
        'id', r.id, 'title', r.title, 'description', r.description, 'level', r.level,
        'indicators', (
          select coalesce(jsonb_agg(jsonb_build_object(
            'id', i.id, 'title', i.title, 'sdg_indicator_id', i.sdg_indicator_id, 'measure', i.measure, 'unit', i.unit,
            'higher_is_better', i.higher_is_better, 'baseline_year', i.baseline_year, 'baseline_value', i.baseline_value,
            'values', (
              select coalesce(jsonb_agg(jsonb_build_object('year', v.year, 'sex', v.sex, 'target', v.target_value, 'actual', v.actual_value, 'comment', v.comment)
                order by v.year, v.sex), '[]')
              from public.indicator_values v
              where v.indicator_id = i.id and v.year between iati_activities.year_from and iati_activities.year_to
            )
          ) order by i.created_at, i.id), '[]')
          from public.indicators i
          where i.result_id = r.id
        )
      ) order by r.created_at, r.id), '[]')
      from public.results r
      where r.partnership_id = p.id
        and exists (select 1 from public.indicators i where i.result_id = r.id)
    )
  )
  from public.partnerships p
  where p.id in (select private.dashboard_scope(iati_activities.country_code, iati_activities.region, iati_activities.partnership_id))
    and p.starts_year <= iati_activities.year_to
    and coalesce(p.ends_year, iati_activities.year_to) >= iati_activities.year_from
  order by p.name, p.id;
$$;

-- The target's activities are filtered by principle as text and return their contribution as text.
create or replace function private.dashboard_target_activities(
  target_id text, year_from integer, year_to integer, scope uuid[], principle text, after_key text, before_key text, row_limit integer
)
returns table (activity_id uuid, partnership_id uuid, partnership_name text, title text, starts_on date, year smallint, contribution text, row_key text)
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  _key text := coalesce(after_key, before_key);
  _key_date date := split_part(_key, '_', 1)::date;
  _key_id uuid := nullif(split_part(_key, '_', 2), '')::uuid;
  -- Before a key the index is read forwards from it, and the page turned round afterwards.
  _after boolean := before_key is null;
begin
  if after_key is not null and before_key is not null then
    raise exception 'after_key and before_key exclude each other' using errcode = '22023';
  end if;
  -- Planned at every call for its arguments, like the charts (EXECUTE is never cached).
  return query execute format($sql$
    select p.activity_id, p.partnership_id, pa.name, p.title, p.starts_on, p.year, p.contribution::text, p.starts_on::text || '_' || p.activity_id
    from (
      select a.id as activity_id, a.partnership_id, a.title, a.starts_on, a.year, l.contribution
      from public.activities a
      join public.activity_targets l on l.activity_id = a.id
      where l.target_id = $1
        and ($2 is null or l.partnership_id = any ($2))
        and a.year between $3 and $4
        and ($5 is null or $5 = any (a.principles::text[]))
        and ($6 is null or (a.year, a.starts_on, a.id) %1$s (extract(year from $6)::smallint, $6, $7))
      order by a.year %2$s, a.starts_on %2$s, a.id %2$s
      limit $8
    ) as p
    join public.partnerships pa on pa.id = p.partnership_id
    order by p.year desc, p.starts_on desc, p.activity_id desc$sql$,
    case when _after then '<' else '>' end, case when _after then 'desc' else 'asc' end)
  using dashboard_target_activities.target_id, dashboard_target_activities.scope, dashboard_target_activities.year_from,
    dashboard_target_activities.year_to, dashboard_target_activities.principle, _key_date, _key_id, dashboard_target_activities.row_limit;
end;
$$;

-- A person's staff role comes back as its type: the function is made again with that result.
drop function public.programme_people();
create function public.programme_people()
returns table (
  user_id uuid, full_name text, email text, staff_role public.staff_role, memberships jsonb, invited_at timestamptz, confirmed boolean, last_sign_in_at timestamptz
)
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if not (select private.is_admin()) then
    raise exception using errcode = '42501', message = 'not_allowed', detail = 'Only admins list the programme''s people.';
  end if;
  return query
  select p.id, p.full_name, u.email::text, s.role,
    coalesce((
      select jsonb_agg(jsonb_build_object('partnership_id', m.partnership_id, 'partnership_name', pa.name, 'role', m.role) order by pa.name)
      from public.memberships m join public.partnerships pa on pa.id = m.partnership_id
      where m.user_id = p.id
    ), '[]'::jsonb),
    u.invited_at, u.email_confirmed_at is not null, u.last_sign_in_at
  from public.profiles p
  join auth.users u on u.id = p.id
  left join public.staff s on s.user_id = p.id
  order by lower(p.full_name), u.email;
end;
$$;
comment on function public.programme_people() is 'Everyone with an account, with address, staff role, partnerships and last sign-in; for admins.';
revoke execute on function public.programme_people() from public, anon;
grant execute on function public.programme_people() to authenticated;

-- A link's contribution is read from the list as its type.
create or replace function private.replace_target_links(link_table text, owner_column text, owner_id uuid, partnership_id uuid, targets jsonb)
returns void
language plpgsql
security invoker
set search_path = ''
as $$
begin
  if jsonb_typeof(targets) is distinct from 'array' then
    raise exception using errcode = '22023', message = 'targets_not_a_list', detail = 'targets must be a list of {target_id, contribution}.';
  end if;
  execute format(
    'delete from public.%1$I l where l.%2$I = $1 and l.target_id not in (select entry ->> ''target_id'' from jsonb_array_elements($2) entry)',
    link_table, owner_column
  ) using owner_id, targets;
  execute format(
    'insert into public.%1$I (%2$I, partnership_id, target_id, contribution)
       select $1, $3, entry ->> ''target_id'', (entry ->> ''contribution'')::public.contribution from jsonb_array_elements($2) entry
     on conflict (%2$I, target_id) do update set contribution = excluded.contribution
       where %1$I.contribution is distinct from excluded.contribution',
    link_table, owner_column
  ) using owner_id, targets, partnership_id;
end;
$$;
