-- One report, written by both municipalities. Each member belongs to one side of their
-- partnership (the Swedish municipality's or the partner municipality's). Each narrative section
-- has an owner side and a state per side (drafting, or ready from that side); the coordinator of
-- the Swedish side submits once every section is ready from its owner side.
--
-- Sections may be written in more than one language. The report's own columns hold the English
-- text, the programme's reporting language, which every submitted section must have; texts in
-- Swedish or the partner's language sit beside it in report_section_texts, one per language tag.
-- A section whose English was last edited before one of its other texts needs translation, and
-- stops submission until the English is edited. Any change to a section's text puts it back to
-- drafting on both sides: readiness refers to the text as it was read.
--
-- Presence ("Grace is editing Challenges") is a row per person and report, renewed while they
-- type and read by polling; see public.report_presence_now.

-- Sides of members ---------------------------------------------------------------------------------
alter table public.memberships
  add column side public.partnership_side not null default 'swedish';
comment on column public.memberships.side is 'Which municipality the member works for in the partnership: the Swedish one or the partner.';

-- Members who joined before sides were known count as Swedish-side until a coordinator moves them.

create function private.my_side(target_partnership_id uuid)
returns public.partnership_side
language sql
stable
security definer
set search_path = ''
as $$
  select side from public.memberships
  where partnership_id = target_partnership_id and user_id = (select auth.uid());
$$;
revoke execute on function private.my_side(uuid) from public, anon;
grant execute on function private.my_side(uuid) to authenticated, service_role;

create function public.set_member_side(partnership_id uuid, user_id uuid, side public.partnership_side)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  if not (private.is_coordinator(set_member_side.partnership_id) or private.is_admin()) then
    raise exception using errcode = 'PT403', message = 'not_coordinator', detail = 'Only a coordinator of the partnership, or an admin, says which side a member works for.';
  end if;
  update public.memberships m set side = set_member_side.side
  where m.partnership_id = set_member_side.partnership_id and m.user_id = set_member_side.user_id;
  if not found then
    raise exception using errcode = 'PT404', message = 'member_not_found', detail = 'That person is not a member of the partnership.';
  end if;
end;
$$;
comment on function public.set_member_side(uuid, uuid, public.partnership_side) is 'A coordinator (or an admin) says which municipality a member works for.';
revoke execute on function public.set_member_side(uuid, uuid, public.partnership_side) from public, anon;
grant execute on function public.set_member_side(uuid, uuid, public.partnership_side) to authenticated, service_role;

drop function public.partnership_members(uuid);
create function public.partnership_members(partnership_id uuid)
returns table (user_id uuid, full_name text, email text, role text, side text, confirmed boolean, joined_at timestamptz)
language sql
stable
security definer
set search_path = ''
as $$
  select m.user_id, p.full_name, u.email::text, m.role, m.side, u.email_confirmed_at is not null, m.created_at
  from public.memberships m
  join public.profiles p on p.id = m.user_id
  join auth.users u on u.id = m.user_id
  where m.partnership_id = partnership_members.partnership_id
    and ((select private.is_staff()) or (select private.is_member(partnership_members.partnership_id)))
  order by m.role, lower(p.full_name), u.email;
$$;
comment on function public.partnership_members(uuid) is 'The members of a partnership with their addresses, roles and sides; for its members and for staff.';
revoke execute on function public.partnership_members(uuid) from public, anon;
grant execute on function public.partnership_members(uuid) to authenticated;

-- Sections: owner and readiness ----------------------------------------------------------------------
create sequence private.section_edits;

create table public.report_sections (
  report_id uuid not null,
  partnership_id uuid not null,
  section public.report_section not null,
  owner_side public.partnership_side not null,
  swedish_ready_at timestamptz,
  swedish_ready_by uuid references public.profiles (id) on delete set null,
  partner_ready_at timestamptz,
  partner_ready_by uuid references public.profiles (id) on delete set null,
  -- when, in the order of all section edits, the English text last changed, and by whom
  english_edit bigint not null default 0,
  english_edited_by uuid references public.profiles (id) on delete set null,
  primary key (report_id, section),
  foreign key (report_id, partnership_id) references public.reports (id, partnership_id) on delete cascade
);
comment on table public.report_sections is 'Per report section: which side writes it, whether each side has marked it ready, and when its English last changed.';
create index report_sections_partnership_id_idx on public.report_sections (partnership_id);
revoke insert, update, delete on public.report_sections from anon, authenticated;

