-- A submitted or approved year stays as it was submitted, evidence included: a member can neither
-- edit nor relink a frozen year's evidence row (moving it out of that year, or into it), nor
-- replace, move, delete or re-create its file in Storage.
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

-- Replaces the insert-and-delete-only check: an update is judged by both the year the row leaves
-- and the year it goes to.
create or replace function private.freeze_evidence()
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

drop trigger evidence_freeze on public.evidence;
create trigger evidence_freeze before insert or update or delete on public.evidence
  for each row execute function private.freeze_evidence();

-- Storage ---------------------------------------------------------------------------------------------
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
