-- A year starts from the last one. Starting a report with carry-forward proposes, from the
-- partnership's newest report of an earlier year, what may go on into the new year: its ongoing
-- activities, the partnership's indicators with their targets, and the reviewers' open follow-up
-- points. Nothing is copied silently: each proposal waits for a member's decision, and a report
-- with an undecided proposal cannot be submitted.
--
-- - An activity is ongoing when it belongs to the earlier report's year and either runs into the
--   new year (ends on or after its first day) or has not reached the last localisation stage
--   (implement and follow up). Continued, it becomes an activity of the new year; closed, it stays
--   as it was and the decision records that it ended.
-- - An indicator kept has the earlier year's targets as the new year's (editable like any value);
--   dropped, it is not measured that year and the completeness check asks no value of it.
-- - A follow-up point is a reviewer's comment on the earlier report, not a reply, neither resolved
--   nor answered (as public.open_obligations counts them). Kept, the new report shows it as a
--   point to address, linked to the comment.
-- Decisions are final: deciding again the same way changes nothing, deciding otherwise is refused.

create type public.carried_item_kind as enum ('activity', 'indicator', 'follow_up');
create type public.carry_decision as enum ('continued', 'closed', 'kept', 'dropped');

-- Proposals -------------------------------------------------------------------------------------------
create table public.report_carried_items (
  id uuid primary key default gen_random_uuid(),
  report_id uuid not null,
  partnership_id uuid not null,
  -- the earlier report it is carried forward from
  source_report_id uuid not null,
  kind public.carried_item_kind not null,
  -- what is carried: exactly the one column of its kind
  activity_id uuid,
  indicator_id uuid,
  comment_id uuid references public.report_comments (id) on delete cascade,
  decision public.carry_decision,
  decided_at timestamptz,
  decided_by uuid references public.profiles (id) on delete set null,
  -- the activity of the new year that a continued activity became
  continued_as_id uuid,
  created_at timestamptz not null default now(),
  constraint report_carried_items_source_of_kind check (
    (kind = 'activity') = (activity_id is not null)
    and (kind = 'indicator') = (indicator_id is not null)
    and (kind = 'follow_up') = (comment_id is not null)
  ),
  constraint report_carried_items_decision_of_kind check (
    decision is null
    or (kind = 'activity' and decision in ('continued', 'closed'))
    or (kind <> 'activity' and decision in ('kept', 'dropped'))
  ),
  constraint report_carried_items_decided_together check ((decision is null) = (decided_at is null)),
  constraint report_carried_items_one_per_source unique nulls not distinct (report_id, activity_id, indicator_id, comment_id),
  foreign key (report_id, partnership_id) references public.reports (id, partnership_id) on delete cascade,
  foreign key (source_report_id, partnership_id) references public.reports (id, partnership_id) on delete cascade,
  foreign key (activity_id, partnership_id) references public.activities (id, partnership_id) on delete cascade,
  foreign key (indicator_id, partnership_id) references public.indicators (id, partnership_id) on delete cascade,
  foreign key (continued_as_id, partnership_id) references public.activities (id, partnership_id) on delete set null (continued_as_id)
);
comment on table public.report_carried_items is 'What a report started with carry-forward proposes to take over from the earlier report: ongoing activities, indicators, reviewers'' follow-up points; each with the member''s decision.';
create index report_carried_items_report_id_idx on public.report_carried_items (report_id, partnership_id);
create index report_carried_items_source_report_id_idx on public.report_carried_items (source_report_id, partnership_id);
create index report_carried_items_partnership_id_idx on public.report_carried_items (partnership_id);
create index report_carried_items_activity_id_idx on public.report_carried_items (activity_id, partnership_id);
create index report_carried_items_indicator_id_idx on public.report_carried_items (indicator_id, partnership_id);
create index report_carried_items_comment_id_idx on public.report_carried_items (comment_id);
create index report_carried_items_continued_as_id_idx on public.report_carried_items (continued_as_id, partnership_id);
create index report_carried_items_decided_by_idx on public.report_carried_items (decided_by);
-- Proposals are made by start_report and decided by decide_carried_item, which check who asks.
revoke insert, update, delete on public.report_carried_items from anon, authenticated;

