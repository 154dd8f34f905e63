-- What partnerships do and achieve: activities and results linked to SDG targets (direct or
-- indirect), and the indicators of results with a target and an actual value per year. Child rows
-- carry their partnership's id (kept consistent by composite foreign keys) so that row-level
-- security and the dashboards filter without joins.

-- The closed vocabularies of activities, results and indicators (see
-- 20261122140100_people_and_partnerships.sql).
create type public.activity_kind as enum ('workshop', 'training', 'exchange_visit', 'citizen_dialogue', 'study_visit', 'conference', 'other');
create type public.principle as enum ('participation', 'transparency', 'accountability', 'non_discrimination');
create type public.target_group as enum (
  'youth', 'children', 'women', 'marginalised_groups', 'persons_with_disabilities', 'older_people',
  'minorities', 'elected_officials', 'municipal_staff', 'civil_society', 'private_sector', 'general_public'
);
create type public.localisation_stage as enum ('inform_include', 'set_local_agenda', 'implement_follow_up');
create type public.contribution as enum ('direct', 'indirect');
create type public.result_level as enum ('output', 'outcome', 'impact');
create type public.measure as enum ('number', 'percentage', 'qualitative');
create type public.aggregation as enum ('sum', 'cumulative', 'latest');
create type public.sex as enum ('total', 'women', 'men', 'other');

create table public.activities (
  id uuid primary key default gen_random_uuid(),
  partnership_id uuid not null references public.partnerships (id) on delete cascade,
  title text not null constraint activities_title_length check (char_length(trim(title)) between 3 and 200),
  description text not null default '' constraint activities_description_length check (char_length(description) <= 10000),
  kind public.activity_kind not null,
  starts_on date not null,
  ends_on date not null,
  year smallint generated always as (extract(year from starts_on)::smallint) stored,
  place text not null default '' constraint activities_place_length check (char_length(place) <= 200),
  participants_women integer not null default 0 constraint activities_participants_women_non_negative check (participants_women >= 0),
  participants_men integer not null default 0 constraint activities_participants_men_non_negative check (participants_men >= 0),
  participants_other integer not null default 0 constraint activities_participants_other_non_negative check (participants_other >= 0),
  target_groups public.target_group[] not null default '{}',
  principles public.principle[] not null default '{}',
  localisation_stage public.localisation_stage,
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  constraint activities_dates_order check (ends_on >= starts_on),
  constraint activities_starts_on_range check (starts_on between '2000-01-01' and '2100-12-31'),
  constraint activities_id_partnership_unique unique (id, partnership_id)
);
comment on table public.activities is 'What a partnership did: workshops, trainings, visits, citizen dialogues … with participants by sex and the SDG targets it contributes to.';
create index activities_partnership_id_year_idx on public.activities (partnership_id, year);
create index activities_year_idx on public.activities (year);
create index activities_created_by_idx on public.activities (created_by);

create table public.activity_targets (
  activity_id uuid not null,
  partnership_id uuid not null,
  target_id text not null references public.sdg_targets (id),
  contribution public.contribution not null,
  primary key (activity_id, target_id),
  foreign key (activity_id, partnership_id) references public.activities (id, partnership_id) on delete cascade on update cascade
);
comment on table public.activity_targets is 'The SDG targets an activity contributes to, directly or indirectly.';
create index activity_targets_partnership_id_idx on public.activity_targets (partnership_id);
create index activity_targets_target_id_idx on public.activity_targets (target_id);
create index activity_targets_activity_partnership_idx on public.activity_targets (activity_id, partnership_id);

create table public.results (
  id uuid primary key default gen_random_uuid(),
  partnership_id uuid not null references public.partnerships (id) on delete cascade,
  title text not null constraint results_title_length check (char_length(trim(title)) between 3 and 200),
  description text not null default '' constraint results_description_length check (char_length(description) <= 10000),
  level public.result_level not null,
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  constraint results_id_partnership_unique unique (id, partnership_id)
);
comment on table public.results is 'An output, outcome or impact of a partnership, measured by its indicators.';
create index results_partnership_id_idx on public.results (partnership_id);
create index results_created_by_idx on public.results (created_by);

