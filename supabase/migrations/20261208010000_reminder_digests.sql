-- Reminder digests: at most one mail per person and period with everything that awaits them,
-- never one mail per event. Members of a partnership hear of reports due within 30 or 7 days,
-- overdue reports, returned reports and reviewers' comments to answer; programme staff of
-- reports waiting for review more than 14 days and of overdue reports across the programme.
-- Each person chooses weekly (the default), daily or no digest on their profile. The send-digests
-- Edge Function claims the digests due (public.claim_digests, for the service role only), mails
-- them and keeps a ledger, so a weekly person gets at most one in 7 days however often it runs,
-- and a second run on the same day sends nothing twice. Days are counted in Stockholm.
--
-- On Supabase, pg_cron runs the function every morning through pg_net, as Supabase's "Scheduling
-- Edge Functions" guide does, with the project URL and the service role key from Vault:
--   select vault.create_secret('https://<project-ref>.supabase.co', 'project_url');
--   select vault.create_secret('<service role key>', 'service_role_key');
-- Where pg_cron and pg_net are not available (PGlite, a plain PostgreSQL) that part is skipped:
-- the local stack runs the schedule itself (supabase/config.toml, [edge_runtime.secrets]).

-- How often a person wants their digest: a closed vocabulary (see 20261122140100_people_and_partnerships.sql).
create type public.digest_frequency as enum ('weekly', 'daily', 'none');

alter table public.profiles
  add column digest_frequency public.digest_frequency not null default 'weekly';
comment on column public.profiles.digest_frequency is 'How often the person is mailed a digest of what awaits them: weekly, daily or none.';

-- The ledger ----------------------------------------------------------------------------------
create table public.sent_digests (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id) on delete cascade,
  -- the day in Stockholm the digest went out for
  sent_on date not null,
  items integer not null constraint sent_digests_items_positive check (items > 0),
  sent_at timestamptz not null default now(),
  constraint sent_digests_one_per_person_and_day unique (user_id, sent_on)
);
comment on table public.sent_digests is 'The reminder digests mailed: one row per person and day, which decides when the next one is due.';

-- Only the digest function (the service role) writes and reads the ledger: no policy lets anyone
-- signed in touch it, and they hold no privileges on it either.
alter table public.sent_digests enable row level security;
revoke all on public.sent_digests from anon, authenticated;

-- Today, as the programme counts days.
create function private.stockholm_today()
returns date
language sql
stable
set search_path = ''
as $$
  select (now() at time zone 'Europe/Stockholm')::date;
$$;

-- What partnerships still have to submit ----------------------------------------------------------
-- Every year with a deadline in a partnership's reporting years whose report is not started or
-- still a draft. Years before a partnership's first report here were reported before it used
-- the app. Overdue obligations, the reminders of deadlines ahead and the staff's overdue list all
-- read this one list.
create function private.reports_to_submit()
returns table (partnership_id uuid, partnership_name text, year integer, report_id uuid, due_on date)
language sql
stable
security definer
set search_path = ''
as $$
  with reporting as (
    select p.id, p.name, p.ends_year,
      greatest(p.starts_year, coalesce((select min(r.year) from public.reports r where r.partnership_id = p.id), p.starts_year)) as first_year
    from public.partnerships p
  )
  select p.id, p.name, d.year::integer, r.id, d.due_on
  from reporting p
  join public.reporting_deadlines d on d.year between p.first_year and coalesce(p.ends_year, d.year)
  left join public.reports r on r.partnership_id = p.id and r.year = d.year
  where r.id is null or r.status = 'draft';
$$;
revoke execute on function private.reports_to_submit() from public, anon, authenticated;

