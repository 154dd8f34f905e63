-- Saving an activity together with its SDG targets in one transaction, so a form never leaves an
-- activity without the targets it was saved with (or with half of them). Runs as the caller:
-- row-level security, the freeze rules and the version check apply as to any other write.

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
  if jsonb_typeof(targets) is distinct from 'array' then
    raise exception using errcode = '22023', message = 'targets_not_a_list', detail = 'targets must be a list of {target_id, contribution}.';
  end if;
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
          version = coalesce(_row.version, version)
      where id = _row.id
      returning * into _saved;
    if not found then
      raise exception using errcode = 'P0002', message = 'activity_not_found', detail = 'No such activity, or it is not yours to change.';
    end if;
  end if;

  delete from public.activity_targets t
    where t.activity_id = _saved.id
      and t.target_id not in (select entry ->> 'target_id' from jsonb_array_elements(targets) entry);
  insert into public.activity_targets (activity_id, partnership_id, target_id, contribution)
    select _saved.id, _saved.partnership_id, entry ->> 'target_id', entry ->> 'contribution'
    from jsonb_array_elements(targets) entry
  on conflict (activity_id, target_id) do update set contribution = excluded.contribution
    where activity_targets.contribution is distinct from excluded.contribution;
  return _saved;
end;
$$;
comment on function public.save_activity(jsonb, jsonb) is 'Creates or updates an activity and sets its SDG targets, all or nothing, as the caller.';

revoke execute on function public.save_activity(jsonb, jsonb) from public, anon;
grant execute on function public.save_activity(jsonb, jsonb) to authenticated, service_role;