create table public.result_targets (
  result_id uuid not null,
  partnership_id uuid not null,
  target_id text not null references public.sdg_targets (id),
  contribution public.contribution not null,
  primary key (result_id, target_id),
  foreign key (result_id, partnership_id) references public.results (id, partnership_id) on delete cascade on update cascade
);
comment on table public.result_targets is 'The SDG targets a result contributes to, directly or indirectly.';
create index result_targets_partnership_id_idx on public.result_targets (partnership_id);
create index result_targets_target_id_idx on public.result_targets (target_id);
create index result_targets_result_partnership_idx on public.result_targets (result_id, partnership_id);

create table public.indicators (
  id uuid primary key default gen_random_uuid(),
  result_id uuid not null,
  partnership_id uuid not null,
  title text not null constraint indicators_title_length check (char_length(trim(title)) between 3 and 200),
  sdg_indicator_id text references public.sdg_indicators (id),
  measure public.measure not null,
  unit text not null default '' constraint indicators_unit_length check (char_length(unit) <= 50),
  aggregation public.aggregation not null default 'sum',
  higher_is_better boolean not null default true,
  baseline_year smallint constraint indicators_baseline_year_range check (baseline_year between 2000 and 2100),
  baseline_value numeric constraint indicators_baseline_value_non_negative check (baseline_value >= 0),
  disaggregated_by_sex boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  constraint indicators_percentage_baseline check (measure <> 'percentage' or baseline_value <= 100),
  constraint indicators_baseline_complete check ((baseline_year is null) = (baseline_value is null) or measure = 'qualitative'),
  constraint indicators_id_partnership_unique unique (id, partnership_id),
  foreign key (result_id, partnership_id) references public.results (id, partnership_id) on delete cascade on update cascade
);
comment on table public.indicators is 'How a result is measured: unit, aggregation rule over the years, direction, baseline, optional official SDG indicator.';
create index indicators_result_partnership_idx on public.indicators (result_id, partnership_id);
create index indicators_partnership_id_idx on public.indicators (partnership_id);
create index indicators_sdg_indicator_id_idx on public.indicators (sdg_indicator_id);

