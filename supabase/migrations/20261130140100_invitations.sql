-- Invitations: admins invite programme staff and partnership members by email, coordinators
-- invite contributors to their own partnership. The mail itself goes out through Supabase Auth
-- (the invite Edge Function, supabase/functions/invite), which calls public.invite_person as the
-- person inviting: this function decides whether they may, and what the invitation grants.
--
-- An invitation to someone who already has an account grants its role only once that person
-- accepts it, signed in as the owner of the invited address (told by the app, not by mail): an
-- account that had just taken someone else's address, or one whose owner never asked for the
-- role, does not become staff. Someone new gets the role when Supabase Auth creates their account
-- for the invitation, so the invitation link signs them in to a partnership that is already
-- theirs: only the invited address receives the link that opens that account, and following it
-- accepts (their address is then confirmed). An account that exists but was never confirmed (an
-- earlier invitation not yet followed) is in the same case: its mail link is the only way in.

create table public.invitations (
  id uuid primary key default gen_random_uuid(),
  email text not null constraint invitations_email_format check (
    char_length(email) <= 254 and email = lower(email) and email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'
  ),
  partnership_id uuid references public.partnerships (id) on delete cascade,
  role text not null constraint invitations_role_check check (role in ('coordinator', 'contributor', 'analyst', 'admin')),
  user_id uuid references public.profiles (id) on delete cascade,
  invited_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  accepted_at timestamptz,
  -- so that withdrawing an invitation takes back only what it gave
  granted_at timestamptz,
  -- staff roles are the programme's, member roles a partnership's
  constraint invitations_role_of_target check ((partnership_id is null) = (role in ('analyst', 'admin')))
);
comment on table public.invitations is 'Who was invited by whom to which partnership or staff role, when the mail went out and when it was accepted.';
comment on column public.invitations.granted_at is 'When the invitation''s role was given: on the new account''s creation, or when the invitee accepted.';
create unique index invitations_one_pending on public.invitations (email, partnership_id) nulls not distinct where accepted_at is null;
create index invitations_partnership_id_idx on public.invitations (partnership_id);
create index invitations_user_id_idx on public.invitations (user_id);
create index invitations_invited_by_idx on public.invitations (invited_by);

alter table public.invitations enable row level security;

create policy "invitations are read by admins, and by the coordinators of their partnership"
  on public.invitations for select to authenticated
  using ((select private.is_admin()) or partnership_id in (select private.coordinated_partnership_ids()));

create policy "admins withdraw invitations; coordinators withdraw contributors' invitations to their partnership"
  on public.invitations for delete to authenticated
  using (
    (select private.is_admin())
    or (role = 'contributor' and partnership_id in (select private.coordinated_partnership_ids()))
  );

-- Made by public.invite_person only, and marked as sent by the invite Edge Function.
revoke insert, update, truncate on public.invitations from anon, authenticated;

-- Withdrawing an invitation that is not accepted yet takes back what it granted.
create function private.revoke_withdrawn_invitation()
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
revoke all on function private.revoke_withdrawn_invitation() from public, anon, authenticated;

create trigger invitations_revoke_withdrawn after delete on public.invitations
  for each row execute function private.revoke_withdrawn_invitation();

