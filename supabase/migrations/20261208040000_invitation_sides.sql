-- An invitation to a partnership says which municipality the invitee will work for, so that a
-- partner-side contributor joins on the partner side and can mark the partner's sections ready
-- from their first day. Invitations made before carry the Swedish side, as their members got; an
-- invitation that names no side gives the Swedish one.

alter table public.invitations
  add column side public.partnership_side,
  -- staff roles are the programme's: they belong to no side
  add constraint invitations_side_of_partnership check (partnership_id is not null or side is null);
update public.invitations set side = 'swedish' where partnership_id is not null;
comment on column public.invitations.side is 'For an invitation to a partnership: the municipality the invitee will work for (none said: the Swedish one).';

-- The membership an invitation gives takes the invitation's side, whichever way it is granted:
-- on the new account's creation, at once for an account not yet confirmed, or on acceptance.
create function private.give_invited_side()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.memberships set side = new.side
  where user_id = new.user_id and partnership_id = new.partnership_id;
  return null;
end;
$$;
revoke all on function private.give_invited_side() from public, anon, authenticated;

create trigger invitations_give_side after insert or update of granted_at on public.invitations
  for each row when (new.granted_at is not null and new.side is not null and new.user_id is not null)
  execute function private.give_invited_side();

drop function public.invite_person(text, text, uuid);
create function public.invite_person(email text, role text, partnership_id uuid default null, side public.partnership_side default null)
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
  -- A member works for one municipality of the partnership: the Swedish one unless the inviter says otherwise.
  _side public.partnership_side := case when invite_person.partnership_id is not null then coalesce(invite_person.side, 'swedish') end;
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
  insert into public.invitations (email, partnership_id, role, side, user_id, granted_at)
  values (_email, invite_person.partnership_id, invite_person.role, _side, _user.id, case when _user.id is not null and not _confirmed then now() end)
  returning id into _invitation_id;
  return query select _invitation_id, case when _confirmed then 'pending' else 'mail' end;
end;
$$;
comment on function public.invite_person(text, text, uuid, public.partnership_side) is 'Invites someone by email to a staff role, or to a partnership on one of its sides; says whether the mail is to go out or the person is to accept in the app.';
revoke execute on function public.invite_person(text, text, uuid, public.partnership_side) from public, anon;
grant execute on function public.invite_person(text, text, uuid, public.partnership_side) to authenticated;

