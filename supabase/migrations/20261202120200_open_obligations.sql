-- What a partnership still owes the programme, for its members' home page: reports past their
-- deadline that are not started or still drafts, returned reports not yet resubmitted, and
-- reviewers' comments nobody has answered. An obligation stays until it is done, however old.

-- Whether someone is programme staff: members may not read the staff table, yet their home must
-- tell a reviewer's comment from one by a member who has since left.
create function private.is_staff_user(person_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.staff where user_id = is_staff_user.person_id);
$$;
revoke execute on function private.is_staff_user(uuid) from public, anon;
grant execute on function private.is_staff_user(uuid) to authenticated, service_role;

create function public.open_obligations()
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
security invoker
set search_path = ''
as $$
  with mine as (
    select p.id, p.name, p.starts_year, p.ends_year,
      -- Years before a partnership's first report here were reported before it used the app.
      greatest(p.starts_year, coalesce((select min(r.year) from public.reports r where r.partnership_id = p.id), p.starts_year)) as first_year
    from public.partnerships p
    where p.id in (select private.member_partnership_ids())
  ),
  overdue as (
    select m.id as partnership_id, m.name as partnership_name, d.year::integer as year, r.id as report_id,
      case when r.id is null then 'not_started' else 'draft_overdue' end as kind, d.due_on, null::timestamptz as since, 0 as comments
    from mine m
    join public.reporting_deadlines d on d.year between m.first_year and coalesce(m.ends_year, d.year) and d.due_on < current_date
    left join public.reports r on r.partnership_id = m.id and r.year = d.year
    where r.id is null or r.status = 'draft'
  ),
  returned as (
    select m.id, m.name, r.year::integer, r.id, 'returned', d.due_on, r.reviewed_at, 0
    from mine m
    join public.reports r on r.partnership_id = m.id and r.status = 'returned'
    left join public.reporting_deadlines d on d.year = r.year
  ),
  -- Reviewers' comments (by programme staff) with no answer, on a report its members can still change.
  unanswered as (
    select m.id, m.name, r.year::integer, r.id, 'comments_to_answer', d.due_on, min(c.created_at), count(*)::integer
    from mine m
    join public.reports r on r.partnership_id = m.id and r.status in ('draft', 'returned')
    join public.report_comments c on c.report_id = r.id and c.reply_to_id is null and c.resolved_at is null
    left join public.reporting_deadlines d on d.year = r.year
    where (select private.is_staff_user(c.author_id))
      and not exists (select 1 from public.report_comments a where a.reply_to_id = c.id)
    group by m.id, m.name, r.year, r.id, d.due_on
  )
  select * from overdue
  union all select * from returned
  union all select * from unanswered
  order by 6 nulls last, 2, 3, 5;
$$;
comment on function public.open_obligations() is 'The caller''s partnerships'' open obligations: overdue reports (not started or draft), returned reports, unanswered reviewers'' comments.';

revoke execute on function public.open_obligations() from public, anon;
grant execute on function public.open_obligations() to authenticated, service_role;
