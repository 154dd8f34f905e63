-- Publishing to IATI (the International Aid Transparency Initiative, activity standard 2.03): the
-- programme's settings that name it as the reporting organisation, and the functions that gather
-- the partnerships' activity records, with their organisations' own IATI identifiers
-- (organisations.iati_ref), for the XML file the browser writes. Settings are read by everyone
-- signed in and changed by admins only.

create table public.programme_settings (
  id boolean primary key default true constraint programme_settings_single_row check (id),
  reporting_org_ref text not null default '' constraint programme_settings_reporting_org_ref_format check (reporting_org_ref = '' or reporting_org_ref ~ '^[A-Za-z0-9-]{3,100}$'),
  reporting_org_name text not null default '' constraint programme_settings_reporting_org_name_length check (char_length(reporting_org_name) <= 200),
  -- IATI OrganisationType: 10 government, 11 local government, 15 other public sector …
  reporting_org_type text not null default '10' constraint programme_settings_reporting_org_type_check check (reporting_org_type in ('10', '11', '15', '21', '22', '23', '24', '30', '40', '60', '70', '71', '72', '73', '80', '90')),
  -- Each partnership is published as <prefix>-<partnership id>; the prefix is usually the reporting organisation's identifier.
  iati_activity_prefix text not null default '' constraint programme_settings_iati_activity_prefix_format check (iati_activity_prefix = '' or iati_activity_prefix ~ '^[A-Za-z0-9-]{3,100}$'),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
comment on table public.programme_settings is 'The programme''s settings (one row): the reporting organisation and identifier prefix used by the IATI export.';

insert into public.programme_settings (id, reporting_org_name) values (true, 'Municipal Partnership Programme');

create trigger programme_settings_bump_version before update on public.programme_settings
  for each row execute function private.bump_version();

alter table public.programme_settings enable row level security;

create policy "programme settings are read by everyone signed in"
  on public.programme_settings for select to authenticated
  using (true);

create policy "admins change the programme settings"
  on public.programme_settings for update to authenticated
  using ((select private.is_admin()))
  with check ((select private.is_admin()));

-- The one row is there from the start and stays.
revoke insert, delete, truncate on public.programme_settings from anon, authenticated;

-- Each partnership in the scope with what its IATI activity says, as one JSON document, consenting
-- or not (public.iati_activities below publishes the consenting ones): the organisations on both
-- sides (the Swedish side first, as the type orders the sides), the SDG targets its activities and results contributed to in the range, its focus goals,
-- and its results with their indicators and the values of the range.
create function private.iati_activities(
  year_from integer, year_to integer,
  country_code text default null, region text default null, partnership_id uuid default null,
  goal_id smallint default null, principle text default null
)
returns table (partnership_id uuid, activity jsonb)
language sql
stable
security invoker
set search_path = ''
as $$
  select p.id, jsonb_build_object(
    'id', p.id,
    'name', p.name,
    'description', p.description,
    'status', p.status,
    'starts_year', p.starts_year,
    'ends_year', p.ends_year,
    'updated_at', p.updated_at,
    'focus_goal_ids', to_jsonb(p.focus_goal_ids),
    'organisations', (
      select coalesce(jsonb_agg(jsonb_build_object('name', o.name, 'side', po.side, 'kind', o.kind, 'country_code', o.country_code, 'iati_ref', o.iati_ref) order by po.side, o.name), '[]')
      from public.partnership_organisations po
      join public.organisations o on o.id = po.organisation_id
      where po.partnership_id = p.id
    ),
    'target_ids', (
      select coalesce(jsonb_agg(t.id order by t.goal_id, t.sort_order), '[]')
      from public.sdg_targets t
      where exists (
          select 1 from public.target_facts f
          where f.partnership_id = p.id and f.target_id = t.id and f.principle = 'all'
            and f.year between iati_activities.year_from and iati_activities.year_to
        )
        or exists (
          select 1 from public.result_facts f
          where f.partnership_id = p.id and f.target_id = t.id
            and f.years && array(select generate_series(iati_activities.year_from, iati_activities.year_to)::smallint)
        )
    ),
    'results', (
      select coalesce(jsonb_agg(jsonb_build_object(
        'id', r.id, 'title', r.title, 'description', r.description, 'level', r.level,
        'indicators', (
          select coalesce(jsonb_agg(jsonb_build_object(
            'id', i.id, 'title', i.title, 'sdg_indicator_id', i.sdg_indicator_id, 'measure', i.measure, 'unit', i.unit,
            'higher_is_better', i.higher_is_better, 'baseline_year', i.baseline_year, 'baseline_value', i.baseline_value,
            'values', (
              select coalesce(jsonb_agg(jsonb_build_object('year', v.year, 'sex', v.sex, 'target', v.target_value, 'actual', v.actual_value, 'comment', v.comment)
                order by v.year, v.sex), '[]')
              from public.indicator_values v
              where v.indicator_id = i.id and v.year between iati_activities.year_from and iati_activities.year_to
            )
          ) order by i.created_at, i.id), '[]')
          from public.indicators i
          where i.result_id = r.id
        )
      ) order by r.created_at, r.id), '[]')
      from public.results r
      where r.partnership_id = p.id
        and exists (select 1 from public.indicators i where i.result_id = r.id)
    )
  )
  from public.partnerships p
  where p.id in (select private.dashboard_scope(iati_activities.country_code, iati_activities.region, iati_activities.partnership_id))
    and p.starts_year <= iati_activities.year_to
    and coalesce(p.ends_year, iati_activities.year_to) >= iati_activities.year_from
  order by p.name, p.id;
$$;
comment on function private.iati_activities(integer, integer, text, text, uuid, smallint, text) is 'Each partnership''s IATI activity record over a range of years, as JSON, consenting or not; public.iati_activities publishes the consenting ones.';

revoke execute on function private.iati_activities(integer, integer, text, text, uuid, smallint, text) from public, anon;
grant execute on function private.iati_activities(integer, integer, text, text, uuid, smallint, text) to authenticated, service_role;

-- What the IATI file may publish. IATI is publishing by consent of the publisher: the programme
-- publishes a partnership's activity record only when the partnership has opted in to a public
-- profile (partnerships.is_public), the same consent that publishes its profile on the site. A
-- partnership with its profile off is left out of the file, and the exports page names the
-- partnerships left out and why, so that the exclusion is documented, as IATI's publishing
-- guidance asks of a publisher who leaves something out (rather than publishing without consent).

-- The partnerships in the caller's scope running in the range, with their consent to publish.
create function private.iati_partnerships_in_range(year_from integer, year_to integer, country_code text, region text, partnership_id uuid)
returns table (partnership_id uuid, partnership_name text, is_public boolean)
language sql
stable
security invoker
set search_path = ''
as $$
  select p.id, p.name, p.is_public
  from public.partnerships p
  where p.id in (select private.dashboard_scope(iati_partnerships_in_range.country_code, iati_partnerships_in_range.region, iati_partnerships_in_range.partnership_id))
    and p.starts_year <= iati_partnerships_in_range.year_to
    and coalesce(p.ends_year, iati_partnerships_in_range.year_to) >= iati_partnerships_in_range.year_from;
$$;
revoke execute on function private.iati_partnerships_in_range(integer, integer, text, text, uuid) from public, anon;
grant execute on function private.iati_partnerships_in_range(integer, integer, text, text, uuid) to authenticated, service_role;

-- The consenting partnerships' records, by the same name and arguments.
create function public.iati_activities(
  year_from integer, year_to integer,
  country_code text default null, region text default null, partnership_id uuid default null,
  goal_id smallint default null, principle text default null
)
returns table (partnership_id uuid, activity jsonb)
language sql
stable
security invoker
set search_path = ''
as $$
  select r.partnership_id, r.activity
  from private.iati_activities(iati_activities.year_from, iati_activities.year_to, iati_activities.country_code, iati_activities.region, iati_activities.partnership_id, iati_activities.goal_id, iati_activities.principle) r
  join private.iati_partnerships_in_range(iati_activities.year_from, iati_activities.year_to, iati_activities.country_code, iati_activities.region, iati_activities.partnership_id) s
    on s.partnership_id = r.partnership_id and s.is_public
  order by s.partnership_name, s.partnership_id;
$$;
comment on function public.iati_activities(integer, integer, text, text, uuid, smallint, text) is 'The IATI activity records, as JSON, of the partnerships in the range whose public profile is on: their consent to publish.';

-- The partnerships the IATI file leaves out under the same filters, for the page to say so.
create function public.iati_withheld_partnerships(
  year_from integer, year_to integer,
  country_code text default null, region text default null, partnership_id uuid default null,
  goal_id smallint default null, principle text default null
)
returns table (partnership_id uuid, partnership_name text)
language sql
stable
security invoker
set search_path = ''
as $$
  select s.partnership_id, s.partnership_name
  from private.iati_partnerships_in_range(iati_withheld_partnerships.year_from, iati_withheld_partnerships.year_to, iati_withheld_partnerships.country_code, iati_withheld_partnerships.region, iati_withheld_partnerships.partnership_id) s
  where not s.is_public
  order by s.partnership_name, s.partnership_id;
$$;
comment on function public.iati_withheld_partnerships(integer, integer, text, text, uuid, smallint, text) is 'The partnerships under the filters that the IATI export leaves out because their public profile is off.';

revoke execute on function public.iati_activities(integer, integer, text, text, uuid, smallint, text) from public, anon;
revoke execute on function public.iati_withheld_partnerships(integer, integer, text, text, uuid, smallint, text) from public, anon;
grant execute on function public.iati_activities(integer, integer, text, text, uuid, smallint, text) to authenticated, service_role;
grant execute on function public.iati_withheld_partnerships(integer, integer, text, text, uuid, smallint, text) to authenticated, service_role;
