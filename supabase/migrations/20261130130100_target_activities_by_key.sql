-- Drilling into a target: its activities a page at a time by key instead of by offset, so that a
-- page far down the list costs what the first one does (an offset walks every row before it).
-- Newest first: by year, start date and id, each descending, the order of the index on activities
-- (year, starts_on, id) read backwards. Each row carries its row_key (start date and id); a page
-- starts after the last key of the page before (after_key), or ends before the first key of the
-- page after (before_key), and none of them gives the first page.
drop function public.dashboard_target_activities(text, integer, integer, text, text, uuid, text, integer, integer);
drop function private.dashboard_target_activities(text, integer, integer, uuid[], text, integer, integer);

create function private.dashboard_target_activities(
  target_id text, year_from integer, year_to integer, scope uuid[], principle text, after_key text, before_key text, row_limit integer
)
returns table (activity_id uuid, partnership_id uuid, partnership_name text, title text, starts_on date, year smallint, contribution text, row_key text)
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  _key text := coalesce(after_key, before_key);
  _key_date date := split_part(_key, '_', 1)::date;
  _key_id uuid := nullif(split_part(_key, '_', 2), '')::uuid;
  -- Before a key the index is read forwards from it, and the page turned round afterwards.
  _after boolean := before_key is null;
begin
  if after_key is not null and before_key is not null then
    raise exception 'after_key and before_key exclude each other' using errcode = '22023';
  end if;
  -- Planned at every call for its arguments, like the charts (EXECUTE is never cached).
  return query execute format($sql$
    select p.activity_id, p.partnership_id, pa.name, p.title, p.starts_on, p.year, p.contribution, p.starts_on::text || '_' || p.activity_id
    from (
      select a.id as activity_id, a.partnership_id, a.title, a.starts_on, a.year, l.contribution
      from public.activities a
      join public.activity_targets l on l.activity_id = a.id
      where l.target_id = $1
        and ($2 is null or l.partnership_id = any ($2))
        and a.year between $3 and $4
        and ($5 is null or $5 = any (a.principles))
        and ($6 is null or (a.year, a.starts_on, a.id) %1$s (extract(year from $6)::smallint, $6, $7))
      order by a.year %2$s, a.starts_on %2$s, a.id %2$s
      limit $8
    ) as p
    join public.partnerships pa on pa.id = p.partnership_id
    order by p.year desc, p.starts_on desc, p.activity_id desc$sql$,
    case when _after then '<' else '>' end, case when _after then 'desc' else 'asc' end)
  using dashboard_target_activities.target_id, dashboard_target_activities.scope, dashboard_target_activities.year_from,
    dashboard_target_activities.year_to, dashboard_target_activities.principle, _key_date, _key_id, dashboard_target_activities.row_limit;
end;
$$;

create function public.dashboard_target_activities(
  target_id text, year_from integer, year_to integer,
  country_code text default null, region text default null, partnership_id uuid default null,
  principle text default null, after_key text default null, before_key text default null, row_limit integer default null
)
returns table (activity_id uuid, partnership_id uuid, partnership_name text, title text, starts_on date, year smallint, contribution text, row_key text)
language sql
stable
security invoker
set search_path = ''
as $$
  select * from private.dashboard_target_activities(
    dashboard_target_activities.target_id, dashboard_target_activities.year_from, dashboard_target_activities.year_to,
    private.dashboard_scope_ids(dashboard_target_activities.country_code, dashboard_target_activities.region, dashboard_target_activities.partnership_id),
    dashboard_target_activities.principle, dashboard_target_activities.after_key, dashboard_target_activities.before_key, dashboard_target_activities.row_limit
  );
$$;
comment on function public.dashboard_target_activities(text, integer, integer, text, text, uuid, text, text, text, integer) is 'The activities linked to one SDG target over a range of years, newest first; a page of them after or before a row_key, with row_limit.';

revoke execute on function private.dashboard_target_activities(text, integer, integer, uuid[], text, text, text, integer) from public, anon;
revoke execute on function public.dashboard_target_activities(text, integer, integer, text, text, uuid, text, text, text, integer) from public, anon;
grant execute on function private.dashboard_target_activities(text, integer, integer, uuid[], text, text, text, integer) to authenticated, service_role;
grant execute on function public.dashboard_target_activities(text, integer, integer, text, text, uuid, text, text, text, integer) to authenticated, service_role;