create trigger report_carried_items_history after insert or update or delete on public.report_carried_items
  for each row execute function private.record_history();

alter table public.report_carried_items enable row level security;

create policy "carried items are read by the partnership's members and by staff"
  on public.report_carried_items for select to authenticated
  using ((select private.is_staff()) or partnership_id in (select private.member_partnership_ids()));

-- Evidence of a continued activity ------------------------------------------------------------------------
-- A file proves one thing (evidence_links_one_thing) and belongs to the year it was uploaded in.
-- The activity an earlier one continues as shows the earlier one's files through these links:
-- the same file, not a copy.
create table public.activity_evidence_links (
  activity_id uuid not null,
  partnership_id uuid not null,
  evidence_id uuid not null references public.evidence (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (activity_id, evidence_id),
  foreign key (activity_id, partnership_id) references public.activities (id, partnership_id) on delete cascade
);
comment on table public.activity_evidence_links is 'Evidence an activity shows from the earlier activity it continues: the file stays with the activity it was uploaded for.';
create index activity_evidence_links_partnership_id_idx on public.activity_evidence_links (partnership_id);
create index activity_evidence_links_evidence_id_idx on public.activity_evidence_links (evidence_id);
revoke insert, update, delete on public.activity_evidence_links from anon, authenticated;

create trigger activity_evidence_links_history after insert or update or delete on public.activity_evidence_links
  for each row execute function private.record_history();

alter table public.activity_evidence_links enable row level security;

create policy "evidence links are read by the partnership's members and by staff"
  on public.activity_evidence_links for select to authenticated
  using ((select private.is_staff()) or partnership_id in (select private.member_partnership_ids()));

-- What is carried ------------------------------------------------------------------------------------------
create function private.is_open_follow_up(comment public.report_comments)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select (comment).reply_to_id is null
    and (comment).resolved_at is null
    and private.is_staff_user((comment).author_id)
    and not exists (select 1 from public.report_comments a where a.reply_to_id = (comment).id);
$$;
comment on function private.is_open_follow_up(public.report_comments) is 'Whether a comment is a reviewer''s point the partnership has neither answered nor seen resolved.';
revoke execute on function private.is_open_follow_up(public.report_comments) from public, anon, authenticated;

create function private.propose_carried_items(target_report public.reports, source_report public.reports)
returns void
language sql
security definer
set search_path = ''
as $$
  insert into public.report_carried_items (report_id, partnership_id, source_report_id, kind, activity_id)
  select target_report.id, target_report.partnership_id, source_report.id, 'activity', a.id
  from public.activities a
  where a.partnership_id = source_report.partnership_id and a.year = source_report.year
    and (a.ends_on >= make_date(target_report.year, 1, 1) or a.localisation_stage is distinct from 'implement_follow_up')
  order by a.starts_on, a.title;

  insert into public.report_carried_items (report_id, partnership_id, source_report_id, kind, indicator_id)
  select target_report.id, target_report.partnership_id, source_report.id, 'indicator', i.id
  from public.indicators i
  where i.partnership_id = target_report.partnership_id
  order by i.title;

  insert into public.report_carried_items (report_id, partnership_id, source_report_id, kind, comment_id)
  select target_report.id, target_report.partnership_id, source_report.id, 'follow_up', c.id
  from public.report_comments c
  where c.report_id = source_report.id and private.is_open_follow_up(c)
  order by c.created_at;
$$;
revoke execute on function private.propose_carried_items(public.reports, public.reports) from public, anon, authenticated;

-- Starting a report -----------------------------------------------------------------------------------------
create function public.start_report(partnership_id uuid, year integer, carry_forward boolean)
returns public.reports
language plpgsql
security definer
set search_path = ''
as $$
declare
  _report public.reports;
  _source public.reports;
begin
  if not private.is_member(start_report.partnership_id) then
    raise exception using errcode = 'PT403', message = 'not_member', detail = 'Only members of the partnership start its reports.';
  end if;
  if carry_forward then
    select * into _source from public.reports r
    where r.partnership_id = start_report.partnership_id and r.year < start_report.year
    order by r.year desc limit 1;
    if not found then
      raise exception using errcode = 'PT404', message = 'nothing_to_carry_forward', detail = 'The partnership has no report of an earlier year to carry forward from.';
    end if;
  end if;
  insert into public.reports (partnership_id, year) values (start_report.partnership_id, start_report.year) returning * into _report;
  if carry_forward then
    perform private.propose_carried_items(_report, _source);
  end if;
  return _report;
end;
$$;
comment on function public.start_report(uuid, integer, boolean) is 'A member starts the partnership''s report of a year, empty or with proposals carried forward from its newest earlier report.';

-- The carried items of a report with what they point at, for the report page and the checklist.
create function public.carried_items(report_id uuid)
returns table (
  id uuid,
  kind public.carried_item_kind,
  title text,
  source_year smallint,
  activity_id uuid,
  result_id uuid,
  indicator_id uuid,
  comment_id uuid,
  decision public.carry_decision,
  decided_at timestamptz,
  decided_by_name text,
  continued_as_id uuid
)
language sql
stable
security invoker
set search_path = ''
as $$
  select c.id, c.kind,
    coalesce(a.title, i.title, left(m.body, 160)),
    s.year,
    c.activity_id, i.result_id, c.indicator_id, c.comment_id,
    c.decision, c.decided_at, p.full_name, c.continued_as_id
  from public.report_carried_items c
  join public.reports s on s.id = c.source_report_id
  left join public.activities a on a.id = c.activity_id
  left join public.indicators i on i.id = c.indicator_id
  left join public.report_comments m on m.id = c.comment_id
  left join public.profiles p on p.id = c.decided_by
  where c.report_id = carried_items.report_id
  order by array_position(enum_range(null::public.carried_item_kind), c.kind), a.starts_on, 3;
$$;
comment on function public.carried_items(uuid) is 'What a report carries forward from the earlier one: each item''s kind, title, source and decision.';

-- Deciding --------------------------------------------------------------------------------------------------
-- A continued activity: the same title, description, kind, place, target groups, principles,
-- stage and SDG targets, in the new year from its first day, to the earlier end date where that
-- lies in the new year or later, else to the year's last day. Participants start at zero: they
-- are counted for the year they took part in. Its evidence is linked, not copied.
create function private.continue_activity(item public.report_carried_items, target_report public.reports)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  _old public.activities;
  _new_id uuid;
  _first_day date := make_date(target_report.year, 1, 1);
begin
  select * into _old from public.activities where id = (item).activity_id;
  insert into public.activities (
    partnership_id, title, description, kind, starts_on, ends_on, place, target_groups, principles, localisation_stage, created_by
  )
  values (
    _old.partnership_id, _old.title, _old.description, _old.kind, _first_day,
    case when _old.ends_on >= _first_day then _old.ends_on else make_date(target_report.year, 12, 31) end,
    _old.place, _old.target_groups, _old.principles, _old.localisation_stage, (select auth.uid())
  )
  returning id into _new_id;
  insert into public.activity_targets (activity_id, partnership_id, target_id, contribution)
  select _new_id, t.partnership_id, t.target_id, t.contribution from public.activity_targets t where t.activity_id = _old.id;
  insert into public.activity_evidence_links (activity_id, partnership_id, evidence_id)
  select _new_id, _old.partnership_id, e.evidence_id
  from (
    select id as evidence_id from public.evidence where activity_id = _old.id
    union
    select evidence_id from public.activity_evidence_links where activity_id = _old.id
  ) e;
  return _new_id;
end;
$$;
revoke execute on function private.continue_activity(public.report_carried_items, public.reports) from public, anon, authenticated;

-- A kept indicator: the targets of the year it is carried from become the new year's, where the
-- new year has no value of that sex yet.
create function private.keep_indicator_targets(item public.report_carried_items, target_report public.reports)
returns void
language sql
security definer
set search_path = ''
as $$
  insert into public.indicator_values (indicator_id, partnership_id, year, sex, target_value)
  select v.indicator_id, v.partnership_id, target_report.year, v.sex, v.target_value
  from public.indicator_values v
  where v.indicator_id = (item).indicator_id and v.target_value is not null
    and v.year = (select r.year from public.reports r where r.id = (item).source_report_id)
  on conflict on constraint indicator_values_one_per_year_and_sex do nothing;
$$;
revoke execute on function private.keep_indicator_targets(public.report_carried_items, public.reports) from public, anon, authenticated;

create function public.decide_carried_item(item_id uuid, decision public.carry_decision)
returns public.report_carried_items
language plpgsql
security definer
set search_path = ''
as $$
declare
  _item public.report_carried_items;
  _report public.reports;
  _continued_as uuid;
begin
  select * into _item from public.report_carried_items where id = decide_carried_item.item_id for update;
  if not found or not private.is_member(_item.partnership_id) then
    raise exception using errcode = 'PT404', message = 'carried_item_not_found', detail = 'No such carried item, or it is not yours to decide.';
  end if;
  _report := private.open_report_for_member(_item.report_id);
  if _item.decision = decide_carried_item.decision then
    return _item;
  end if;
  if _item.decision is not null then
    raise exception using
      errcode = 'PT409',
      message = 'carried_item_decided',
      detail = format('This item was decided already (%s); decisions are final.', _item.decision);
  end if;
  if (_item.kind = 'activity') <> (decide_carried_item.decision in ('continued', 'closed')) then
    raise exception using
      errcode = '22023',
      message = 'decision_not_for_kind',
      detail = 'An activity is continued or closed; an indicator or a follow-up point is kept or dropped.';
  end if;
  if decide_carried_item.decision = 'continued' then
    _continued_as := private.continue_activity(_item, _report);
  elsif decide_carried_item.decision = 'kept' and _item.kind = 'indicator' then
    perform private.keep_indicator_targets(_item, _report);
  end if;
  update public.report_carried_items c
    set decision = decide_carried_item.decision, decided_at = now(), decided_by = (select auth.uid()), continued_as_id = _continued_as
  where c.id = _item.id
  returning * into _item;
  return _item;
end;
$$;
comment on function public.decide_carried_item(uuid, public.carry_decision) is 'A member decides a carried item of a draft or returned report: continue or close an activity, keep or drop an indicator or a follow-up point. Final once made.';

revoke execute on function public.start_report(uuid, integer, boolean), public.carried_items(uuid), public.decide_carried_item(uuid, public.carry_decision) from public, anon;
grant execute on function public.start_report(uuid, integer, boolean), public.carried_items(uuid), public.decide_carried_item(uuid, public.carry_decision) to authenticated, service_role;

-- Completeness ---------------------------------------------------------------------------------------------
-- As in 20261208000000_report_sections_by_both_sides.sql, and: every carried item decided; an
-- indicator dropped for the year needs no value.
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
    select jsonb_agg(jsonb_build_object('kind', 'carried_item_undecided', 'item_id', c.id, 'item_kind', c.kind, 'title', c.title))
    from public.carried_items(_report.id) c
    where c.decision is null
  ), '[]'::jsonb);
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
      and not exists (
        select 1 from public.report_carried_items c
        where c.report_id = _report.id and c.indicator_id = i.id and c.decision = 'dropped'
      )
  ), '[]'::jsonb);
  return jsonb_build_object('complete', jsonb_array_length(_problems) = 0, 'problems', _problems);
end;
$$;
comment on function public.report_completeness(uuid) is 'What still stops a report from being submitted: sections without English or with English behind their other language, sections not ready from their owner side, carried items not decided, activities without a target, indicators without a value or a comment for the year (unless dropped for it).';
