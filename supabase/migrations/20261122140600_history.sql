-- History: every insert, update and delete of a partnership's content, with who, when, and the
-- row before and after. Written by triggers, so no path around it; read by the partnership's
-- members and by staff.

create table public.history (
  id bigint generated always as identity primary key,
  partnership_id uuid not null,
  table_name text not null,
  row_id text not null,
  action text not null constraint history_action_check check (action in ('insert', 'update', 'delete')),
  actor_id uuid,
  changed_at timestamptz not null default now(),
  before jsonb,
  after jsonb
);
comment on table public.history is 'Every change of partnership content: which row, what it was before and after, who changed it and when.';
create index history_partnership_id_changed_at_idx on public.history (partnership_id, changed_at desc);
create index history_row_idx on public.history (table_name, row_id);
revoke insert, update, delete, truncate on public.history from anon, authenticated;

create function private.record_history()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  _before jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
  _after jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
  _row jsonb := coalesce(_after, _before);
  _partnership_id uuid := coalesce((_row ->> 'partnership_id')::uuid, case when tg_table_name = 'partnerships' then (_row ->> 'id')::uuid end);
  _row_id text := coalesce(
    _row ->> 'id',
    concat_ws('/', _row ->> 'activity_id', _row ->> 'result_id', _row ->> 'organisation_id', _row ->> 'user_id', _row ->> 'target_id')
  );
begin
  if tg_op = 'UPDATE' and (_before - 'version' - 'updated_at') = (_after - 'version' - 'updated_at') then
    return null;
  end if;
  -- A partnership deleted with its content leaves no history to attach rows to.
  if tg_op = 'DELETE' and tg_table_name <> 'partnerships' and not exists (select 1 from public.partnerships where id = _partnership_id) then
    return null;
  end if;
  insert into public.history (partnership_id, table_name, row_id, action, actor_id, before, after)
  values (_partnership_id, tg_table_name, _row_id, lower(tg_op), (select auth.uid()), _before, _after);
  return null;
end;
$$;

create trigger partnerships_history after insert or update or delete on public.partnerships
  for each row execute function private.record_history();
create trigger partnership_organisations_history after insert or update or delete on public.partnership_organisations
  for each row execute function private.record_history();
create trigger memberships_history after insert or update or delete on public.memberships
  for each row execute function private.record_history();
create trigger activities_history after insert or update or delete on public.activities
  for each row execute function private.record_history();
create trigger activity_targets_history after insert or update or delete on public.activity_targets
  for each row execute function private.record_history();
create trigger results_history after insert or update or delete on public.results
  for each row execute function private.record_history();
create trigger result_targets_history after insert or update or delete on public.result_targets
  for each row execute function private.record_history();
create trigger indicators_history after insert or update or delete on public.indicators
  for each row execute function private.record_history();
create trigger indicator_values_history after insert or update or delete on public.indicator_values
  for each row execute function private.record_history();
create trigger evidence_history after insert or update or delete on public.evidence
  for each row execute function private.record_history();
create trigger reports_history after insert or update or delete on public.reports
  for each row execute function private.record_history();
create trigger report_comments_history after insert or update or delete on public.report_comments
  for each row execute function private.record_history();

alter table public.history enable row level security;

create policy "history is read by the partnership's members and by staff"
  on public.history for select to authenticated
  using ((select private.is_staff()) or partnership_id in (select private.member_partnership_ids()));
