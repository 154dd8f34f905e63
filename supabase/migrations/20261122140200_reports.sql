-- Yearly reports: one per partnership and year, written by its members, submitted by a
-- coordinator, reviewed by programme staff. The state only changes through the functions at the
-- end of this file, which check role, state and completeness; a submitted or approved report
-- freezes that year for the partnership's members.

-- A report's states and the sections of its narrative, as closed vocabularies (see
-- 20261122140100_people_and_partnerships.sql).
create type public.report_status as enum ('draft', 'submitted', 'returned', 'approved');
create type public.report_section as enum ('summary', 'contribution', 'localisation_progress', 'challenges', 'lessons_learned', 'next_year_plan');

create table public.reports (
  id uuid primary key default gen_random_uuid(),
  partnership_id uuid not null references public.partnerships (id) on delete cascade,
  year smallint not null constraint reports_year_range check (year between 2000 and 2100),
  status public.report_status not null default 'draft',
  summary text not null default '' constraint reports_summary_length check (char_length(summary) <= 20000),
  contribution text not null default '' constraint reports_contribution_length check (char_length(contribution) <= 20000),
  localisation_progress text not null default '' constraint reports_localisation_progress_length check (char_length(localisation_progress) <= 20000),
  challenges text not null default '' constraint reports_challenges_length check (char_length(challenges) <= 20000),
  lessons_learned text not null default '' constraint reports_lessons_learned_length check (char_length(lessons_learned) <= 20000),
  next_year_plan text not null default '' constraint reports_next_year_plan_length check (char_length(next_year_plan) <= 20000),
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  submitted_at timestamptz,
  submitted_by uuid references public.profiles (id) on delete set null,
  reviewed_at timestamptz,
  reviewed_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  constraint reports_one_per_partnership_and_year unique (partnership_id, year),
  -- lets child rows carry their report's partnership, so policies need no join
  constraint reports_id_partnership_unique unique (id, partnership_id)
);
comment on table public.reports is 'The yearly report of a partnership: narrative sections and its review state.';
create index reports_year_status_idx on public.reports (year, status);

create trigger reports_bump_version before update on public.reports
  for each row execute function private.bump_version();

-- Members write only the narrative; the state, dates and reviewers change through the functions.
revoke insert, update on public.reports from anon, authenticated;
grant insert (partnership_id, year, summary, contribution, localisation_progress, challenges, lessons_learned, next_year_plan)
  on public.reports to authenticated;
grant update (summary, contribution, localisation_progress, challenges, lessons_learned, next_year_plan, version)
  on public.reports to authenticated;

create table public.report_events (
  id bigint generated always as identity primary key,
  report_id uuid not null,
  partnership_id uuid not null,
  from_status public.report_status,
  to_status public.report_status not null,
  actor_id uuid references public.profiles (id) on delete set null,
  note text,
  created_at timestamptz not null default now(),
  foreign key (report_id, partnership_id) references public.reports (id, partnership_id) on delete cascade
);
comment on table public.report_events is 'The timeline of a report: every change of state, who made it and when, with the reason for a return or reopening.';
create index report_events_report_id_idx on public.report_events (report_id, partnership_id);
create index report_events_partnership_id_idx on public.report_events (partnership_id);
revoke insert, update, delete on public.report_events from anon, authenticated;

create table public.report_comments (
  id uuid primary key default gen_random_uuid(),
  report_id uuid not null,
  partnership_id uuid not null,
  author_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  body text not null constraint report_comments_body_length check (char_length(trim(body)) between 1 and 10000),
  -- a comment may be pinned to a section of the narrative, or to an indicator value (see below)
  section public.report_section,
  reply_to_id uuid references public.report_comments (id) on delete cascade,
  resolved_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  foreign key (report_id, partnership_id) references public.reports (id, partnership_id) on delete cascade
);
comment on table public.report_comments is 'Reviewers'' comments on a report and the partnership''s answers, optionally pinned to a section or an indicator value.';
create index report_comments_report_id_idx on public.report_comments (report_id, partnership_id);
create index report_comments_partnership_id_idx on public.report_comments (partnership_id);
create index report_comments_author_id_idx on public.report_comments (author_id);
create index report_comments_reply_to_id_idx on public.report_comments (reply_to_id);

