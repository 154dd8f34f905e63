-- The reviewers' queue: every partnership running in a year with the state of that year's report
-- ('not_started' when there is none), the partner countries, and how long a submitted report has
-- waited. Runs as the caller: staff see every partnership, members only their own (public
-- partnerships they may read elsewhere are not theirs to review).

create function public.review_queue(year integer)
returns table (
  partnership_id uuid,
  partnership_name text,
  country_codes text[],
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
  select
    p.id,
    p.name,
    array(
      select distinct o.country_code
      from public.partnership_organisations po
      join public.organisations o on o.id = po.organisation_id
      where po.partnership_id = p.id and po.side = 'partner'
      order by o.country_code
    ),
    r.id,
    coalesce(r.status, 'not_started'),
    r.submitted_at,
    case when r.status = 'submitted' then current_date - (r.submitted_at at time zone 'Europe/Stockholm')::date end
  from public.partnerships p
  left join public.reports r on r.partnership_id = p.id and r.year = review_queue.year
  where p.starts_year <= review_queue.year
    and coalesce(p.ends_year, review_queue.year) >= review_queue.year
    and ((select private.is_staff()) or p.id in (select private.member_partnership_ids()))
  -- Waiting reports first, longest waiting first; then the rest by name.
  order by case when r.status = 'submitted' then r.submitted_at end nulls last, p.name;
$$;
comment on function public.review_queue(integer) is 'The reports of a year for review: each running partnership, its report state (or not started), partner countries and days waiting.';

revoke execute on function public.review_queue(integer) from public, anon;
grant execute on function public.review_queue(integer) to authenticated, service_role;