-- A person's open obligations as of a day: what public.open_obligations() shows them on their
-- home page, and what their digest repeats.
create function private.obligations_of(person_id uuid, on_day date)
returns table (
  partnership_id uuid,
  partnership_name text,
  year integer,
  report_id uuid,
  kind text,
  due_on date,
  since timestamptz,
  comments integer
)
language sql
stable
security definer
set search_path = ''
as $$
  with mine as (
    select m.partnership_id as id from public.memberships m where m.user_id = obligations_of.person_id
  ),
  overdue as (
    select t.partnership_id, t.partnership_name, t.year, t.report_id,
      case when t.report_id is null then 'not_started' else 'draft_overdue' end as kind, t.due_on, null::timestamptz as since, 0 as comments
    from private.reports_to_submit() t
    where t.partnership_id in (select id from mine) and t.due_on < obligations_of.on_day
  ),
  returned as (
    select p.id, p.name, r.year::integer, r.id, 'returned', d.due_on, r.reviewed_at, 0
    from public.partnerships p
    join public.reports r on r.partnership_id = p.id and r.status = 'returned'
    left join public.reporting_deadlines d on d.year = r.year
    where p.id in (select id from mine)
  ),
  -- Reviewers' comments (by programme staff, not by a member who has since left) with no answer,
  -- on a report its members can still change.
  unanswered as (
    select p.id, p.name, r.year::integer, r.id, 'comments_to_answer', d.due_on, min(c.created_at), count(*)::integer
    from public.partnerships p
    join public.reports r on r.partnership_id = p.id and r.status in ('draft', 'returned')
    join public.report_comments c on c.report_id = r.id and c.reply_to_id is null and c.resolved_at is null
    left join public.reporting_deadlines d on d.year = r.year
    where p.id in (select id from mine)
      and exists (select 1 from public.staff s where s.user_id = c.author_id)
      and not exists (select 1 from public.report_comments a where a.reply_to_id = c.id)
    group by p.id, p.name, r.year, r.id, d.due_on
  )
  select * from overdue
  union all select * from returned
  union all select * from unanswered;
$$;
revoke execute on function private.obligations_of(uuid, date) from public, anon, authenticated;

-- The home page's obligations now come from the list the digests share; the caller sees their
-- own partnerships' only, as before, with overdue counted from today in Stockholm.
create or replace function public.open_obligations()
returns table (
  partnership_id uuid,
  partnership_name text,
  year integer,
  report_id uuid,
  kind text,
  due_on date,
  since timestamptz,
  comments integer
)
language sql
stable
security definer
set search_path = ''
as $$
  select o.*
  from private.obligations_of((select auth.uid()), private.stockholm_today()) o
  order by o.due_on nulls last, o.partnership_name, o.year, o.kind;
$$;

-- A digest's items --------------------------------------------------------------------------------
-- What a person's digest says as of a day, most urgent first. `days` is the days left before the
-- deadline, the days past it, or the days a report has waited for review; `comments` the number
-- of comments to answer.
create function private.digest_items(person_id uuid, on_day date)
returns table (kind text, partnership_id uuid, partnership_name text, year integer, due_on date, days integer, comments integer)
language sql
stable
security definer
set search_path = ''
as $$
  with mine as (
    select m.partnership_id as id from public.memberships m where m.user_id = digest_items.person_id
  ),
  is_staff as (
    select exists (select 1 from public.staff s where s.user_id = digest_items.person_id) as yes
  ),
  items as (
    -- reports of the person's partnerships due within 30 days, not yet submitted
    select case when t.due_on - digest_items.on_day <= 7 then 'due_in_7_days' else 'due_in_30_days' end as kind,
      t.partnership_id, t.partnership_name, t.year, t.due_on, t.due_on - digest_items.on_day as days, 0 as comments
    from private.reports_to_submit() t
    where t.partnership_id in (select id from mine) and t.due_on - digest_items.on_day between 0 and 30
    union all
    -- what the person's partnerships owe: overdue, returned, comments to answer
    select case when o.kind in ('not_started', 'draft_overdue') then 'overdue' else o.kind end,
      o.partnership_id, o.partnership_name, o.year, o.due_on,
      case when o.kind in ('not_started', 'draft_overdue') then digest_items.on_day - o.due_on end, o.comments
    from private.obligations_of(digest_items.person_id, digest_items.on_day) o
    union all
    -- staff: submitted reports that have waited for review more than 14 days (two working weeks)
    select 'waiting_for_review', p.id, p.name, r.year::integer, d.due_on,
      digest_items.on_day - (r.submitted_at at time zone 'Europe/Stockholm')::date, 0
    from public.reports r
    join public.partnerships p on p.id = r.partnership_id
    left join public.reporting_deadlines d on d.year = r.year
    where (select yes from is_staff) and r.status = 'submitted'
      and digest_items.on_day - (r.submitted_at at time zone 'Europe/Stockholm')::date > 14
    union all
    -- staff: reports past their deadline across the programme, bar the person's own partnerships
    -- (those are already in their digest as overdue)
    select 'overdue_in_queue', t.partnership_id, t.partnership_name, t.year, t.due_on, digest_items.on_day - t.due_on, 0
    from private.reports_to_submit() t
    where (select yes from is_staff) and t.due_on < digest_items.on_day and t.partnership_id not in (select id from mine)
  )
  select i.*
  from items i
  order by array_position(array['returned', 'comments_to_answer', 'overdue', 'due_in_7_days', 'due_in_30_days', 'waiting_for_review', 'overdue_in_queue'], i.kind),
    i.due_on nulls last, i.partnership_name, i.year;