create trigger report_comments_bump_version before update on public.report_comments
  for each row execute function private.bump_version();

-- Freezing ----------------------------------------------------------------------------------------
create function private.is_year_frozen(target_partnership_id uuid, target_year integer)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.reports
    where partnership_id = target_partnership_id and year = target_year and status in ('submitted', 'approved')
  );
$$;

create function private.assert_year_open(target_partnership_id uuid, target_year integer)
returns void
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  -- Rows leaving with their whole partnership are not edits of a frozen year.
  if not exists (select 1 from public.partnerships where id = target_partnership_id) then
    return;
  end if;
  if target_year is not null and private.is_year_frozen(target_partnership_id, target_year) then
    raise exception using
      errcode = 'PT423',
      message = 'year_frozen',
      detail = format('The %s report of this partnership is submitted or approved, so that year is read-only.', target_year),
      hint = 'An analyst can return the report, or an admin reopen it, to allow changes.';
  end if;
end;
$$;

create function private.freeze_submitted_report()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if old.status in ('submitted', 'approved')
    and (new.summary, new.contribution, new.localisation_progress, new.challenges, new.lessons_learned, new.next_year_plan)
      is distinct from (old.summary, old.contribution, old.localisation_progress, old.challenges, old.lessons_learned, old.next_year_plan) then
    perform private.assert_year_open(old.partnership_id, old.year);
  end if;
  if tg_op = 'UPDATE' and (new.partnership_id, new.year) is distinct from (old.partnership_id, old.year) then
    raise exception using errcode = 'P0001', message = 'report_year_fixed', detail = 'A report keeps its partnership and year.';
  end if;
  return new;
end;
$$;

create trigger reports_freeze before update on public.reports
  for each row execute function private.freeze_submitted_report();

create function private.keep_submitted_report()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if old.status <> 'draft' and exists (select 1 from public.partnerships where id = old.partnership_id) then
    raise exception using
      errcode = 'P0001',
      message = 'report_not_draft',
      detail = 'Only a report that has never been submitted can be deleted.';
  end if;
  return old;
end;
$$;

create trigger reports_keep_submitted before delete on public.reports
  for each row execute function private.keep_submitted_report();

-- Row-level security --------------------------------------------------------------------------------
alter table public.reports enable row level security;

create policy "reports are read by the partnership's members and by staff"
  on public.reports for select to authenticated
  using ((select private.is_staff()) or partnership_id in (select private.member_partnership_ids()));

create policy "approved reports of public partnerships are read by anyone"
  on public.reports for select to anon
  using (status = 'approved' and (select private.is_public_partnership(partnership_id)));

create policy "members start their partnership's report"
  on public.reports for insert to authenticated
  with check (partnership_id in (select private.member_partnership_ids()));

create policy "members write their partnership's report"
  on public.reports for update to authenticated
  using (partnership_id in (select private.member_partnership_ids()))
  with check (partnership_id in (select private.member_partnership_ids()));

create policy "members delete their partnership's draft report"
  on public.reports for delete to authenticated
  using (partnership_id in (select private.member_partnership_ids()));

alter table public.report_events enable row level security;

create policy "report timelines are read by the partnership's members and by staff"
  on public.report_events for select to authenticated
  using ((select private.is_staff()) or partnership_id in (select private.member_partnership_ids()));

alter table public.report_comments enable row level security;

create policy "comments are read by the partnership's members and by staff"
  on public.report_comments for select to authenticated
  using ((select private.is_staff()) or partnership_id in (select private.member_partnership_ids()));

create policy "staff and members comment, as themselves"
  on public.report_comments for insert to authenticated
  with check (
    author_id = (select auth.uid())
    and ((select private.is_staff()) or partnership_id in (select private.member_partnership_ids()))
  );

create policy "authors edit or resolve their comments; staff resolve any"
  on public.report_comments for update to authenticated
  using (author_id = (select auth.uid()) or (select private.is_staff()))
  with check (author_id = (select auth.uid()) or (select private.is_staff()));

create policy "authors delete their comments"
  on public.report_comments for delete to authenticated
  using (author_id = (select auth.uid()));
