-- Saving an activity together with its SDG targets in one transaction, so a form never leaves an
-- activity without the targets it was saved with (or with half of them). Runs as the caller:
-- row-level security, the freeze rules and the version check apply as to any other write. The
-- part that replaces an owner's target links is shared with results (save_result.sql), so the two
-- cannot drift apart.

create function private.replace_target_links(link_table text, owner_column text, owner_id uuid, partnership_id uuid, targets jsonb)
returns void
language plpgsql
security invoker
set search_path = ''
as $$
begin
  if jsonb_typeof(targets) is distinct from 'array' then
    raise exception using errcode = '22023', message = 'targets_not_a_list', detail = 'targets must be a list of {target_id, contribution}.';
  end if;
  execute format(
    'delete from public.%1$I l where l.%2$I = $1 and l.target_id not in (select entry ->> ''target_id'' from jsonb_array_elements($2) entry)',
    link_table, owner_column
  ) using owner_id, targets;
  execute format(
    'insert into public.%1$I (%2$I, partnership_id, target_id, contribution)
       select $1, $3, entry ->> ''target_id'', (entry ->> ''contribution'')::public.contribution from jsonb_array_elements($2) entry
     on conflict (%2$I, target_id) do update set contribution = excluded.contribution
       where %1$I.contribution is distinct from excluded.contribution',
    link_table, owner_column
  ) using owner_id, targets, partnership_id;
end;
$$;
comment on function private.replace_target_links(text, text, uuid, uuid, jsonb) is 'Makes an activity''s or result''s SDG target links exactly the given list, as the caller.';
revoke execute on function private.replace_target_links(text, text, uuid, uuid, jsonb) from public, anon;
grant execute on function private.replace_target_links(text, text, uuid, uuid, jsonb) to authenticated, service_role;

create function public.save_activity(activity jsonb, targets jsonb)
returns public.activities
language plpgsql
security invoker
set search_path = ''
as $$
declare
  _saved public.activities;
  _row public.activities := jsonb_populate_record(null::public.activities, activity);
begin
  if _row.id is null then
    insert into public.activities (
      partnership_id, title, description, kind, starts_on, ends_on, place,
      participants_women, participants_men, participants_other, target_groups, principles, localisation_stage
    )
    values (
      _row.partnership_id, _row.title, coalesce(_row.description, ''), _row.kind, _row.starts_on, _row.ends_on, coalesce(_row.place, ''),
      coalesce(_row.participants_women, 0), coalesce(_row.participants_men, 0), coalesce(_row.participants_other, 0),
      coalesce(_row.target_groups, '{}'), coalesce(_row.principles, '{}'), _row.localisation_stage
    )
    returning * into _saved;
  elsif _row.version is null then
    raise exception using
      errcode = 'PT428',
      message = 'version_required',
      detail = 'A change to an existing activity names the version it was made to.',
      hint = 'Send the version the activity was read at.';
  else
    update public.activities
      set title = _row.title,
          description = coalesce(_row.description, ''),
          kind = _row.kind,
          starts_on = _row.starts_on,
          ends_on = _row.ends_on,
          place = coalesce(_row.place, ''),
          participants_women = coalesce(_row.participants_women, 0),
          participants_men = coalesce(_row.participants_men, 0),
          participants_other = coalesce(_row.participants_other, 0),
          target_groups = coalesce(_row.target_groups, '{}'),
          principles = coalesce(_row.principles, '{}'),
          localisation_stage = _row.localisation_stage,
          -- The version the form was loaded with: a change saved meanwhile makes this a stale write.
          version = _row.version
      where id = _row.id
      returning * into _saved;
    if not found then
      raise exception using errcode = 'PT404', message = 'activity_not_found', detail = 'No such activity, or it is not yours to change.';
    end if;
  end if;
  perform private.replace_target_links('activity_targets', 'activity_id', _saved.id, _saved.partnership_id, targets);
  return _saved;
end;
$$;
comment on function public.save_activity(jsonb, jsonb) is 'Creates or updates an activity and sets its SDG targets, all or nothing, as the caller.';

revoke execute on function public.save_activity(jsonb, jsonb) from public, anon;
grant execute on function public.save_activity(jsonb, jsonb) to authenticated, service_role;
