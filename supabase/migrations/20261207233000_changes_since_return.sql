-- What changed in a report since it was last returned: a reviewer opening the resubmitted report
-- reads each narrative section and each of the year's indicator values that changed, as they were
-- when the report was returned and as they are now. Read from the history the triggers keep, as
-- the caller: whoever may read the partnership's history reads its report's changes.

create function public.report_changes_since_return(report_id uuid)
returns table (
  kind text, key text, indicator_title text, sex public.sex, before jsonb, after jsonb, returned_at timestamptz, changed_at timestamptz
)
language sql
stable
security invoker
set search_path = ''
as $$
  with report as (
    select r.* from public.reports r where r.id = report_changes_since_return.report_id
  ),
  -- A return writes its event and its state in one transaction, at one time: what comes after it
  -- is what the partnership changed.
  returned as (
    select max(e.created_at) as at
    from public.report_events e
    join report r on r.id = e.report_id and r.partnership_id = e.partnership_id
    where e.to_status = 'returned'
  ),
  report_rows as (
    select h.before, h.after, h.changed_at, h.id
    from public.history h, report r, returned w
    where h.table_name = 'reports' and h.row_id = r.id::text and h.partnership_id = r.partnership_id and h.changed_at > w.at
  ),
  sections as (
    select 'section'::text as kind, s.section::text as key, null::text as indicator_title, null::public.sex as sex,
      to_jsonb(first.before ->> s.section::text) as before, to_jsonb(to_jsonb(r) ->> s.section::text) as after,
      w.at as returned_at,
      (select max(c.changed_at) from report_rows c where (c.before ->> s.section::text) is distinct from (c.after ->> s.section::text)) as changed_at
    from report r
    cross join returned w
    cross join lateral (select c.before from report_rows c order by c.changed_at, c.id limit 1) as first
    cross join unnest(enum_range(null::public.report_section)) as s (section)
    where (first.before ->> s.section::text) is distinct from (to_jsonb(r) ->> s.section::text)
  ),
  -- Each of the year's values as it was at the return (the state before its first change since)
  -- and as it is now (after its last; null when deleted, or before when added since).
  value_rows as (
    select h.row_id, h.before, h.after, h.changed_at, h.id
    from public.history h, report r, returned w
    where h.table_name = 'indicator_values' and h.partnership_id = r.partnership_id and h.changed_at > w.at
      and coalesce(h.after ->> 'year', h.before ->> 'year')::integer = r.year
  ),
  value_changes as (
    select v.row_id,
      (array_agg(v.before order by v.changed_at, v.id))[1] as before,
      (array_agg(v.after order by v.changed_at desc, v.id desc))[1] as after,
      max(v.changed_at) as changed_at
    from value_rows v
    group by v.row_id
  ),
  shown as (
    select c.row_id, c.changed_at, coalesce(c.after, c.before) as value,
      case when c.before is not null then jsonb_build_object('target_value', c.before -> 'target_value', 'actual_value', c.before -> 'actual_value', 'comment', c.before -> 'comment') end as before,
      case when c.after is not null then jsonb_build_object('target_value', c.after -> 'target_value', 'actual_value', c.after -> 'actual_value', 'comment', c.after -> 'comment') end as after
    from value_changes c
  ),
  values_changed as (
    select 'value'::text as kind, v.row_id as key, i.title as indicator_title, (v.value ->> 'sex')::public.sex as sex,
      v.before, v.after, w.at as returned_at, v.changed_at
    from shown v
    cross join returned w
    left join public.indicators i on i.id = (v.value ->> 'indicator_id')::uuid
    where v.before is distinct from v.after
  )
  select * from sections
  union all
  select * from values_changed
  order by 1, 2;
$$;
comment on function public.report_changes_since_return(uuid) is 'The narrative sections and the year''s indicator values changed since the report was last returned, as they were then and as they are now.';
revoke execute on function public.report_changes_since_return(uuid) from public, anon;
grant execute on function public.report_changes_since_return(uuid) to authenticated, service_role;
