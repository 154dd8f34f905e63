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
grant execute on function private.iati_partnerships_in_range(integer, integer, text, text, uuid) to authenticated;

-- The record of every partnership in the scope, consenting or not, becomes a private step (its
-- name stays, since its body names its arguments by it); the public function keeps its name and
-- arguments and returns the consenting partnerships' records.
alter function public.iati_activities(integer, integer, text, text, uuid, smallint, text) set schema private;
comment on function private.iati_activities(integer, integer, text, text, uuid, smallint, text) is 'Each partnership''s IATI activity record over a range of years, as JSON, consenting or not; public.iati_activities publishes the consenting ones.';

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
