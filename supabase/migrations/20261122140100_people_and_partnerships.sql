-- People and partnerships: profiles, programme staff, organisations, partnerships, the
-- organisations on each side of a partnership, and memberships. Also the private helpers that
-- every row-level security policy of the project uses to ask "who is this user to this row".

create schema if not exists private;
comment on schema private is 'Helpers for row-level security; not exposed through the API.';
grant usage on schema private to anon, authenticated, service_role;

-- Refusals ------------------------------------------------------------------------------------
-- The API answers a refusal with a client error and a clear code. PostgREST answers a PTnnn
-- SQLSTATE with HTTP status nnn, the message (the snake_case code the app translates) and the
-- detail as given, but an SQLSTATE of class P0 other than P0001 with 500: so "not found" is raised
-- as PT404, never P0002. Not found also covers "not yours to see", so a caller learns nothing
-- about other partnerships' rows.

-- Optimistic concurrency ----------------------------------------------------------------------
-- Every editable table has a version. A client sends the version it read with its change; a
-- change based on an older version is refused with SQLSTATE PT409 (HTTP 409 through the API),
-- so two people editing the same row never overwrite each other silently. The save functions
-- refuse a change to an existing row sent without its version with PT428 (HTTP 428 Precondition
-- Required, message version_required), rather than take the stored one; a new row needs none.
create function private.bump_version()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.version is distinct from old.version then
    raise exception using
      errcode = 'PT409',
      message = 'stale_version',
      detail = format('This %s was changed by someone else (version %s, not %s).', tg_table_name, old.version, new.version),
      hint = 'Reload to see the latest version, then apply your change again.';
  end if;
  new.version := old.version + 1;
  new.updated_at := now();
  return new;
end;
$$;

-- Closed vocabularies -------------------------------------------------------------------------
-- Each closed list of values is a type of its own, so the generated TypeScript types carry it and
-- the app's lists, forms and labels derive from the database instead of restating it. A value
-- outside the list is refused as invalid input (22P02), as any malformed value is. These are the
-- people's and partnerships' lists; the reports' and the activities' are declared with their tables.
create type public.staff_role as enum ('analyst', 'admin');
create type public.membership_role as enum ('coordinator', 'contributor');
create type public.organisation_kind as enum ('municipality', 'region', 'district_council');
create type public.partnership_status as enum ('planned', 'active', 'closed');
create type public.partnership_side as enum ('swedish', 'partner');

