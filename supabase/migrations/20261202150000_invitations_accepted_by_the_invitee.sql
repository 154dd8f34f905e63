-- An invitation to someone who already has an account grants its role only once that person
-- accepts it, signed in as the owner of the invited address. Before, the role was given at once
-- to whichever account had the address when the admin pressed "invite": an account that had just
-- taken someone else's address, or one whose owner never asked for the role, became staff.
--
-- Someone new still gets the role when Supabase Auth creates their account for the invitation:
-- only the invited address receives the link that opens that account, and following it accepts.
-- An account that exists but was never confirmed (an earlier invitation not yet followed) is in
-- the same case: its mail link is the only way in.

-- Whether the invitation's role has been given, so that withdrawing it takes back only what it gave.
alter table public.invitations add column granted_at timestamptz;
comment on column public.invitations.granted_at is 'When the invitation''s role was given: on the new account''s creation, or when the invitee accepted.';
-- Every invitation with an account so far had given its role.
update public.invitations set granted_at = coalesce(accepted_at, created_at) where user_id is not null;

create or replace function private.revoke_withdrawn_invitation()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if old.accepted_at is null and old.granted_at is not null and old.user_id is not null then
    if old.partnership_id is null then
      delete from public.staff where user_id = old.user_id and role = old.role;
    else
      delete from public.memberships where user_id = old.user_id and partnership_id = old.partnership_id and role = old.role;
    end if;
  end if;
  return null;
end;
$$;

-- 'mail' when the invitation mail is to go out (a new person, or an account not yet confirmed,
-- which has the role at once and accepts by following the link); 'pending' when the person has
-- an account and is to accept in the app. Refusals as before: not_allowed, invalid_invitation,
-- invalid_email, already_staff, already_member, already_invited.
create or replace function public.invite_person(email text, role text, partnership_id uuid default null)
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

-- A new account for an invited address gets what its invitations grant.
create or replace function private.apply_invitations()
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

-- Following the invitation link confirms a new account's address: the invitations it was created
-- for are accepted. Those still waiting for an account holder's own acceptance are not.
create or replace function private.accept_invitations()
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
