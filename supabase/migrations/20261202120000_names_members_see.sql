-- The names members see: a partnership's members read the display names of programme staff and
-- of everyone who acted on their partnership's content (reviewed its reports, commented, changed
-- something), so that news, comments, timelines and history say who did it. Profiles hold the
-- display name and the interface language only; addresses stay in auth.users, which no member
-- reads. People of other partnerships who never acted on theirs stay unnamed.

-- Security definer: the set is built from history, report events and comments, whatever their
-- own policies, but only for the caller's own partnerships.
create function private.people_who_acted_for_member()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select s.user_id from public.staff s
  where exists (select 1 from public.memberships m where m.user_id = (select auth.uid()))
  union
  select h.actor_id from public.history h
  where h.actor_id is not null and h.partnership_id in (select private.member_partnership_ids())
  union
  select e.actor_id from public.report_events e
  where e.actor_id is not null and e.partnership_id in (select private.member_partnership_ids())
  union
  select c.author_id from public.report_comments c
  where c.partnership_id in (select private.member_partnership_ids());
$$;
comment on function private.people_who_acted_for_member() is 'Programme staff (for anyone in a partnership) and everyone who acted on the caller''s partnerships.';

revoke all on function private.people_who_acted_for_member() from public;
grant execute on function private.people_who_acted_for_member() to authenticated, service_role;

-- Without it members read "the system returned the report": they need to know who reviewed them.
create policy "members read the names of staff and of people who acted on their partnership"
  on public.profiles for select to authenticated
  using (id in (select private.people_who_acted_for_member()));