create table public.indicator_values (
  id uuid primary key default gen_random_uuid(),
  indicator_id uuid not null,
  partnership_id uuid not null,
  year smallint not null constraint indicator_values_year_range check (year between 2000 and 2100),
  sex public.sex not null default 'total',
  target_value numeric constraint indicator_values_target_non_negative check (target_value >= 0),
  actual_value numeric constraint indicator_values_actual_non_negative check (actual_value >= 0),
  comment text not null default '' constraint indicator_values_comment_length check (char_length(comment) <= 5000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  constraint indicator_values_one_per_year_and_sex unique (indicator_id, year, sex),
  constraint indicator_values_id_partnership_unique unique (id, partnership_id),
  foreign key (indicator_id, partnership_id) references public.indicators (id, partnership_id) on delete cascade on update cascade
);
comment on table public.indicator_values is 'The target and the actual value of an indicator for one year (and sex, where disaggregated), with a comment.';
create index indicator_values_partnership_year_idx on public.indicator_values (partnership_id, year);
create index indicator_values_indicator_partnership_idx on public.indicator_values (indicator_id, partnership_id);

-- Percentages stay within 0–100.
create function private.check_indicator_value()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  _measure text;
begin
  select measure into _measure from public.indicators where id = new.indicator_id;
  if _measure = 'percentage' and (new.target_value > 100 or new.actual_value > 100) then
    raise exception using
      errcode = '23514',
      message = 'new row for relation "indicator_values" violates check constraint "indicator_values_percentage_range"',
      constraint = 'indicator_values_percentage_range',
      detail = 'A percentage lies between 0 and 100.';
  end if;
  return new;
end;
$$;

create trigger indicator_values_check before insert or update on public.indicator_values
  for each row execute function private.check_indicator_value();

alter table public.report_comments
  add column indicator_value_id uuid references public.indicator_values (id) on delete set null;
create index report_comments_indicator_value_id_idx on public.report_comments (indicator_value_id);

-- Versions ---------------------------------------------------------------------------------------------
create trigger activities_bump_version before update on public.activities
  for each row execute function private.bump_version();
create trigger results_bump_version before update on public.results
  for each row execute function private.bump_version();
create trigger indicators_bump_version before update on public.indicators
  for each row execute function private.bump_version();
create trigger indicator_values_bump_version before update on public.indicator_values
  for each row execute function private.bump_version();

-- Freezing: a submitted or approved year refuses changes to its activities and values --------------
create function private.freeze_year_of_row()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  _old_year integer;
  _new_year integer;
begin
  if tg_table_name = 'activity_targets' then
    if tg_op <> 'INSERT' then
      select year into _old_year from public.activities where id = old.activity_id;
    end if;
    if tg_op <> 'DELETE' then
      select year into _new_year from public.activities where id = new.activity_id;
    end if;
  elsif tg_table_name = 'activities' then
    -- Generated columns are not computed yet in a before trigger: derive the year here.
    if tg_op <> 'INSERT' then
      _old_year := extract(year from old.starts_on);
    end if;
    if tg_op <> 'DELETE' then
      _new_year := extract(year from new.starts_on);
    end if;
  else
    if tg_op <> 'INSERT' then
      _old_year := old.year;
    end if;
    if tg_op <> 'DELETE' then
      _new_year := new.year;
    end if;
  end if;
  if tg_op <> 'INSERT' then
    perform private.assert_year_open(old.partnership_id, _old_year);
  end if;
  if tg_op <> 'DELETE' then
    perform private.assert_year_open(new.partnership_id, _new_year);
  end if;
  return coalesce(new, old);
end;
$$;

create trigger activities_freeze before insert or update or delete on public.activities
  for each row execute function private.freeze_year_of_row();
create trigger activity_targets_freeze before insert or update or delete on public.activity_targets
  for each row execute function private.freeze_year_of_row();
create trigger indicator_values_freeze before insert or update or delete on public.indicator_values
  for each row execute function private.freeze_year_of_row();

-- Row-level security ---------------------------------------------------------------------------------
-- Members read and write their partnership's content; staff read everything and write nothing.
alter table public.activities enable row level security;
alter table public.activity_targets enable row level security;
alter table public.results enable row level security;
alter table public.result_targets enable row level security;
alter table public.indicators enable row level security;
alter table public.indicator_values enable row level security;

create policy "activities are read by the partnership's members and by staff"
  on public.activities for select to authenticated
  using ((select private.is_staff()) or partnership_id in (select private.member_partnership_ids()));
create policy "members add activities to their partnership"
  on public.activities for insert to authenticated
  with check (partnership_id in (select private.member_partnership_ids()));
create policy "members edit their partnership's activities"
  on public.activities for update to authenticated
  using (partnership_id in (select private.member_partnership_ids()))
  with check (partnership_id in (select private.member_partnership_ids()));
create policy "members delete their partnership's activities"
  on public.activities for delete to authenticated
  using (partnership_id in (select private.member_partnership_ids()));

create policy "activity targets are read by the partnership's members and by staff"
  on public.activity_targets for select to authenticated
  using ((select private.is_staff()) or partnership_id in (select private.member_partnership_ids()));
create policy "members link their activities to targets"
  on public.activity_targets for insert to authenticated
  with check (partnership_id in (select private.member_partnership_ids()));
create policy "members change how an activity contributes"
  on public.activity_targets for update to authenticated
  using (partnership_id in (select private.member_partnership_ids()))
  with check (partnership_id in (select private.member_partnership_ids()));
create policy "members unlink their activities from targets"
  on public.activity_targets for delete to authenticated
  using (partnership_id in (select private.member_partnership_ids()));

create policy "results are read by the partnership's members and by staff"
  on public.results for select to authenticated
  using ((select private.is_staff()) or partnership_id in (select private.member_partnership_ids()));
create policy "members add results to their partnership"
  on public.results for insert to authenticated
  with check (partnership_id in (select private.member_partnership_ids()));
create policy "members edit their partnership's results"
  on public.results for update to authenticated
  using (partnership_id in (select private.member_partnership_ids()))
  with check (partnership_id in (select private.member_partnership_ids()));
create policy "members delete their partnership's results"
  on public.results for delete to authenticated
  using (partnership_id in (select private.member_partnership_ids()));

create policy "result targets are read by the partnership's members and by staff"
  on public.result_targets for select to authenticated
  using ((select private.is_staff()) or partnership_id in (select private.member_partnership_ids()));
create policy "members link their results to targets"
  on public.result_targets for insert to authenticated
  with check (partnership_id in (select private.member_partnership_ids()));
create policy "members change how a result contributes"
  on public.result_targets for update to authenticated
  using (partnership_id in (select private.member_partnership_ids()))
  with check (partnership_id in (select private.member_partnership_ids()));
create policy "members unlink their results from targets"
  on public.result_targets for delete to authenticated
  using (partnership_id in (select private.member_partnership_ids()));

create policy "indicators are read by the partnership's members and by staff"
  on public.indicators for select to authenticated
  using ((select private.is_staff()) or partnership_id in (select private.member_partnership_ids()));
create policy "members add indicators to their results"
  on public.indicators for insert to authenticated
  with check (partnership_id in (select private.member_partnership_ids()));
create policy "members edit their indicators"
  on public.indicators for update to authenticated
  using (partnership_id in (select private.member_partnership_ids()))
  with check (partnership_id in (select private.member_partnership_ids()));
create policy "members delete their indicators"
  on public.indicators for delete to authenticated
  using (partnership_id in (select private.member_partnership_ids()));

create policy "indicator values are read by the partnership's members and by staff"
  on public.indicator_values for select to authenticated
  using ((select private.is_staff()) or partnership_id in (select private.member_partnership_ids()));
create policy "members record indicator values"
  on public.indicator_values for insert to authenticated
  with check (partnership_id in (select private.member_partnership_ids()));
create policy "members change indicator values"
  on public.indicator_values for update to authenticated
  using (partnership_id in (select private.member_partnership_ids()))
  with check (partnership_id in (select private.member_partnership_ids()));
create policy "members delete indicator values"
  on public.indicator_values for delete to authenticated
  using (partnership_id in (select private.member_partnership_ids()));

-- Indicator figures ------------------------------------------------------------------------------------------
-- Rules (the partnership pages follow the same ones in src/features/results/api/indicator-progress.ts
-- and sex-breakdown.ts; the dashboards, the reports and the IQA export read them from here):
-- - A year's total is the stored total; where an indicator counts by sex and has no total for the
--   year, a number's total is the sum of its parts. Percentages by sex do not add up to a total, so
--   a percentage by sex needs its total (indicator_values_percentage_total_required).
-- - Progress over a period counts the yearly totals in it up to the last year with an actual value
--   (through_year): targets of later years are not yet due, so they do not count.
--   - sum: the actual values against the targets of those years;
--   - cumulative and latest: the latest actual value against the target of that year, or the
--     last one before it.
--   The share is the way from the baseline to the target for cumulative and latest (when there is
--   a baseline that differs from the target), else actual / target (target / actual when lower is
--   better). The dashboards count over the chosen years, a report over every year up to its own.

-- Yearly totals.
create view private.indicator_year_totals
with (security_invoker = on)
as
  select v.indicator_id, v.partnership_id, v.year,
    coalesce(
      max(v.target_value) filter (where v.sex = 'total'),
      case when i.measure = 'number' and i.disaggregated_by_sex then sum(v.target_value) filter (where v.sex <> 'total') end
    ) as target_value,
    coalesce(
      max(v.actual_value) filter (where v.sex = 'total'),
      case when i.measure = 'number' and i.disaggregated_by_sex then sum(v.actual_value) filter (where v.sex <> 'total') end
    ) as actual_value,
    max(v.target_value) filter (where v.sex = 'total') is null and count(v.target_value) filter (where v.sex <> 'total') > 0 as target_from_parts,
    max(v.actual_value) filter (where v.sex = 'total') is null and count(v.actual_value) filter (where v.sex <> 'total') > 0 as actual_from_parts,
    max(v.updated_at) as updated_at
  from public.indicator_values v
  join public.indicators i on i.id = v.indicator_id
  group by v.indicator_id, v.partnership_id, v.year, i.measure, i.disaggregated_by_sex;
comment on view private.indicator_year_totals is 'Per indicator and year: the total target and actual value, the stored total or, for a number counted by sex without one, the sum of its parts.';
revoke all on private.indicator_year_totals from public, anon;
grant select on private.indicator_year_totals to authenticated, service_role;

-- A percentage by sex needs the total of its year: checked when the transaction ends, so that a
-- grid may save its rows in any order.
create function private.check_percentage_total()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  _value public.indicator_values := coalesce(new, old);
begin
  if exists (
    select 1
    from public.indicators i
    join public.indicator_values p on p.indicator_id = i.id and p.year = _value.year and p.sex <> 'total'
    left join public.indicator_values t on t.indicator_id = i.id and t.year = _value.year and t.sex = 'total'
    where i.id = _value.indicator_id and i.measure = 'percentage' and i.disaggregated_by_sex
      and ((p.target_value is not null and t.target_value is null) or (p.actual_value is not null and t.actual_value is null))
  ) then
    raise exception using
      errcode = '23514',
      message = 'new row for relation "indicator_values" violates check constraint "indicator_values_percentage_total_required"',
      constraint = 'indicator_values_percentage_total_required',
      detail = format('Percentages by sex do not add up to a total: give the total for %s as well.', _value.year);
  end if;
  return null;
end;
$$;
revoke all on function private.check_percentage_total() from public, anon, authenticated;

create constraint trigger indicator_values_percentage_total_required
  after insert or update or delete on public.indicator_values
  deferrable initially deferred
  for each row execute function private.check_percentage_total();

-- Progress over a period.
create function private.indicator_period_progress(indicator_id uuid, year_from integer, year_to integer)
returns table (achieved numeric, through_year smallint, target numeric, share numeric)
language sql
stable
security invoker
set search_path = ''
as $$
  with totals as (
    select t.year, t.target_value, t.actual_value
    from private.indicator_year_totals t
    where t.indicator_id = indicator_period_progress.indicator_id
      and t.year between indicator_period_progress.year_from and indicator_period_progress.year_to
  ),
  through as (
    select max(t.year) filter (where t.actual_value is not null) as through_year from totals t
  ),
  counted as (
    select t.* from totals t cross join through h where h.through_year is null or t.year <= h.through_year
  ),
  rule as (
    select i.aggregation, i.higher_is_better, i.baseline_value as baseline, h.through_year,
      case
        when i.aggregation = 'sum' then (select sum(c.actual_value) from counted c)
        else (select c.actual_value from counted c where c.actual_value is not null order by c.year desc limit 1)
      end as achieved,
      case
        when i.aggregation = 'sum' then (select sum(c.target_value) from counted c)
        else (select c.target_value from counted c where c.target_value is not null order by c.year desc limit 1)
      end as target
    from public.indicators i
    cross join through h
    where i.id = indicator_period_progress.indicator_id
  )
  select r.achieved, r.through_year, r.target,
    case
      when r.achieved is null or r.target is null then null
      when r.aggregation <> 'sum' and r.baseline is not null and r.target <> r.baseline then (r.achieved - r.baseline) / (r.target - r.baseline)
      when r.higher_is_better then case when r.target = 0 then null else r.achieved / r.target end
      else case when r.achieved = 0 then null else r.target / r.achieved end
    end
  from rule r;
$$;
comment on function private.indicator_period_progress(uuid, integer, integer) is 'An indicator''s progress over a range of years by its aggregation rule, up to the last year in it with an actual value.';
revoke execute on function private.indicator_period_progress(uuid, integer, integer) from public, anon;
grant execute on function private.indicator_period_progress(uuid, integer, integer) to authenticated, service_role;
