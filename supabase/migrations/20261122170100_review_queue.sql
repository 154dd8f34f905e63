-- The reviewers' queue, open on everything waiting whatever the year: a report resubmitted for an
-- earlier year, or one that has waited since the year before, is never out of sight. Without a
-- year it lists the submitted reports of every year, longest waiting first; with a year, every
-- partnership running in that year with the state of its report ('not_started' when there is
-- none). Each row says its year, the partner countries and how long a submitted report has
-- waited. Runs as the caller: staff see every partnership, members only their own (public
-- partnerships they may read elsewhere are not theirs to review).

create function public.review_queue(year integer default null)
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
comment on function public.review_queue(integer) is 'Reports for review: without a year, every submitted report of any year, longest waiting first; with a year, each running partnership''s report state (or not started), partner countries and days waiting.';

revoke execute on function public.review_queue(integer) from public, anon;
grant execute on function public.review_queue(integer) to authenticated, service_role;