-- Which side writes a section when a report starts: the partner municipality tells what changed
-- there (the programme looks mainly at results in the partner municipality), the Swedish side,
-- responsible for the report, the rest. Where no one of the partner side works in the app yet,
-- the Swedish side writes it all. A coordinator can hand any section over.
create function private.default_section_owner(section public.report_section, target_partnership_id uuid)
returns public.partnership_side
language sql
stable
security definer
set search_path = ''
as $$
  select case
    when section in ('contribution', 'localisation_progress', 'challenges')
      and exists (select 1 from public.memberships where partnership_id = target_partnership_id and side = 'partner')
    then 'partner'
    else 'swedish'
  end::public.partnership_side;
$$;
revoke execute on function private.default_section_owner(public.report_section, uuid) from public, anon, authenticated;

create function private.add_report_sections()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.report_sections (report_id, partnership_id, section, owner_side)
  select new.id, new.partnership_id, s, private.default_section_owner(s, new.partnership_id)
  from unnest(enum_range(null::public.report_section)) s;
  return null;
end;
$$;

create trigger reports_add_sections after insert on public.reports
  for each row execute function private.add_report_sections();

insert into public.report_sections (report_id, partnership_id, section, owner_side, swedish_ready_at, partner_ready_at)
select r.id, r.partnership_id, s, private.default_section_owner(s, r.partnership_id),
  -- reports already submitted were ready from both sides when they went in
  case when r.status <> 'draft' then coalesce(r.submitted_at, r.updated_at) end,
  case when r.status <> 'draft' then coalesce(r.submitted_at, r.updated_at) end
from public.reports r
cross join unnest(enum_range(null::public.report_section)) s;

-- A change to a section's text: both sides read it afresh; an English change is the newest English.
create function private.section_changed(target_report_id uuid, target_section public.report_section, is_english boolean)
returns bigint
language plpgsql
security definer
set search_path = ''
as $$
declare
  _edit bigint := nextval('private.section_edits');
begin
  update public.report_sections
    set swedish_ready_at = null, swedish_ready_by = null, partner_ready_at = null, partner_ready_by = null,
        english_edit = case when is_english then _edit else english_edit end,
        english_edited_by = case when is_english then (select auth.uid()) else english_edited_by end
  where report_id = target_report_id and section = target_section;
  return _edit;
end;
$$;
-- members' edits of other-language texts reach it through their trigger
revoke execute on function private.section_changed(uuid, public.report_section, boolean) from public, anon;
grant execute on function private.section_changed(uuid, public.report_section, boolean) to authenticated, service_role;

create function private.note_english_changes()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  _section public.report_section;
begin
  foreach _section in array enum_range(null::public.report_section) loop
    if (to_jsonb(new) ->> _section::text) is distinct from (to_jsonb(old) ->> _section::text) then
      perform private.section_changed(new.id, _section, true);
    end if;
  end loop;
  return null;
end;
$$;

create trigger reports_note_english_changes after update of summary, contribution, localisation_progress, challenges, lessons_learned, next_year_plan on public.reports
  for each row execute function private.note_english_changes();

