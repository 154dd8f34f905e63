-- Evidence: files (photos, minutes, reports, PDFs) in the storage bucket `evidence` under the
-- partnership's own folder (`<partnership id>/…`), each linked to the one thing it proves.

insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
values (
  'evidence',
  'evidence',
  false,
  26214400,
  array[
    'image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/heic',
    'application/pdf', 'text/plain', 'text/csv',
    'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.ms-excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.ms-powerpoint', 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    'application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.spreadsheet'
  ]
)
on conflict (id) do update
  set file_size_limit = excluded.file_size_limit, allowed_mime_types = excluded.allowed_mime_types, public = excluded.public;

create table public.evidence (
  id uuid primary key default gen_random_uuid(),
  partnership_id uuid not null references public.partnerships (id) on delete cascade,
  object_path text not null constraint evidence_object_path_unique unique,
  file_name text not null constraint evidence_file_name_length check (char_length(file_name) between 1 and 255),
  mime_type text not null,
  size_bytes bigint not null constraint evidence_size_range check (size_bytes between 0 and 26214400),
  activity_id uuid,
  result_id uuid,
  indicator_value_id uuid,
  report_id uuid,
  uploaded_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  constraint evidence_in_partnership_folder check (object_path like partnership_id::text || '/%'),
  constraint evidence_links_one_thing check (num_nonnulls(activity_id, result_id, indicator_value_id, report_id) = 1),
  foreign key (activity_id, partnership_id) references public.activities (id, partnership_id) on delete cascade,
  foreign key (result_id, partnership_id) references public.results (id, partnership_id) on delete cascade,
  foreign key (indicator_value_id, partnership_id) references public.indicator_values (id, partnership_id) on delete cascade,
  foreign key (report_id, partnership_id) references public.reports (id, partnership_id) on delete cascade
);
comment on table public.evidence is 'A file in storage (bucket evidence, under the partnership''s folder) linked to the activity, result, indicator value or report it proves.';
create index evidence_partnership_id_idx on public.evidence (partnership_id);
create index evidence_activity_id_idx on public.evidence (activity_id, partnership_id);
create index evidence_result_id_idx on public.evidence (result_id, partnership_id);
create index evidence_indicator_value_id_idx on public.evidence (indicator_value_id, partnership_id);
create index evidence_report_id_idx on public.evidence (report_id, partnership_id);
create index evidence_uploaded_by_idx on public.evidence (uploaded_by);

-- Evidence of a frozen year stays as it was submitted: a member can neither edit nor relink a
-- frozen year's evidence row (moving it out of that year, or into it), nor replace, move, delete or
-- re-create its file in Storage (below).
--
-- The year of a piece of evidence is the year of what it proves: an activity's, an indicator
-- value's or a report's. Evidence of a result has no year (a result spans the partnership's
-- years; its values carry the years), so it never freezes.
create function private.evidence_year(evidence public.evidence)
returns integer
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(
    (select a.year from public.activities a where a.id = (evidence).activity_id),
    (select v.year from public.indicator_values v where v.id = (evidence).indicator_value_id),
    (select r.year from public.reports r where r.id = (evidence).report_id)
  )::integer;
$$;
comment on function private.evidence_year(public.evidence) is 'The report year a piece of evidence belongs to, or null for evidence of a result.';

-- An update is judged by both the year the row leaves and the year it goes to.
create function private.freeze_evidence()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op <> 'INSERT' then
    perform private.assert_year_open(old.partnership_id, private.evidence_year(old));
  end if;
  if tg_op <> 'DELETE' then
    perform private.assert_year_open(new.partnership_id, private.evidence_year(new));
  end if;
  return coalesce(new, old);
end;
$$;

create trigger evidence_freeze before insert or update or delete on public.evidence
  for each row execute function private.freeze_evidence();

alter table public.evidence enable row level security;

create policy "evidence is read by the partnership's members and by staff"
  on public.evidence for select to authenticated
  using ((select private.is_staff()) or partnership_id in (select private.member_partnership_ids()));
create policy "members attach evidence to their partnership's work"
  on public.evidence for insert to authenticated
  with check (partnership_id in (select private.member_partnership_ids()));
create policy "members correct evidence details"
  on public.evidence for update to authenticated
  using (partnership_id in (select private.member_partnership_ids()))
  with check (partnership_id in (select private.member_partnership_ids()));
create policy "members remove their partnership's evidence"
  on public.evidence for delete to authenticated
  using (partnership_id in (select private.member_partnership_ids()));

-- Storage: the first folder of an object's name is the partnership it belongs to -----------------
create function private.partnership_of_object(object_name text)
returns uuid
language plpgsql
immutable
set search_path = ''
as $$
begin
  return (storage.foldername(object_name))[1]::uuid;
exception when invalid_text_representation then
  return null;
end;
$$;

create policy "evidence files are read by the partnership's members and by staff"
  on storage.objects for select to authenticated
  using (
    bucket_id = 'evidence'
    and ((select private.is_staff()) or private.partnership_of_object(name) in (select private.member_partnership_ids()))
  );
create policy "members upload evidence into their partnership's folder"
  on storage.objects for insert to authenticated
  with check (bucket_id = 'evidence' and private.partnership_of_object(name) in (select private.member_partnership_ids()));
create policy "members replace evidence files of their partnership"
  on storage.objects for update to authenticated
  using (bucket_id = 'evidence' and private.partnership_of_object(name) in (select private.member_partnership_ids()))
  with check (bucket_id = 'evidence' and private.partnership_of_object(name) in (select private.member_partnership_ids()));
create policy "members delete evidence files of their partnership"
  on storage.objects for delete to authenticated
  using (bucket_id = 'evidence' and private.partnership_of_object(name) in (select private.member_partnership_ids()));

-- Frozen years' files --------------------------------------------------------------------------------
-- Is this object the file of evidence in a frozen year? Also true when that file is missing, so
-- that nothing can be uploaded, copied or moved into its place.
create function private.is_frozen_evidence_file(object_name text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.evidence e
    where e.object_path = object_name
      and private.is_year_frozen(e.partnership_id, private.evidence_year(e))
  );
$$;
comment on function private.is_frozen_evidence_file(text) is 'Whether an object name of the evidence bucket is the file of evidence in a submitted or approved year.';

revoke all on function private.evidence_year(public.evidence), private.is_frozen_evidence_file(text) from public;
grant execute on function private.evidence_year(public.evidence), private.is_frozen_evidence_file(text) to authenticated, service_role;

-- Restrictive, so they narrow the members' storage policies of the evidence bucket without
-- restating them. Supabase Storage checks an upload against insert (and, with upsert, update and
-- select), a replacement against update, a move against select and update, a copy against select
-- on the source and insert at the destination, a removal against delete: each path meets one of
-- these.
create policy "nothing is uploaded in place of a frozen year's evidence file"
  on storage.objects as restrictive for insert to authenticated
  with check (bucket_id is distinct from 'evidence' or not private.is_frozen_evidence_file(name));

create policy "a frozen year's evidence files are neither replaced nor moved"
  on storage.objects as restrictive for update to authenticated
  using (bucket_id is distinct from 'evidence' or not private.is_frozen_evidence_file(name))
  with check (bucket_id is distinct from 'evidence' or not private.is_frozen_evidence_file(name));

create policy "a frozen year's evidence files are not deleted"
  on storage.objects as restrictive for delete to authenticated
  using (bucket_id is distinct from 'evidence' or not private.is_frozen_evidence_file(name));