$$;
revoke execute on function private.digest_items(uuid, date) from public, anon, authenticated;

-- Claiming the digests due ----------------------------------------------------------------------------
-- Everyone whose period has passed since their last digest (1 day for daily, 7 for weekly) and
-- who has something to be told, with their address, name, language, frequency and items; each is entered
-- in the ledger as it is handed out, so two runs never both send it. The caller mails them and
-- deletes the ledger row of a mail that could not be sent, so the next run tries again. The day
-- defaults to today in Stockholm; the service role alone may call this.
create function public.claim_digests(on_day date default null)
returns table (digest_id uuid, user_id uuid, email text, full_name text, preferred_language text, digest_frequency public.digest_frequency, items jsonb)
language sql
volatile
security definer
set search_path = ''
as $$
  with today as (
    select coalesce(claim_digests.on_day, private.stockholm_today()) as day
  ),
  due as (
    select p.id, u.email::text as email, p.full_name, p.preferred_language, p.digest_frequency,
      (select jsonb_agg(to_jsonb(i) - 'ordinality' order by i.ordinality) from private.digest_items(p.id, t.day) with ordinality i) as items
    from public.profiles p
    join auth.users u on u.id = p.id
    cross join today t
    where p.digest_frequency <> 'none'
      and u.email is not null
      and not exists (
        select 1 from public.sent_digests s
        where s.user_id = p.id
          and s.sent_on between t.day - (case p.digest_frequency when 'daily' then 1 else 7 end) + 1 and t.day
      )
  ),
  claimed as (
    insert into public.sent_digests (user_id, sent_on, items)
    select d.id, t.day, jsonb_array_length(d.items)
    from due d cross join today t
    where d.items is not null
    on conflict (user_id, sent_on) do nothing
    returning id, user_id
  )
  select c.id, d.id, d.email, d.full_name, d.preferred_language, d.digest_frequency, d.items
  from claimed c
  join due d on d.id = c.user_id
  order by d.email;
$$;
comment on function public.claim_digests(date) is 'For the send-digests function (service role only): the reminder digests due on a day (default today in Stockholm), each entered in the ledger as it is handed out.';

revoke execute on function public.claim_digests(date) from public, anon, authenticated;
grant execute on function public.claim_digests(date) to service_role;

-- The schedule on Supabase ----------------------------------------------------------------------
-- Every morning at 05:00 UTC (06:00 or 07:00 in Stockholm). Runs daily because daily digests are
-- a choice; the ledger keeps weekly people to one in 7 days.
do $schedule$
begin
  if exists (select 1 from pg_catalog.pg_available_extensions where name = 'pg_cron')
    and exists (select 1 from pg_catalog.pg_available_extensions where name = 'pg_net') then
    create extension if not exists pg_cron;
    create extension if not exists pg_net with schema extensions;
    perform cron.schedule(
      'send-reminder-digests',
      '0 5 * * *',
      $job$
      select net.http_post(
        url := (select decrypted_secret from vault.decrypted_secrets where name = 'project_url') || '/functions/v1/send-digests',
        headers := jsonb_build_object(
          'content-type', 'application/json',
          'authorization', 'Bearer ' || (select decrypted_secret from vault.decrypted_secrets where name = 'service_role_key')
        ),
        body := '{}'::jsonb,
        timeout_milliseconds := 60000
      ) as request_id;
      $job$
    );
  end if;
end;
$schedule$;
