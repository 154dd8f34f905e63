-- Saving a partnership together with the organisations on its two sides in one transaction, so
-- the form never leaves a partnership without the sides it was saved with. Runs as the caller:
-- row-level security (admins only) and the version check apply as to any other write.

create function public.save_partnership(partnership jsonb, swedish_organisation_ids uuid[], partner_organisation_ids uuid[])
returns public.partnerships
language plpgsql
security invoker
set search_path = ''
as $$
declare
  _saved public.partnerships;
  _row public.partnerships := jsonb_populate_record(null::public.partnerships, partnership);
begin
  if coalesce(cardinality(swedish_organisation_ids), 0) = 0 or coalesce(cardinality(partner_organisation_ids), 0) = 0 then
    raise exception using errcode = '22023', message = 'sides_required', detail = 'A partnership has at least one organisation on each side.';
  end if;
  if swedish_organisation_ids && partner_organisation_ids then
    raise exception using errcode = '22023', message = 'one_side_each', detail = 'An organisation takes part on one side only.';
  end if;
  if _row.id is null then
    insert into public.partnerships (name, status, starts_year, ends_year, focus_goal_ids, description, is_public)
    values (_row.name, coalesce(_row.status, 'active'), _row.starts_year, _row.ends_year, coalesce(_row.focus_goal_ids, '{}'), coalesce(_row.description, ''), coalesce(_row.is_public, false))
    returning * into _saved;
  elsif _row.version is null then
    raise exception using
      errcode = 'PT428',
      message = 'version_required',
      detail = 'A change to an existing partnership names the version it was made to.',
      hint = 'Send the version the partnership was read at.';
  else
    update public.partnerships
      set name = _row.name,
          status = coalesce(_row.status, status),
          starts_year = _row.starts_year,
          ends_year = _row.ends_year,
          focus_goal_ids = coalesce(_row.focus_goal_ids, '{}'),
          description = coalesce(_row.description, ''),
          is_public = coalesce(_row.is_public, false),
          -- The version the form was loaded with: a change saved meanwhile makes this a stale write.
          version = _row.version
      where id = _row.id
      returning * into _saved;
    if not found then
      raise exception using errcode = 'PT404', message = 'partnership_not_found', detail = 'No such partnership, or it is not yours to change.';
    end if;
  end if;

  delete from public.partnership_organisations po
    where po.partnership_id = _saved.id
      and not (po.organisation_id = any (swedish_organisation_ids || partner_organisation_ids));
  insert into public.partnership_organisations (partnership_id, organisation_id, side)
    select _saved.id, sides.organisation_id, sides.side
    from (
      select unnest(swedish_organisation_ids) as organisation_id, 'swedish'::public.partnership_side as side
      union all
      select unnest(partner_organisation_ids), 'partner'
    ) as sides
  on conflict (partnership_id, organisation_id) do update set side = excluded.side
    where partnership_organisations.side is distinct from excluded.side;
  return _saved;
end;
$$;
comment on function public.save_partnership(jsonb, uuid[], uuid[]) is 'Creates or updates a partnership with the organisations on its Swedish and partner sides, at once.';
revoke execute on function public.save_partnership(jsonb, uuid[], uuid[]) from public, anon;
grant execute on function public.save_partnership(jsonb, uuid[], uuid[]) to authenticated;