-- May the caller invite someone to this role (and partnership)?
create function private.may_invite(role text, partnership_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select (select private.is_admin())
    or (may_invite.role = 'contributor' and (select private.is_coordinator(may_invite.partnership_id)));
$$;
revoke all on function private.may_invite(text, uuid) from public, anon;
grant execute on function private.may_invite(text, uuid) to authenticated, service_role;

-- Gives an existing user the invitation's role; refused when they have it already. An
-- invitation's role is text, as either kind of role it grants.
create function private.grant_invited_role(user_id uuid, role text, partnership_id uuid)
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
revoke all on function private.grant_invited_role(uuid, text, uuid) from public, anon, authenticated;

-- Invites someone by email to a role: 'mail' when the invitation mail is to go out (a new person,
-- or an account not yet confirmed, which has the role at once and accepts by following the link);
-- 'pending' when the person has an account and is to accept in the app. Refusals say why:
-- not_allowed, invalid_invitation, invalid_email, already_staff, already_member, already_invited.
create function public.invite_person(email text, role text, partnership_id uuid default null)
returns table (invitation_id uuid, outcome text)
language plpgsql
security definer
set search_path = ''
as $$
declare
  _email text := lower(trim(invite_person.email));
  _user auth.users%rowtype;
  _invitation_id uuid;
  _confirmed boolean;
begin
  if (select auth.uid()) is null or not private.may_invite(invite_person.role, invite_person.partnership_id) then
    raise exception using errcode = '42501', message = 'not_allowed',
      detail = 'Admins invite anyone; coordinators invite contributors to their own partnership.';
  end if;
  if (invite_person.partnership_id is null) <> (invite_person.role in ('analyst', 'admin'))
    or invite_person.role not in ('coordinator', 'contributor', 'analyst', 'admin')
    or (invite_person.partnership_id is not null and not exists (select 1 from public.partnerships p where p.id = invite_person.partnership_id)) then
    raise exception using errcode = '22023', message = 'invalid_invitation',
      detail = 'Staff roles are the programme''s; coordinator and contributor need a partnership.';
  end if;
  if _email is null or char_length(_email) > 254 or _email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' then
    raise exception using errcode = '22023', message = 'invalid_email', detail = 'This is not an email address.';
  end if;
  if exists (
    select 1 from public.invitations i
    where i.email = _email and i.partnership_id is not distinct from invite_person.partnership_id and i.accepted_at is null
  ) then
    raise exception using errcode = 'P0001', message = 'already_invited',
      detail = 'This address has an invitation here that is not accepted yet.', hint = 'Send it again instead.';
  end if;

  select * into _user from auth.users u where lower(u.email) = _email and u.deleted_at is null;
  _confirmed := found and _user.email_confirmed_at is not null;
  if found then
    -- Refused now rather than when they accept: the admin learns it while inviting.
    if invite_person.partnership_id is null and exists (select 1 from public.staff s where s.user_id = _user.id) then
      raise exception using errcode = 'P0001', message = 'already_staff',
        detail = 'This person is programme staff already.', hint = 'Change their role instead.';
    end if;
    if invite_person.partnership_id is not null
      and exists (select 1 from public.memberships m where m.user_id = _user.id and m.partnership_id = invite_person.partnership_id) then
      raise exception using errcode = 'P0001', message = 'already_member',
        detail = 'This person is a member of the partnership already.', hint = 'Change their role instead.';
    end if;
    if not _confirmed then
      perform private.grant_invited_role(_user.id, invite_person.role, invite_person.partnership_id);
    end if;
  end if;
  insert into public.invitations (email, partnership_id, role, user_id, granted_at)
  values (_email, invite_person.partnership_id, invite_person.role, _user.id, case when _user.id is not null and not _confirmed then now() end)
  returning id into _invitation_id;
  return query select _invitation_id, case when _confirmed then 'pending' else 'mail' end;
end;
$$;
comment on function public.invite_person(text, text, uuid) is 'Invites someone by email to a staff role or to a partnership; says whether the mail is to go out or the person is to accept in the app.';
revoke execute on function public.invite_person(text, text, uuid) from public, anon;
grant execute on function public.invite_person(text, text, uuid) to authenticated;

-- The address to mail an invitation to again, for whoever may make it; refused once accepted.
create function public.invitation_to_resend(invitation_id uuid)
returns text
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  _invitation public.invitations%rowtype;
begin
  select * into _invitation from public.invitations i where i.id = invitation_to_resend.invitation_id;
  if not found or not private.may_invite(_invitation.role, _invitation.partnership_id) then
    raise exception using errcode = '42501', message = 'not_allowed', detail = 'No such invitation of yours to send.';
  end if;
  if _invitation.accepted_at is not null then
    raise exception using errcode = 'P0001', message = 'already_accepted', detail = 'This invitation has been accepted.';
  end if;
  return _invitation.email;
end;
$$;
comment on function public.invitation_to_resend(uuid) is 'The address of a pending invitation the caller may send again.';
revoke execute on function public.invitation_to_resend(uuid) from public, anon;
grant execute on function public.invitation_to_resend(uuid) to authenticated;

-- A new account for an invited address gets what its invitations grant.
create function private.apply_invitations()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  _invitation public.invitations%rowtype;
begin
  for _invitation in
    select * from public.invitations i where i.email = lower(new.email) and i.user_id is null and i.accepted_at is null
  loop
    perform private.grant_invited_role(new.id, _invitation.role, _invitation.partnership_id);
    update public.invitations set user_id = new.id, granted_at = now() where id = _invitation.id;
  end loop;
  return null;
end;
$$;

-- Runs after on_auth_user_created (triggers fire in name order), which makes the profile that
-- memberships and staff rows refer to.
create trigger on_auth_user_created_apply_invitations after insert on auth.users
  for each row execute function private.apply_invitations();

-- Following the invitation link confirms a new account's address: the invitations it was created
-- for are accepted. Those still waiting for an account holder's own acceptance are not.
create function private.accept_invitations()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.invitations set accepted_at = now() where user_id = new.id and accepted_at is null and granted_at is not null;
  return null;
end;
$$;

create trigger on_auth_user_confirmed_accept_invitations after update of email_confirmed_at on auth.users
  for each row when (old.email_confirmed_at is null and new.email_confirmed_at is not null)
  execute function private.accept_invitations();

revoke all on function private.apply_invitations() from public, anon, authenticated;
revoke all on function private.accept_invitations() from public, anon, authenticated;

-- The people of the programme as admins manage them: everyone with an account, with their
-- address, staff role, partnerships and when they last signed in.
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

-- The members of one partnership with their addresses, for its members and for staff.
create function public.partnership_members(partnership_id uuid)
returns table (user_id uuid, full_name text, email text, role text, confirmed boolean, joined_at timestamptz)
language sql
stable
security definer
set search_path = ''
as $$
  select m.user_id, p.full_name, u.email::text, m.role, u.email_confirmed_at is not null, m.created_at
  from public.memberships m
  join public.profiles p on p.id = m.user_id
  join auth.users u on u.id = m.user_id
  where m.partnership_id = partnership_members.partnership_id
    and ((select private.is_staff()) or (select private.is_member(partnership_members.partnership_id)))
  order by m.role, lower(p.full_name), u.email;
$$;
comment on function public.partnership_members(uuid) is 'The members of a partnership with their addresses and roles; for its members and for staff.';
revoke execute on function public.partnership_members(uuid) from public, anon;
grant execute on function public.partnership_members(uuid) to authenticated;

-- The reporting calendar: when each year's report is due. Everyone signed in reads it (the
-- coordinators are shown their next deadline), admins keep it.
create table public.reporting_deadlines (
  year smallint primary key constraint reporting_deadlines_year_range check (year between 2000 and 2100),
  due_on date not null,
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  constraint reporting_deadlines_after_the_year check (due_on > make_date(year, 12, 31))
);
comment on table public.reporting_deadlines is 'The date each year''s reports are due.';