-- Texts in other languages ----------------------------------------------------------------------------
create table public.report_section_texts (
  id uuid primary key default gen_random_uuid(),
  report_id uuid not null,
  partnership_id uuid not null,
  section public.report_section not null,
  -- a BCP 47 language tag (sv, sw, tn, af, id …); English is the report's own text
  language text not null constraint report_section_texts_language_format check (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' and language not like 'en%'),
  body text not null default '' constraint report_section_texts_body_length check (char_length(body) <= 20000),
  edit bigint not null default 0,
  updated_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  constraint report_section_texts_one_per_language unique (report_id, section, language),
  foreign key (report_id, partnership_id) references public.reports (id, partnership_id) on delete cascade
);
comment on table public.report_section_texts is 'A report section written in another language than English (Swedish, the partner''s language), tagged with its language.';
create index report_section_texts_partnership_id_idx on public.report_section_texts (partnership_id);
create index report_section_texts_updated_by_idx on public.report_section_texts (updated_by);

revoke insert, update on public.report_section_texts from anon, authenticated;
grant insert (report_id, partnership_id, section, language, body) on public.report_section_texts to authenticated;
grant update (body, version) on public.report_section_texts to authenticated;

create trigger report_section_texts_bump_version before update on public.report_section_texts
  for each row execute function private.bump_version();

create function private.stamp_section_text()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  _report public.reports;
begin
  select * into _report from public.reports where id = coalesce(new.report_id, old.report_id);
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

create trigger report_section_texts_stamp before insert or update or delete on public.report_section_texts
  for each row execute function private.stamp_section_text();
create trigger report_section_texts_history after insert or update or delete on public.report_section_texts
  for each row execute function private.record_history();

alter table public.report_section_texts enable row level security;

create policy "section texts are read by the partnership's members and by staff"
  on public.report_section_texts for select to authenticated
  using ((select private.is_staff()) or partnership_id in (select private.member_partnership_ids()));

create policy "members write their report in other languages"
  on public.report_section_texts for insert to authenticated
  with check (partnership_id in (select private.member_partnership_ids()));

create policy "members edit their report's other languages"
  on public.report_section_texts for update to authenticated
  using (partnership_id in (select private.member_partnership_ids()))
  with check (partnership_id in (select private.member_partnership_ids()));

create policy "members remove a language from their report"
  on public.report_section_texts for delete to authenticated
  using (partnership_id in (select private.member_partnership_ids()));

alter table public.report_sections enable row level security;

create policy "section states are read by the partnership's members and by staff"
  on public.report_sections for select to authenticated
  using ((select private.is_staff()) or partnership_id in (select private.member_partnership_ids()));

-- Readiness and ownership ------------------------------------------------------------------------------
create function private.open_report_for_member(target_report_id uuid)
returns public.reports
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  _report public.reports;
begin
  select * into _report from public.reports where id = target_report_id;
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
revoke execute on function private.open_report_for_member(uuid) from public, anon, authenticated;

create function public.set_section_owner(report_id uuid, section public.report_section, owner_side public.partnership_side)
returns public.report_sections
language plpgsql
security definer
set search_path = ''
as $$
declare
  _report public.reports := private.open_report_for_member(set_section_owner.report_id);
  _row public.report_sections;
begin
  if not private.is_coordinator(_report.partnership_id) then
    raise exception using errcode = 'PT403', message = 'not_coordinator', detail = 'Only a coordinator of the partnership decides which side writes a section.';
  end if;
  update public.report_sections s set owner_side = set_section_owner.owner_side
  where s.report_id = _report.id and s.section = set_section_owner.section
  returning * into _row;
  return _row;
end;
$$;
comment on function public.set_section_owner(uuid, public.report_section, public.partnership_side) is 'A coordinator hands a section of a draft or returned report to one side.';

create function public.mark_section_ready(report_id uuid, section public.report_section, ready boolean)
returns public.report_sections
language plpgsql
security definer
set search_path = ''
as $$
declare
  _report public.reports := private.open_report_for_member(mark_section_ready.report_id);
  _side public.partnership_side := private.my_side(_report.partnership_id);
  _at timestamptz := case when mark_section_ready.ready then now() end;
  _by uuid := case when mark_section_ready.ready then (select auth.uid()) end;
  _row public.report_sections;
begin
  update public.report_sections s
    set swedish_ready_at = case when _side = 'swedish' then _at else s.swedish_ready_at end,
        swedish_ready_by = case when _side = 'swedish' then _by else s.swedish_ready_by end,
        partner_ready_at = case when _side = 'partner' then _at else s.partner_ready_at end,
        partner_ready_by = case when _side = 'partner' then _by else s.partner_ready_by end
  where s.report_id = _report.id and s.section = mark_section_ready.section
  returning * into _row;
  return _row;
end;
$$;
comment on function public.mark_section_ready(uuid, public.report_section, boolean) is 'A member marks a section ready from their side (or takes it back to drafting).';

revoke execute on function public.set_section_owner(uuid, public.report_section, public.partnership_side), public.mark_section_ready(uuid, public.report_section, boolean) from public, anon;
grant execute on function public.set_section_owner(uuid, public.report_section, public.partnership_side), public.mark_section_ready(uuid, public.report_section, boolean) to authenticated, service_role;

create function private.translation_needed(state public.report_sections)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.report_section_texts t
    where t.report_id = state.report_id and t.section = state.section and trim(t.body) <> '' and t.edit > state.english_edit
  );
$$;
revoke execute on function private.translation_needed(public.report_sections) from public, anon;
grant execute on function private.translation_needed(public.report_sections) to authenticated, service_role;

-- What the editor and the reviewers show per section: owner organisation, readiness with names,
-- languages, and whether the English needs translating.
create function public.report_section_status(report_id uuid)
returns table (
  section public.report_section,
  owner_side public.partnership_side,
  owner_name text,
  swedish_ready_at timestamptz,
  swedish_ready_by_name text,
  partner_ready_at timestamptz,
  partner_ready_by_name text,
  english_edited_by_name text,
  languages text[],
  translation_needed boolean
)
language sql
stable
security invoker
set search_path = ''
as $$
  select s.section, s.owner_side,
    (select string_agg(o.name, ', ' order by o.name)
     from public.partnership_organisations po join public.organisations o on o.id = po.organisation_id
     where po.partnership_id = s.partnership_id and po.side = s.owner_side),
    s.swedish_ready_at, sr.full_name, s.partner_ready_at, pr.full_name, ee.full_name,
    coalesce((select array_agg(t.language order by t.language) from public.report_section_texts t
              where t.report_id = s.report_id and t.section = s.section and trim(t.body) <> ''), '{}'),
    private.translation_needed(s)
  from public.report_sections s
  left join public.profiles sr on sr.id = s.swedish_ready_by
  left join public.profiles pr on pr.id = s.partner_ready_by
  left join public.profiles ee on ee.id = s.english_edited_by
  where s.report_id = report_section_status.report_id
  order by array_position(enum_range(null::public.report_section), s.section);
