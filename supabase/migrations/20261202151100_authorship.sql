-- Who wrote a row and when are the database's to say, not the client's: for a signed-in user an
-- insert records them as its author, now as its time and 1 as its version, whatever the request
-- carried, and an update keeps the author and the time of creation (the version only moves on,
-- through private.bump_version).
--
-- Without a signed-in user (the seed, migrations, Edge Functions and scripts with the service
-- role) explicit values are kept: those callers are trusted, and the demo data needs its authors
-- and its past dates.

create function private.stamp_authorship()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  _user uuid := (select auth.uid());
  -- the column naming the author, if the table has one (created_by, uploaded_by, author_id …)
  _author_column text := tg_argv[0];
  _row jsonb := to_jsonb(new);
  _patch jsonb := '{}'::jsonb;
begin
  if _user is null then
    return new;
  end if;
  if tg_op = 'INSERT' then
    if _author_column is not null then
      _patch := _patch || jsonb_build_object(_author_column, _user);
    end if;
    if _row ? 'created_at' then
      _patch := _patch || jsonb_build_object('created_at', now());
    end if;
    if _row ? 'updated_at' then
      _patch := _patch || jsonb_build_object('updated_at', now());
    end if;
    if _row ? 'version' then
      _patch := _patch || jsonb_build_object('version', 1);
    end if;
  else
    if _author_column is not null then
      _patch := _patch || jsonb_build_object(_author_column, to_jsonb(old) -> _author_column);
    end if;
    if _row ? 'created_at' then
      _patch := _patch || jsonb_build_object('created_at', to_jsonb(old) -> 'created_at');
    end if;
  end if;
  return jsonb_populate_record(new, _patch);
end;
$$;
comment on function private.stamp_authorship() is 'Sets the author, creation time and first version of a row written by a signed-in user, and keeps them on update.';
revoke all on function private.stamp_authorship() from public, anon, authenticated;

-- Content of the partnerships
create trigger activities_stamp_authorship before insert or update on public.activities
  for each row execute function private.stamp_authorship('created_by');
create trigger results_stamp_authorship before insert or update on public.results
  for each row execute function private.stamp_authorship('created_by');
create trigger indicators_stamp_authorship before insert or update on public.indicators
  for each row execute function private.stamp_authorship();
create trigger indicator_values_stamp_authorship before insert or update on public.indicator_values
  for each row execute function private.stamp_authorship();
create trigger evidence_stamp_authorship before insert or update on public.evidence
  for each row execute function private.stamp_authorship('uploaded_by');
create trigger reports_stamp_authorship before insert or update on public.reports
  for each row execute function private.stamp_authorship('created_by');
create trigger report_comments_stamp_authorship before insert or update on public.report_comments
  for each row execute function private.stamp_authorship('author_id');

-- People and the programme's set-up
create trigger profiles_stamp_authorship before insert or update on public.profiles
  for each row execute function private.stamp_authorship();
create trigger staff_stamp_authorship before insert or update on public.staff
  for each row execute function private.stamp_authorship();
create trigger organisations_stamp_authorship before insert or update on public.organisations
  for each row execute function private.stamp_authorship();
create trigger partnerships_stamp_authorship before insert or update on public.partnerships
  for each row execute function private.stamp_authorship();
create trigger partnership_organisations_stamp_authorship before insert or update on public.partnership_organisations
  for each row execute function private.stamp_authorship();
create trigger memberships_stamp_authorship before insert or update on public.memberships
  for each row execute function private.stamp_authorship();
create trigger invitations_stamp_authorship before insert or update on public.invitations
  for each row execute function private.stamp_authorship('invited_by');
create trigger reporting_deadlines_stamp_authorship before insert or update on public.reporting_deadlines
  for each row execute function private.stamp_authorship();
create trigger programme_settings_stamp_authorship before insert or update on public.programme_settings
  for each row execute function private.stamp_authorship();

-- Comments ----------------------------------------------------------------------------------------------
-- A comment's words are its author's: anyone else allowed to touch it (staff, who resolve any
-- comment) changes only whether it is resolved. Resolving is dated by the database too.
create function private.keep_comment_authorship()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  _user uuid := (select auth.uid());
begin
  if _user is null then
    return new;
  end if;
  if tg_op = 'UPDATE' and old.author_id is distinct from _user
    and (to_jsonb(new) - 'resolved_at' - 'version' - 'updated_at') is distinct from (to_jsonb(old) - 'resolved_at' - 'version' - 'updated_at') then
    raise exception using
      errcode = '42501',
      message = 'not_comment_author',
      detail = 'Only the author of a comment changes what it says.',
      hint = 'Reply to the comment instead.';
  end if;
  if new.resolved_at is not null then
    -- A new comment is open: it cannot arrive resolved, let alone on a date of its own.
    new.resolved_at := case when tg_op = 'INSERT' then null else coalesce(old.resolved_at, now()) end;
  end if;
  return new;
end;
$$;
comment on function private.keep_comment_authorship() is 'Lets only a comment''s author change what it says, and dates its resolution.';
revoke all on function private.keep_comment_authorship() from public, anon, authenticated;

-- Named to fire after report_comments_stamp_authorship (triggers fire in name order), so the
-- author compared with is the stored one.
create trigger report_comments_words_stay_the_authors before insert or update on public.report_comments
  for each row execute function private.keep_comment_authorship();