create trigger reporting_deadlines_bump_version before update on public.reporting_deadlines
  for each row execute function private.bump_version();

alter table public.reporting_deadlines enable row level security;

create policy "reporting deadlines are read by everyone signed in"
  on public.reporting_deadlines for select to authenticated
  using (true);

create policy "admins set reporting deadlines"
  on public.reporting_deadlines for insert to authenticated
  with check ((select private.is_admin()));

create policy "admins move reporting deadlines"
  on public.reporting_deadlines for update to authenticated
  using ((select private.is_admin()))
  with check ((select private.is_admin()));

create policy "admins remove reporting deadlines"
  on public.reporting_deadlines for delete to authenticated
  using ((select private.is_admin()));

-- The caller's invitations that wait for them: addressed to their own, confirmed address.
create function public.my_invitations()
returns table (invitation_id uuid, role text, partnership_id uuid, partnership_name text, invited_by_name text, created_at timestamptz)
language sql
stable
security definer
set search_path = ''
as $$
  select i.id, i.role, i.partnership_id, pa.name, p.full_name, i.created_at
  from public.invitations i
  join auth.users u on u.id = i.user_id
  left join public.partnerships pa on pa.id = i.partnership_id
  left join public.profiles p on p.id = i.invited_by
  where i.user_id = (select auth.uid())
    and i.accepted_at is null
    and i.granted_at is null
    and u.email_confirmed_at is not null
    and lower(u.email) = i.email
  order by i.created_at;
$$;
comment on function public.my_invitations() is 'The invitations waiting for the signed-in person to accept or decline them.';
revoke execute on function public.my_invitations() from public, anon;
grant execute on function public.my_invitations() to authenticated;

-- The caller's pending invitation, locked; refused alike when it is not theirs or not pending, so
-- that nobody learns of others' invitations.
create function private.own_pending_invitation(invitation_id uuid)
returns public.invitations
language plpgsql
security definer
set search_path = ''
as $$
declare
  _invitation public.invitations%rowtype;
begin
  select i.* into _invitation
  from public.invitations i
  join auth.users u on u.id = i.user_id
  where i.id = own_pending_invitation.invitation_id
    and i.user_id = (select auth.uid())
    and i.accepted_at is null
    and i.granted_at is null
    -- Addressed to who owns the address now: an address taken since is not the invitation's.
    and u.email_confirmed_at is not null
    and lower(u.email) = i.email
  for update of i;
  if not found then
    raise exception using errcode = '42501', message = 'not_allowed', detail = 'No such invitation waits for you.';
  end if;
  return _invitation;
end;
$$;
revoke all on function private.own_pending_invitation(uuid) from public, anon, authenticated;

-- Accepts an invitation addressed to the caller: they now have its role.
create function public.accept_invitation(invitation_id uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  _invitation public.invitations%rowtype := private.own_pending_invitation(accept_invitation.invitation_id);
begin
  perform private.grant_invited_role(_invitation.user_id, _invitation.role, _invitation.partnership_id);
  update public.invitations set accepted_at = now(), granted_at = now() where id = _invitation.id;
end;
$$;
comment on function public.accept_invitation(uuid) is 'Accepts an invitation addressed to the signed-in person, who then has its role.';
revoke execute on function public.accept_invitation(uuid) from public, anon;
grant execute on function public.accept_invitation(uuid) to authenticated;

-- Declines an invitation addressed to the caller: it is gone, and nothing was given.
create function public.decline_invitation(invitation_id uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  _invitation public.invitations%rowtype := private.own_pending_invitation(decline_invitation.invitation_id);
begin
  delete from public.invitations where id = _invitation.id;
end;
$$;
comment on function public.decline_invitation(uuid) is 'Declines an invitation addressed to the signed-in person.';
revoke execute on function public.decline_invitation(uuid) from public, anon;
grant execute on function public.decline_invitation(uuid) to authenticated;