-- Profiles -----------------------------------------------------------------------------------
create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  full_name text not null default '' constraint profiles_full_name_length check (char_length(full_name) <= 200),
  preferred_language text not null default 'en' constraint profiles_preferred_language_check check (preferred_language in ('en', 'sv')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
comment on table public.profiles is 'One per user: the name shown to others and the preferred language of the interface.';

create trigger profiles_bump_version before update on public.profiles
  for each row execute function private.bump_version();

-- A profile appears with the user, from the metadata given at sign-up or invitation.
create function private.create_profile_for_user()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.profiles (id, full_name, preferred_language)
  values (
    new.id,
    coalesce(new.raw_user_meta_data ->> 'full_name', new.raw_user_meta_data ->> 'name', ''),
    case when new.raw_user_meta_data ->> 'preferred_language' in ('en', 'sv') then new.raw_user_meta_data ->> 'preferred_language' else 'en' end
  )
  on conflict (id) do nothing;
  return new;
end;
$$;

create trigger on_auth_user_created after insert on auth.users
  for each row execute function private.create_profile_for_user();

-- Programme staff ------------------------------------------------------------------------------
create table public.staff (
  user_id uuid primary key references public.profiles (id) on delete cascade,
  role public.staff_role not null,
  created_at timestamptz not null default now()
);
comment on table public.staff is 'Programme staff: analysts review reports and read everything; admins also run the programme''s set-up.';

-- Organisations -------------------------------------------------------------------------------
create table public.organisations (
  id uuid primary key default gen_random_uuid(),
  name text not null constraint organisations_name_length check (char_length(trim(name)) between 2 and 200),
  kind public.organisation_kind not null,
  country_code text not null constraint organisations_country_code_format check (country_code ~ '^[A-Z]{2}$'),
  -- SCB's code: four digits for a municipality, two for a region (county).
  municipality_code text constraint organisations_municipality_code_format check (municipality_code ~ '^[0-9]{2}([0-9]{2})?$'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  iati_ref text constraint organisations_iati_ref_format check (iati_ref ~ '^[A-Za-z0-9-]{3,100}$'),
  constraint organisations_municipality_code_swedish check (municipality_code is null or country_code = 'SE'),
  constraint organisations_municipality_code_unique unique (municipality_code)
);
comment on table public.organisations is 'Municipalities, regions and district councils, Swedish or abroad, that take part in partnerships.';
comment on column public.organisations.iati_ref is 'The organisation''s IATI identifier (e.g. SE-KOM-2120000000), when it has one.';

create trigger organisations_bump_version before update on public.organisations
  for each row execute function private.bump_version();

-- Partnerships --------------------------------------------------------------------------------
create table public.partnerships (
  id uuid primary key default gen_random_uuid(),
  name text not null constraint partnerships_name_length check (char_length(trim(name)) between 3 and 200),
  programme text not null default 'Municipal Partnership Programme',
  status public.partnership_status not null default 'active',
  starts_year smallint not null constraint partnerships_starts_year_range check (starts_year between 2000 and 2100),
  ends_year smallint constraint partnerships_ends_year_range check (ends_year between 2000 and 2100),
  focus_goal_ids smallint[] not null default '{}' constraint partnerships_focus_goals_valid check (focus_goal_ids <@ '{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17}'::smallint[]),
  description text not null default '' constraint partnerships_description_length check (char_length(description) <= 5000),
  is_public boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  constraint partnerships_years_order check (ends_year is null or ends_year >= starts_year)
);
comment on table public.partnerships is 'A Swedish municipality or region paired with one or more partner municipalities abroad; is_public opts in to a public profile.';

create trigger partnerships_bump_version before update on public.partnerships
  for each row execute function private.bump_version();

create table public.partnership_organisations (
  partnership_id uuid not null references public.partnerships (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete restrict,
  side public.partnership_side not null,
  created_at timestamptz not null default now(),
  primary key (partnership_id, organisation_id)
);
comment on table public.partnership_organisations is 'Which organisations take part in a partnership, and on which side.';
create index partnership_organisations_organisation_id_idx on public.partnership_organisations (organisation_id);

-- Memberships ---------------------------------------------------------------------------------
create table public.memberships (
  partnership_id uuid not null references public.partnerships (id) on delete cascade,
  user_id uuid not null references public.profiles (id) on delete cascade,
  role public.membership_role not null,
  created_at timestamptz not null default now(),
  primary key (partnership_id, user_id)
);
comment on table public.memberships is 'Who works in a partnership: coordinators submit its reports and invite contributors.';
create index memberships_user_id_idx on public.memberships (user_id);

-- Questions row-level security asks ------------------------------------------------------------
-- Security definer so that policies can consult memberships and staff without recursing
-- through those tables' own policies. The service role (server-side code holding the service
-- key, which bypasses row-level security) counts as programme staff, so the dashboards, exports
-- and queues count the whole programme for it rather than nothing.
create function private.is_staff()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  -- the service role reads the whole programme anyway; its aggregates count it all too
  select (select auth.role()) = 'service_role'
    or exists (select 1 from public.staff where user_id = (select auth.uid()));
$$;

create function private.is_admin()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.staff where user_id = (select auth.uid()) and role = 'admin');
$$;

create function private.member_partnership_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select partnership_id from public.memberships where user_id = (select auth.uid());
$$;

create function private.coordinated_partnership_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select partnership_id from public.memberships where user_id = (select auth.uid()) and role = 'coordinator';
$$;

create function private.is_member(target_partnership_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.memberships where user_id = (select auth.uid()) and partnership_id = target_partnership_id
  );
$$;

create function private.is_coordinator(target_partnership_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.memberships
    where user_id = (select auth.uid()) and partnership_id = target_partnership_id and role = 'coordinator'
  );
$$;

create function private.is_public_partnership(target_partnership_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.partnerships where id = target_partnership_id and is_public);
$$;

revoke all on all functions in schema private from public;
grant execute on all functions in schema private to anon, authenticated, service_role;

-- Row-level security: profiles ------------------------------------------------------------------
alter table public.profiles enable row level security;

create policy "profiles are read by their owner, by people sharing a partnership, and by staff"
  on public.profiles for select to authenticated
  using (
    id = (select auth.uid())
    or (select private.is_staff())
    or exists (
      select 1 from public.memberships m
      where m.user_id = profiles.id and m.partnership_id in (select private.member_partnership_ids())
    )
  );

create policy "users edit their own profile"
  on public.profiles for update to authenticated
  using (id = (select auth.uid()))
  with check (id = (select auth.uid()));

-- Rows come from the auth.users trigger and leave with the user: no insert or delete policy.

-- Row-level security: staff ---------------------------------------------------------------------
alter table public.staff enable row level security;

create policy "staff are listed to staff and to themselves"
  on public.staff for select to authenticated
  using (user_id = (select auth.uid()) or (select private.is_staff()));

create policy "admins appoint staff"
  on public.staff for insert to authenticated
  with check ((select private.is_admin()));

create policy "admins change staff roles"
  on public.staff for update to authenticated
  using ((select private.is_admin()))
  with check ((select private.is_admin()));

create policy "admins remove staff"
  on public.staff for delete to authenticated
  using ((select private.is_admin()));

-- An admin cannot take away their own admin role, so the programme never loses its last admin
-- by accident; the refusal says why.
create function private.keep_own_admin_role()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if old.user_id = (select auth.uid()) and old.role = 'admin' and (tg_op = 'DELETE' or new.role <> 'admin') then
    raise exception using
      errcode = 'P0001',
      message = 'own_admin_role',
      detail = 'Admins cannot remove their own admin role.',
      hint = 'Ask another admin to do it.';
  end if;
  return coalesce(new, old);
end;
$$;

create trigger staff_keep_own_admin_role before update or delete on public.staff
  for each row execute function private.keep_own_admin_role();

-- Row-level security: organisations --------------------------------------------------------------
alter table public.organisations enable row level security;

create policy "organisations are read by everyone signed in"
  on public.organisations for select to authenticated
  using (true);

create policy "organisations of public partnerships are read by anyone"
  on public.organisations for select to anon
  using (
    exists (
      select 1 from public.partnership_organisations po
      where po.organisation_id = organisations.id and (select private.is_public_partnership(po.partnership_id))
    )
  );

create policy "admins add organisations"
  on public.organisations for insert to authenticated
  with check ((select private.is_admin()));

create policy "admins edit organisations"
  on public.organisations for update to authenticated
  using ((select private.is_admin()))
  with check ((select private.is_admin()));

create policy "admins remove organisations"
  on public.organisations for delete to authenticated
  using ((select private.is_admin()));

-- Row-level security: partnerships ----------------------------------------------------------------
alter table public.partnerships enable row level security;

create policy "partnerships are read by members, staff, and anyone signed in when public"
  on public.partnerships for select to authenticated
  using (is_public or (select private.is_staff()) or id in (select private.member_partnership_ids()));

create policy "public partnerships are read by anyone"
  on public.partnerships for select to anon
  using (is_public);

create policy "admins create partnerships"
  on public.partnerships for insert to authenticated
  with check ((select private.is_admin()));

create policy "admins edit partnerships"
  on public.partnerships for update to authenticated
  using ((select private.is_admin()))
  with check ((select private.is_admin()));

create policy "admins remove partnerships"
  on public.partnerships for delete to authenticated
  using ((select private.is_admin()));

-- Row-level security: partnership_organisations -----------------------------------------------------
alter table public.partnership_organisations enable row level security;

create policy "partnership sides are read with their partnership"
  on public.partnership_organisations for select to authenticated
  using (
    (select private.is_staff())
    or partnership_id in (select private.member_partnership_ids())
    or (select private.is_public_partnership(partnership_id))
  );

create policy "partnership sides of public partnerships are read by anyone"
  on public.partnership_organisations for select to anon
  using ((select private.is_public_partnership(partnership_id)));

create policy "admins add organisations to partnerships"
  on public.partnership_organisations for insert to authenticated
  with check ((select private.is_admin()));

create policy "admins change the side of an organisation"
  on public.partnership_organisations for update to authenticated
  using ((select private.is_admin()))
  with check ((select private.is_admin()));

create policy "admins remove organisations from partnerships"
  on public.partnership_organisations for delete to authenticated
  using ((select private.is_admin()));

-- Row-level security: memberships -------------------------------------------------------------------
alter table public.memberships enable row level security;

create policy "members see who else is in their partnerships; staff see all"
  on public.memberships for select to authenticated
  using ((select private.is_staff()) or partnership_id in (select private.member_partnership_ids()));

create policy "admins add members; coordinators add contributors to their partnership"
  on public.memberships for insert to authenticated
  with check (
    (select private.is_admin())
    or (role = 'contributor' and partnership_id in (select private.coordinated_partnership_ids()))
  );

create policy "admins change member roles"
  on public.memberships for update to authenticated
  using ((select private.is_admin()))
  with check ((select private.is_admin()));

create policy "admins remove members; coordinators remove contributors of their partnership"
  on public.memberships for delete to authenticated
  using (
    (select private.is_admin())
    or (role = 'contributor' and partnership_id in (select private.coordinated_partnership_ids()))
  );

-- The last coordinator of a partnership cannot be removed or demoted: someone must be able to
-- submit its reports.
create function private.keep_a_coordinator()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if old.role = 'coordinator'
    and (tg_op = 'DELETE' or new.role <> 'coordinator')
    and exists (select 1 from public.partnerships where id = old.partnership_id)
    and not exists (
      select 1 from public.memberships
      where partnership_id = old.partnership_id and role = 'coordinator' and user_id <> old.user_id
    ) then
    raise exception using
      errcode = 'P0001',
      message = 'last_coordinator',
      detail = 'A partnership needs at least one coordinator.',
      hint = 'Make another member coordinator first.';
  end if;
  return coalesce(new, old);
end;
$$;

create trigger memberships_keep_a_coordinator before update or delete on public.memberships
  for each row execute function private.keep_a_coordinator();
