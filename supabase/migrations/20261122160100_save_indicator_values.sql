-- Saving an indicator's year-by-year grid in one transaction. Each entry carries the version it
-- was read at (none for a value that did not exist yet), so a value someone else saved meanwhile,
-- or added for the same year, is a stale edit (PT409) and nothing of the grid is written.
-- An entry with no target, no actual value and no comment removes the stored value.
-- The percentage rule (indicator_values_percentage_total_required) is checked before it returns,
-- so that the caller hears of a missing total from the call itself.

create function public.save_indicator_values(indicator_id uuid, entries jsonb)
returns setof public.indicator_values
language plpgsql
security invoker
set search_path = ''
as $$
declare
  _indicator public.indicators;
  _entry jsonb;
  _row public.indicator_values;
  _empty boolean;
begin
  select * into _indicator from public.indicators i where i.id = save_indicator_values.indicator_id;
  if not found then
    raise exception using errcode = 'PT404', message = 'indicator_not_found', detail = 'No such indicator, or it is not yours to change.';
  end if;
  if jsonb_typeof(entries) is distinct from 'array' then
    raise exception using errcode = '22023', message = 'entries_not_a_list', detail = 'entries must be a list of {year, sex, target_value, actual_value, comment, version}.';
  end if;

  for _entry in select * from jsonb_array_elements(entries) loop
    _row := jsonb_populate_record(null::public.indicator_values, _entry);
    _empty := _row.target_value is null and _row.actual_value is null and coalesce(_row.comment, '') = '';
    if _row.sex is null then
      _row.sex := 'total';
    end if;
    if _row.version is null then
      continue when _empty;
      begin
        insert into public.indicator_values (indicator_id, partnership_id, year, sex, target_value, actual_value, comment)
        values (_indicator.id, _indicator.partnership_id, _row.year, _row.sex, _row.target_value, _row.actual_value, coalesce(_row.comment, ''));
      exception when unique_violation then
        raise exception using
          errcode = 'PT409',
          message = 'stale_version',
          detail = format('A value for %s (%s) was added by someone else.', _row.year, _row.sex),
          hint = 'Reload to see the latest version, then apply your change again.';
      end;
    elsif _empty then
      delete from public.indicator_values v
        where v.indicator_id = _indicator.id and v.year = _row.year and v.sex = _row.sex and v.version = _row.version;
      if not found then
        raise exception using errcode = 'PT409', message = 'stale_version', detail = format('The value for %s (%s) was changed by someone else.', _row.year, _row.sex);
      end if;
    else
      update public.indicator_values v
        set target_value = _row.target_value,
            actual_value = _row.actual_value,
            comment = coalesce(_row.comment, ''),
            version = _row.version
        where v.indicator_id = _indicator.id and v.year = _row.year and v.sex = _row.sex;
      if not found then
        raise exception using errcode = 'PT409', message = 'stale_version', detail = format('The value for %s (%s) was removed by someone else.', _row.year, _row.sex);
      end if;
    end if;
  end loop;
  set constraints public.indicator_values_percentage_total_required immediate;

  return query select * from public.indicator_values v where v.indicator_id = _indicator.id order by v.year, v.sex;
end;
$$;
comment on function public.save_indicator_values(uuid, jsonb) is 'Saves the target and actual values of an indicator for several years at once, all or nothing, as the caller.';

revoke execute on function public.save_indicator_values(uuid, jsonb) from public, anon;
grant execute on function public.save_indicator_values(uuid, jsonb) to authenticated, service_role;