$$;

comment on function public.report_section_status(uuid) is 'Per section of a report: who writes it, who marked it ready on each side, its other languages, and whether its English lags behind them.';
revoke execute on function public.report_section_status(uuid) from public, anon;
grant execute on function public.report_section_status(uuid) to authenticated, service_role;

-- Completeness and submission --------------------------------------------------------------------------
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
  _state public.report_sections;
  _english text;
begin
  select * into _report from public.reports where id = report_completeness.report_id;
  if not found then
    raise exception using errcode = 'PT404', message = 'report_not_found', detail = 'No such report, or it is not yours to see.';
  end if;
  for _state in
    select * from public.report_sections s where s.report_id = _report.id
    order by array_position(enum_range(null::public.report_section), s.section)
  loop
    _english := trim(to_jsonb(_report) ->> _state.section::text);
    if _english = '' and exists (select 1 from public.report_section_texts t where t.report_id = _report.id and t.section = _state.section and trim(t.body) <> '') then
      _problems := _problems || jsonb_build_object('kind', 'english_missing', 'section', _state.section);
    elsif _english = '' then
      _problems := _problems || jsonb_build_object('kind', 'section_empty', 'section', _state.section);
    elsif private.translation_needed(_state) then
      _problems := _problems || jsonb_build_object('kind', 'translation_needed', 'section', _state.section);
    end if;
    if (case _state.owner_side when 'swedish' then _state.swedish_ready_at else _state.partner_ready_at end) is null then
      _problems := _problems || jsonb_build_object('kind', 'section_not_ready', 'section', _state.section, 'side', _state.owner_side);
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
comment on function public.report_completeness(uuid) is 'What still stops a report from being submitted: sections without English or with English behind their other language, sections not ready from their owner side, activities without a target, indicators without a value or a comment for the year.';

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

-- Presence -------------------------------------------------------------------------------------------
create table public.report_presence (
  report_id uuid not null,
  partnership_id uuid not null,
  user_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  section public.report_section not null,
  seen_at timestamptz not null default now(),
  primary key (report_id, user_id),
  foreign key (report_id, partnership_id) references public.reports (id, partnership_id) on delete cascade
);
comment on table public.report_presence is 'Who is writing which section of a report right now: renewed while they type, gone when they leave.';
create index report_presence_partnership_id_idx on public.report_presence (partnership_id);
create index report_presence_user_id_idx on public.report_presence (user_id);
revoke insert, update, delete on public.report_presence from anon, authenticated;
grant delete on public.report_presence to authenticated;

alter table public.report_presence enable row level security;

create policy "presence is seen by the partnership's members"
  on public.report_presence for select to authenticated
  using (partnership_id in (select private.member_partnership_ids()));

create policy "people leave a section themselves"
  on public.report_presence for delete to authenticated
  using (user_id = (select auth.uid()));

create function public.touch_report_presence(report_id uuid, section public.report_section)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  _report public.reports := private.open_report_for_member(touch_report_presence.report_id);
begin
  insert into public.report_presence (report_id, partnership_id, user_id, section, seen_at)
  values (_report.id, _report.partnership_id, (select auth.uid()), touch_report_presence.section, now())
  on conflict on constraint report_presence_pkey do update set section = excluded.section, seen_at = excluded.seen_at;
end;
$$;
comment on function public.touch_report_presence(uuid, public.report_section) is 'The caller is writing this section of the report now.';

-- Someone counts as present for 45 seconds after their last sign of life (the editor renews every 20).
create function public.report_presence_now(report_id uuid)
returns table (section public.report_section, user_id uuid, full_name text, side public.partnership_side, seen_at timestamptz)
language sql
stable
security invoker
set search_path = ''
as $$
  select p.section, p.user_id, pr.full_name, m.side, p.seen_at
  from public.report_presence p
  join public.profiles pr on pr.id = p.user_id
  left join public.memberships m on m.partnership_id = p.partnership_id and m.user_id = p.user_id
  where p.report_id = report_presence_now.report_id
    and p.user_id <> (select auth.uid())
    and p.seen_at > now() - interval '45 seconds'
  order by p.section, pr.full_name;
$$;
comment on function public.report_presence_now(uuid) is 'Who else is writing which section of the report now.';

revoke execute on function public.touch_report_presence(uuid, public.report_section), public.report_presence_now(uuid) from public, anon;
grant execute on function public.touch_report_presence(uuid, public.report_section), public.report_presence_now(uuid) to authenticated, service_role;
