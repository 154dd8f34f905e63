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

-- Evidence of a frozen year stays as it was submitted.
create function private.freeze_evidence()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  _row public.evidence := coalesce(new, old);
  _year integer;
begin
  if _row.activity_id is not null then
    select year into _year from public.activities where id = _row.activity_id;
  elsif _row.indicator_value_id is not null then
    select year into _year from public.indicator_values where id = _row.indicator_value_id;
  elsif _row.report_id is not null then
    select year into _year from public.reports where id = _row.report_id;
  end if;
  perform private.assert_year_open(_row.partnership_id, _year);
  return _row;
end;
$$;

create trigger evidence_freeze before insert or delete on public.evidence
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
