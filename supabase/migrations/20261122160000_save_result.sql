-- Saving a result together with its SDG targets in one transaction, like activities, through the
-- same private.replace_target_links (save_activity.sql).

create function public.save_result(result jsonb, targets jsonb)
returns public.results
language plpgsql
security invoker
set search_path = ''
as $$
declare
  _saved public.results;
  _row public.results := jsonb_populate_record(null::public.results, result);
begin
  if _row.id is null then
    insert into public.results (partnership_id, title, description, level)
    values (_row.partnership_id, _row.title, coalesce(_row.description, ''), _row.level)
    returning * into _saved;
  elsif _row.version is null then
    raise exception using
      errcode = 'PT428',
      message = 'version_required',
      detail = 'A change to an existing result names the version it was made to.',
      hint = 'Send the version the result was read at.';
  else
    update public.results
      set title = _row.title,
          description = coalesce(_row.description, ''),
          level = _row.level,
          -- The version the form was loaded with: a change saved meanwhile makes this a stale write.
          version = _row.version
      where id = _row.id
      returning * into _saved;
    if not found then
      raise exception using errcode = 'PT404', message = 'result_not_found', detail = 'No such result, or it is not yours to change.';
    end if;
  end if;
  perform private.replace_target_links('result_targets', 'result_id', _saved.id, _saved.partnership_id, targets);
  return _saved;
end;
$$;
comment on function public.save_result(jsonb, jsonb) is 'Creates or updates a result and sets its SDG targets, all or nothing, as the caller.';

revoke execute on function public.save_result(jsonb, jsonb) from public, anon;
grant execute on function public.save_result(jsonb, jsonb) to authenticated, service_role;
