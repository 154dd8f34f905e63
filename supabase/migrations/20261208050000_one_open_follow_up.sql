-- A reviewer's open point is one thing: the home page's and the digests' "comments to answer" and
-- the follow-up points a new report carries forward now read the same definition,
-- private.is_open_follow_up (a top-level comment by programme staff, unresolved and unanswered).

create or replace function private.obligations_of(person_id uuid, on_day date)
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
  -- Reviewers' open points on a report its members can still change.
  unanswered as (
    select p.id, p.name, r.year::integer, r.id, 'comments_to_answer', d.due_on, min(c.created_at), count(*)::integer
    from public.partnerships p
    join public.reports r on r.partnership_id = p.id and r.status in ('draft', 'returned')
    join public.report_comments c on c.report_id = r.id
    left join public.reporting_deadlines d on d.year = r.year
    where p.id in (select id from mine) and private.is_open_follow_up(c)
    group by p.id, p.name, r.year, r.id, d.due_on
  )
  select * from overdue
  union all select * from returned
  union all select * from unanswered;
$$;

