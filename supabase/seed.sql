-- Demo data for local development, tests and demos (never pushed to production):
-- four partnerships with several years of activities, results, indicator values and reports in
-- every state, and the six demo users, all with the password `partnership2030`.

-- Users ----------------------------------------------------------------------------------------------
insert into auth.users (
  instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, last_sign_in_at,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
  confirmation_token, recovery_token, email_change_token_new, email_change
)
select
  '00000000-0000-0000-0000-000000000000', u.id, 'authenticated', 'authenticated', u.email,
  extensions.crypt('partnership2030', extensions.gen_salt('bf', 10)), now(), null,
  '{"provider": "email", "providers": ["email"]}',
  jsonb_build_object('full_name', u.full_name, 'preferred_language', u.language),
  now() - interval '3 years', now(), '', '', '', ''
from (values
  ('00000000-0000-4000-a000-000000000001'::uuid, 'anna@robertsfors.example', 'Anna Lindqvist', 'sv'),
  ('00000000-0000-4000-a000-000000000002'::uuid, 'grace@machakos.example', 'Grace Mwende', 'en'),
  ('00000000-0000-4000-a000-000000000003'::uuid, 'erik@vaxjo.example', 'Erik Johansson', 'sv'),
  ('00000000-0000-4000-a000-000000000004'::uuid, 'lina@ale.example', 'Lina Berg', 'sv'),
  ('00000000-0000-4000-a000-000000000005'::uuid, 'analyst@icld.example', 'Sara Nilsson', 'en'),
  ('00000000-0000-4000-a000-000000000006'::uuid, 'admin@icld.example', 'Johan Ek', 'en')
) as u (id, email, full_name, language);

insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
select id::text, id, jsonb_build_object('sub', id::text, 'email', email, 'email_verified', true), 'email', null, created_at, now()
from auth.users;

insert into public.staff (user_id, role) values
  ('00000000-0000-4000-a000-000000000005', 'analyst'),
  ('00000000-0000-4000-a000-000000000006', 'admin');

-- Organisations and partnerships ----------------------------------------------------------------------
insert into public.organisations (id, name, kind, country_code, municipality_code) values
  ('00000000-0000-4000-b000-000000000001', 'Robertsfors kommun', 'municipality', 'SE', '2409'),
  ('00000000-0000-4000-b000-000000000002', 'Machakos County Government', 'region', 'KE', null),
  ('00000000-0000-4000-b000-000000000003', 'Växjö kommun', 'municipality', 'SE', '0780'),
  ('00000000-0000-4000-b000-000000000004', 'JB Marks Local Municipality', 'municipality', 'ZA', null),
  ('00000000-0000-4000-b000-000000000005', 'Ale kommun', 'municipality', 'SE', '1440'),
  ('00000000-0000-4000-b000-000000000006', 'Ghanzi District Council', 'district_council', 'BW', null),
  ('00000000-0000-4000-b000-000000000007', 'Region Västerbotten', 'region', 'SE', '24'),
  ('00000000-0000-4000-b000-000000000008', 'Kota Yogyakarta', 'municipality', 'ID', null);

insert into public.partnerships (id, name, status, starts_year, ends_year, focus_goal_ids, description, is_public) values
  ('00000000-0000-4000-c000-000000000001', 'Robertsfors – Machakos', 'active', 2021, 2026, '{5}',
   'Gender equality in local decision-making: more women in leadership, safer public spaces and gender-responsive budgeting in Machakos and Robertsfors.', true),
  ('00000000-0000-4000-c000-000000000002', 'Växjö – JB Marks', 'active', 2019, 2026, '{6,11,13,16}',
   'A broad Agenda 2030 partnership: climate adaptation, water and sanitation, sustainable urban planning and open, accountable local government.', true),
  ('00000000-0000-4000-c000-000000000003', 'Ale – Ghanzi', 'active', 2022, 2026, '{4,16}',
   'Education through citizen dialogue: parents, pupils and teachers shape school improvement plans together with the district council.', false),
  ('00000000-0000-4000-c000-000000000004', 'Västerbotten – Yogyakarta', 'active', 2022, 2026, '{3}',
   'Predicting dengue outbreaks through citizen dialogue: neighbourhood reporting, early warning and joint public-health planning.', true);

insert into public.partnership_organisations (partnership_id, organisation_id, side) values
  ('00000000-0000-4000-c000-000000000001', '00000000-0000-4000-b000-000000000001', 'swedish'),
  ('00000000-0000-4000-c000-000000000001', '00000000-0000-4000-b000-000000000002', 'partner'),
  ('00000000-0000-4000-c000-000000000002', '00000000-0000-4000-b000-000000000003', 'swedish'),
  ('00000000-0000-4000-c000-000000000002', '00000000-0000-4000-b000-000000000004', 'partner'),
  ('00000000-0000-4000-c000-000000000003', '00000000-0000-4000-b000-000000000005', 'swedish'),
  ('00000000-0000-4000-c000-000000000003', '00000000-0000-4000-b000-000000000006', 'partner'),
  ('00000000-0000-4000-c000-000000000004', '00000000-0000-4000-b000-000000000007', 'swedish'),
  ('00000000-0000-4000-c000-000000000004', '00000000-0000-4000-b000-000000000008', 'partner');

insert into public.memberships (partnership_id, user_id, role, side) values
  ('00000000-0000-4000-c000-000000000001', '00000000-0000-4000-a000-000000000001', 'coordinator', 'swedish'),
  ('00000000-0000-4000-c000-000000000001', '00000000-0000-4000-a000-000000000002', 'contributor', 'partner');

insert into public.memberships (partnership_id, user_id, role) values
  ('00000000-0000-4000-c000-000000000002', '00000000-0000-4000-a000-000000000003', 'coordinator'),
  ('00000000-0000-4000-c000-000000000003', '00000000-0000-4000-a000-000000000004', 'coordinator');

-- Västerbotten – Yogyakarta has no demo login of its own; the admin coordinates it.
insert into public.memberships (partnership_id, user_id, role) values
  ('00000000-0000-4000-c000-000000000004', '00000000-0000-4000-a000-000000000006', 'coordinator');

-- Activities ----------------------------------------------------------------------------------------------
-- `targets` lists 'code:direct' or 'code:indirect'.
create function pg_temp.add_activity(
  partnership uuid, title text, kind public.activity_kind, starts_on date, ends_on date, place text,
  women integer, men integer, other integer, target_groups public.target_group[], principles public.principle[], stage public.localisation_stage,
  targets text[], description text default ''
)
returns uuid
language plpgsql
as $$
declare
  _id uuid;
begin
  insert into public.activities (partnership_id, title, description, kind, starts_on, ends_on, place,
    participants_women, participants_men, participants_other, target_groups, principles, localisation_stage, created_by)
  values (partnership, title, description, kind, starts_on, ends_on, place, women, men, other, target_groups, principles, stage,
    (select user_id from public.memberships where partnership_id = partnership order by role::text, user_id limit 1))
  returning id into _id;
  insert into public.activity_targets (activity_id, partnership_id, target_id, contribution)
  select _id, partnership, split_part(t, ':', 1), split_part(t, ':', 2)::public.contribution from unnest(targets) t;
  return _id;
end;
$$;

select pg_temp.add_activity('00000000-0000-4000-c000-000000000001', 'Baseline study on women in local leadership', 'other', '2023-02-06', '2023-03-31', 'Machakos',
  14, 6, 0, '{women,municipal_staff}', '{non_discrimination,transparency}', 'inform_include', '{5.5:direct,16.7:indirect}',
  'Mapping of women''s representation in ward committees and county departments.');
select pg_temp.add_activity('00000000-0000-4000-c000-000000000001', 'Gender-responsive budgeting workshop', 'workshop', '2023-05-15', '2023-05-17', 'Machakos',
  22, 11, 0, '{elected_officials,municipal_staff}', '{accountability,non_discrimination}', 'set_local_agenda', '{5.c:direct,16.6:indirect}');
select pg_temp.add_activity('00000000-0000-4000-c000-000000000001', 'Exchange visit to Robertsfors municipal council', 'exchange_visit', '2023-09-18', '2023-09-22', 'Robertsfors',
  5, 3, 0, '{elected_officials}', '{participation,transparency}', 'set_local_agenda', '{5.5:direct,17.17:indirect}');
select pg_temp.add_activity('00000000-0000-4000-c000-000000000001', 'Citizen dialogue on safe public spaces', 'citizen_dialogue', '2024-03-08', '2024-03-08', 'Machakos town',
  87, 41, 2, '{women,youth,general_public}', '{participation,non_discrimination}', 'inform_include', '{5.2:direct,11.7:direct}');
select pg_temp.add_activity('00000000-0000-4000-c000-000000000001', 'Mentoring programme for women councillors', 'training', '2024-04-10', '2024-11-20', 'Machakos',
  31, 0, 0, '{women,elected_officials}', '{participation,non_discrimination}', 'implement_follow_up', '{5.5:direct}');
select pg_temp.add_activity('00000000-0000-4000-c000-000000000001', 'Study visit on gender-based violence prevention', 'study_visit', '2024-10-07', '2024-10-11', 'Umeå',
  6, 2, 0, '{municipal_staff}', '{accountability}', 'set_local_agenda', '{5.2:direct,16.1:indirect}');
select pg_temp.add_activity('00000000-0000-4000-c000-000000000001', 'Youth council on gender equality', 'citizen_dialogue', '2025-02-20', '2025-02-21', 'Robertsfors',
  24, 19, 3, '{youth}', '{participation}', 'inform_include', '{5.1:direct,16.7:direct}');
select pg_temp.add_activity('00000000-0000-4000-c000-000000000001', 'Training in gender-disaggregated statistics', 'training', '2025-05-12', '2025-05-14', 'Machakos',
  18, 9, 0, '{municipal_staff}', '{transparency,accountability}', 'implement_follow_up', '{5.c:direct,17.18:indirect}');
select pg_temp.add_activity('00000000-0000-4000-c000-000000000001', 'Conference on women in county leadership', 'conference', '2025-09-25', '2025-09-26', 'Nairobi',
  112, 38, 1, '{women,elected_officials,civil_society}', '{participation,accountability}', 'implement_follow_up', '{5.5:direct,10.2:indirect}');

select pg_temp.add_activity('00000000-0000-4000-c000-000000000002', 'Climate adaptation risk mapping', 'workshop', '2023-03-13', '2023-03-16', 'Potchefstroom',
  12, 15, 0, '{municipal_staff}', '{transparency}', 'set_local_agenda', '{13.1:direct,11.5:indirect}');
select pg_temp.add_activity('00000000-0000-4000-c000-000000000002', 'Water loss reduction training', 'training', '2023-08-21', '2023-08-25', 'Växjö',
  4, 9, 0, '{municipal_staff}', '{accountability}', 'implement_follow_up', '{6.4:direct,6.b:indirect}');
select pg_temp.add_activity('00000000-0000-4000-c000-000000000002', 'Ward committee dialogue on service delivery', 'citizen_dialogue', '2024-02-27', '2024-02-27', 'Ikageng',
  64, 52, 0, '{general_public,marginalised_groups}', '{participation,accountability}', 'inform_include', '{16.7:direct,6.b:direct}');
select pg_temp.add_activity('00000000-0000-4000-c000-000000000002', 'Integrated development plan with SDG targets', 'workshop', '2024-06-03', '2024-06-05', 'Potchefstroom',
  17, 14, 0, '{elected_officials,municipal_staff}', '{transparency,accountability}', 'set_local_agenda', '{11.3:direct,17.14:indirect,16.6:indirect}');
select pg_temp.add_activity('00000000-0000-4000-c000-000000000002', 'Study visit on fossil-free municipal fleet', 'study_visit', '2024-09-16', '2024-09-19', 'Växjö',
  3, 5, 0, '{municipal_staff,elected_officials}', '{transparency}', 'implement_follow_up', '{13.2:direct,7.2:indirect}');
select pg_temp.add_activity('00000000-0000-4000-c000-000000000002', 'Open budget hearing', 'citizen_dialogue', '2025-04-09', '2025-04-09', 'Potchefstroom',
  71, 66, 2, '{general_public,civil_society}', '{participation,transparency,accountability}', 'implement_follow_up', '{16.6:direct,16.7:direct}');
select pg_temp.add_activity('00000000-0000-4000-c000-000000000002', 'Flood early warning exercise', 'training', '2025-10-14', '2025-10-15', 'Ikageng',
  20, 23, 0, '{municipal_staff,general_public}', '{participation}', 'implement_follow_up', '{13.1:direct,11.5:direct}');

select pg_temp.add_activity('00000000-0000-4000-c000-000000000003', 'Parent and pupil dialogues in Ghanzi schools', 'citizen_dialogue', '2023-02-14', '2023-02-17', 'Ghanzi',
  96, 71, 0, '{children,youth,general_public}', '{participation,non_discrimination}', 'inform_include', '{4.1:direct,16.7:direct}');
select pg_temp.add_activity('00000000-0000-4000-c000-000000000003', 'School improvement planning workshop', 'workshop', '2023-06-05', '2023-06-07', 'Ghanzi',
  19, 12, 0, '{municipal_staff,civil_society}', '{participation,accountability}', 'set_local_agenda', '{4.1:direct,4.a:indirect}');
select pg_temp.add_activity('00000000-0000-4000-c000-000000000003', 'Exchange visit on inclusive education', 'exchange_visit', '2024-03-11', '2024-03-15', 'Ale',
  4, 3, 0, '{municipal_staff,elected_officials}', '{non_discrimination}', 'set_local_agenda', '{4.5:direct,10.2:indirect}');
select pg_temp.add_activity('00000000-0000-4000-c000-000000000003', 'San community dialogue on school attendance', 'citizen_dialogue', '2024-08-20', '2024-08-21', 'D''Kar',
  58, 44, 0, '{minorities,children,marginalised_groups}', '{participation,non_discrimination}', 'inform_include', '{4.5:direct,16.7:direct}');
select pg_temp.add_activity('00000000-0000-4000-c000-000000000003', 'Teacher training on learner participation', 'training', '2025-03-03', '2025-03-07', 'Ghanzi',
  26, 14, 0, '{municipal_staff}', '{participation}', 'implement_follow_up', '{4.c:direct,4.7:indirect}');

select pg_temp.add_activity('00000000-0000-4000-c000-000000000004', 'Neighbourhood dengue reporting pilot', 'citizen_dialogue', '2024-01-22', '2024-03-29', 'Yogyakarta',
  143, 118, 0, '{general_public,women}', '{participation,transparency}', 'inform_include', '{3.3:direct,3.d:direct}');
select pg_temp.add_activity('00000000-0000-4000-c000-000000000004', 'Early warning data workshop', 'workshop', '2024-05-14', '2024-05-16', 'Umeå',
  7, 9, 0, '{municipal_staff}', '{transparency}', 'set_local_agenda', '{3.d:direct,17.18:indirect}');
select pg_temp.add_activity('00000000-0000-4000-c000-000000000004', 'Joint public-health plan with community health volunteers', 'workshop', '2025-02-10', '2025-02-12', 'Yogyakarta',
  38, 17, 0, '{civil_society,municipal_staff}', '{participation,accountability}', 'implement_follow_up', '{3.3:direct,11.1:indirect}');
select pg_temp.add_activity('00000000-0000-4000-c000-000000000004', 'Dengue prevention conference', 'conference', '2025-06-24', '2025-06-25', 'Yogyakarta',
  205, 176, 4, '{general_public,youth}', '{participation,transparency}', 'implement_follow_up', '{3.3:direct,6.2:indirect}');

-- Results, indicators and values ------------------------------------------------------------------------------
-- `change` is the level of change and whose change it is, e.g. 'societal/partner'.
create function pg_temp.add_result(partnership uuid, title text, level public.result_level, change text, targets text[], description text default '')
returns uuid
language plpgsql
as $$
declare
  _id uuid;
begin
  insert into public.results (partnership_id, title, description, level, change_level, change_side)
  values (partnership, title, description, level, split_part(change, '/', 1)::public.change_level, split_part(change, '/', 2)::public.change_side)
  returning id into _id;
  insert into public.result_targets (result_id, partnership_id, target_id, contribution)
  select _id, partnership, split_part(t, ':', 1), split_part(t, ':', 2)::public.contribution from unnest(targets) t;
  return _id;
end;
$$;

-- `values_by_year` is '{{year, target, actual}, …}' for the total (actual may be null).
create function pg_temp.add_indicator(
  result uuid, title text, sdg_indicator text, measure public.measure, unit text, aggregation public.aggregation,
  baseline_year smallint, baseline_value numeric, values_by_year numeric[], by_sex boolean default false
)
returns uuid
language plpgsql
as $$
declare
  _partnership uuid := (select partnership_id from public.results where id = result);
  _id uuid;
  _row numeric[];
begin
  insert into public.indicators (result_id, partnership_id, title, sdg_indicator_id, measure, unit, aggregation, baseline_year, baseline_value, disaggregated_by_sex)
  values (result, _partnership, title, sdg_indicator, measure, unit, aggregation, baseline_year, baseline_value, by_sex)
  returning id into _id;
  foreach _row slice 1 in array values_by_year loop
    insert into public.indicator_values (indicator_id, partnership_id, year, sex, target_value, actual_value, comment)
    values (_id, _partnership, _row[1], 'total', _row[2], _row[3], case when _row[3] is null then '' else 'Reported by the partnership.' end);
    if by_sex and _row[3] is not null then
      insert into public.indicator_values (indicator_id, partnership_id, year, sex, target_value, actual_value)
      values (_id, _partnership, _row[1], 'women', round(_row[2] * 0.6), round(_row[3] * 0.6)),
             (_id, _partnership, _row[1], 'men', _row[2] - round(_row[2] * 0.6), _row[3] - round(_row[3] * 0.6));
    end if;
  end loop;
  return _id;
end;
$$;

select pg_temp.add_indicator(
  pg_temp.add_result('00000000-0000-4000-c000-000000000001', 'More women in county decision-making', 'outcome', 'societal/partner', '{5.5:direct,16.7:indirect}'),
  'Share of women among members of county committees', '5.5.1', 'percentage', '%', 'latest', 2022::smallint, 21, '{{2023,25,24},{2024,30,29},{2025,33,31}}');
select pg_temp.add_indicator(
  pg_temp.add_result('00000000-0000-4000-c000-000000000001', 'Gender-responsive budget in place', 'output', 'organisational/partner', '{5.c:direct}'),
  'County departments with a gender-responsive budget', null, 'number', 'departments', 'cumulative', 2022::smallint, 0, '{{2023,2,2},{2024,3,4},{2025,3,null}}');
select pg_temp.add_indicator(
  (select id from public.results where title = 'More women in county decision-making'),
  'Women and men trained in leadership', null, 'number', 'people', 'sum', 2022::smallint, 0, '{{2023,30,33},{2024,40,31},{2025,40,27}}', true);

select pg_temp.add_indicator(
  pg_temp.add_result('00000000-0000-4000-c000-000000000002', 'Reduced water losses in JB Marks', 'outcome', 'organisational/partner', '{6.4:direct}'),
  'Non-revenue water', null, 'percentage', '%', 'latest', 2019::smallint, 48, '{{2023,42,44},{2024,38,40},{2025,35,37}}');
update public.indicators set higher_is_better = false where title = 'Non-revenue water';
select pg_temp.add_indicator(
  pg_temp.add_result('00000000-0000-4000-c000-000000000002', 'Climate risks in the development plan', 'output', 'organisational/both', '{13.2:direct,11.b:indirect}'),
  'Wards with a climate risk assessment', '13.1.3', 'number', 'wards', 'cumulative', 2020::smallint, 0, '{{2023,10,8},{2024,20,19},{2025,35,null}}');

select pg_temp.add_indicator(
  pg_temp.add_result('00000000-0000-4000-c000-000000000003', 'School plans made with parents and pupils', 'output', 'organisational/partner', '{4.1:direct,16.7:direct}'),
  'Schools with a plan made through citizen dialogue', null, 'number', 'schools', 'cumulative', 2022::smallint, 0, '{{2023,4,5},{2024,9,8},{2025,14,null}}');
select pg_temp.add_indicator(
  pg_temp.add_result('00000000-0000-4000-c000-000000000003', 'Better attendance among San children', 'outcome', 'individual/partner', '{4.5:direct}'),
  'Attendance rate of San pupils', '4.5.1', 'percentage', '%', 'latest', 2022::smallint, 61, '{{2023,65,63},{2024,70,68},{2025,75,null}}');

select pg_temp.add_indicator(
  pg_temp.add_result('00000000-0000-4000-c000-000000000004', 'Earlier warning of dengue outbreaks', 'outcome', 'societal/both', '{3.3:direct,3.d:direct}'),
  'Days from first neighbourhood report to municipal response', null, 'number', 'days', 'latest', 2023::smallint, 12, '{{2024,9,8},{2025,6,5}}');
update public.indicators set higher_is_better = false where title = 'Days from first neighbourhood report to municipal response';
select pg_temp.add_indicator(
  (select id from public.results where title = 'Earlier warning of dengue outbreaks'),
  'Neighbourhoods reporting through the citizen system', null, 'number', 'neighbourhoods', 'cumulative', 2023::smallint, 0, '{{2024,15,18},{2025,30,33}}');

-- Reports ---------------------------------------------------------------------------------------------------------
create function pg_temp.add_report(partnership uuid, year smallint, status public.report_status, narrative text)
returns uuid
language plpgsql
as $$
declare
  _id uuid;
  _coordinator uuid := (select user_id from public.memberships where partnership_id = partnership and role = 'coordinator' order by user_id limit 1);
  _analyst uuid := '00000000-0000-4000-a000-000000000005';
  _submitted timestamptz := make_timestamptz(year + 1, 2, 20, 10, 0, 0, 'Europe/Stockholm');
begin
  insert into public.reports (partnership_id, year, status, summary, contribution, localisation_progress, challenges, lessons_learned, next_year_plan,
    created_by, submitted_at, submitted_by, reviewed_at, reviewed_by, created_at)
  values (partnership, year, status,
    narrative,
    case when narrative = '' then '' else 'The activities of the year contribute directly to the partnership''s focus targets and indirectly to SDG 16 and 17.' end,
    case when narrative = '' then '' else 'Both municipalities moved from informing and including residents towards following up local targets.' end,
    case when narrative = '' then '' else 'Staff turnover and travel costs slowed some activities.' end,
    case when narrative = '' then '' else 'Citizen dialogue works best when the results are reported back to participants.' end,
    case when narrative = '' or status = 'draft' then '' else 'Consolidate the methods and share them with neighbouring municipalities.' end,
    _coordinator,
    case when status <> 'draft' then _submitted end,
    case when status <> 'draft' then _coordinator end,
    case when status in ('returned', 'approved') then _submitted + interval '3 weeks' end,
    case when status in ('returned', 'approved') then _analyst end,
    make_timestamptz(year, 11, 1, 9, 0, 0, 'Europe/Stockholm'))
  returning id into _id;
  if status <> 'draft' then
    insert into public.report_events (report_id, partnership_id, from_status, to_status, actor_id, created_at)
    values (_id, partnership, 'draft', 'submitted', _coordinator, _submitted);
    -- submitted reports went in with every section ready from both sides
    update public.report_sections
      set swedish_ready_at = _submitted - interval '1 day', swedish_ready_by = _coordinator,
          partner_ready_at = _submitted - interval '2 days',
          partner_ready_by = (select user_id from public.memberships where partnership_id = partnership and side = 'partner' order by user_id limit 1)
      where report_id = _id;
  end if;
  if status in ('returned', 'approved') then
    insert into public.report_events (report_id, partnership_id, from_status, to_status, actor_id, note, created_at)
    values (_id, partnership, 'submitted', status, _analyst,
      case when status = 'returned' then 'Please add participant numbers by sex for the budget hearing and explain the delay of the climate risk assessments.' end,
      _submitted + interval '3 weeks');
  end if;
  return _id;
end;
$$;

select pg_temp.add_report('00000000-0000-4000-c000-000000000001', 2023::smallint, 'approved', 'The partnership mapped women''s representation and trained councillors and staff in gender-responsive budgeting.');
select pg_temp.add_report('00000000-0000-4000-c000-000000000001', 2024::smallint, 'approved', 'Citizen dialogues on safe public spaces and a mentoring programme strengthened women''s voice in Machakos.');
select pg_temp.add_report('00000000-0000-4000-c000-000000000001', 2025::smallint, 'draft', 'Youth councils and statistics training took gender equality into everyday county work.');
select pg_temp.add_report('00000000-0000-4000-c000-000000000002', 2023::smallint, 'approved', 'Risk mapping and water loss training laid the ground for climate adaptation in JB Marks.');
select pg_temp.add_report('00000000-0000-4000-c000-000000000002', 2024::smallint, 'returned', 'Ward dialogues and the SDG-linked development plan opened planning to residents.');
select pg_temp.add_report('00000000-0000-4000-c000-000000000002', 2025::smallint, 'draft', '');
select pg_temp.add_report('00000000-0000-4000-c000-000000000003', 2023::smallint, 'approved', 'Parents, pupils and teachers started planning school improvement together.');
select pg_temp.add_report('00000000-0000-4000-c000-000000000003', 2024::smallint, 'submitted', 'Dialogues with the San community addressed school attendance and inclusion.');
select pg_temp.add_report('00000000-0000-4000-c000-000000000004', 2024::smallint, 'approved', 'Neighbourhood reporting gave the health office earlier warning of dengue cases.');
select pg_temp.add_report('00000000-0000-4000-c000-000000000004', 2025::smallint, 'submitted', 'The joint public-health plan and the conference spread the reporting method across the city.');

insert into public.report_comments (report_id, partnership_id, author_id, body, section)
select id, partnership_id, '00000000-0000-4000-a000-000000000005',
  'Please add participant numbers by sex for the budget hearing and explain the delay of the climate risk assessments.', 'challenges'
from public.reports where partnership_id = '00000000-0000-4000-c000-000000000002' and year = 2024;

-- Robertsfors – Machakos write their 2025 report together. Machakos writes what changed there, in
-- English, and has marked it ready; Robertsfors writes its parts in Swedish first: the summary is
-- translated, the lessons learned were revised in Swedish after their English was written.
insert into public.report_section_texts (report_id, partnership_id, section, language, body, updated_by)
select r.id, r.partnership_id, t.section, 'sv', t.body, '00000000-0000-4000-a000-000000000001'
from public.reports r
cross join (values
  ('summary'::public.report_section, 'Ungdomsråd och utbildning i könsuppdelad statistik förde in jämställdhet i länets vardagliga arbete.'),
  ('lessons_learned'::public.report_section, 'Medborgardialog fungerar bäst när resultaten återkopplas till deltagarna, och när ungdomarna själva leder samtalen.')
) as t (section, body)
where r.partnership_id = '00000000-0000-4000-c000-000000000001' and r.year = 2025;

update public.reports
set summary = 'Youth councils and training in gender-disaggregated statistics took gender equality into everyday county work.'
where partnership_id = '00000000-0000-4000-c000-000000000001' and year = 2025;

update public.report_sections s
set partner_ready_at = now() - interval '2 days', partner_ready_by = '00000000-0000-4000-a000-000000000002',
    english_edited_by = '00000000-0000-4000-a000-000000000002'
from public.reports r
where r.id = s.report_id and r.partnership_id = '00000000-0000-4000-c000-000000000001' and r.year = 2025
  and s.section in ('contribution', 'localisation_progress');

update public.report_sections s
set swedish_ready_at = now() - interval '1 day', swedish_ready_by = '00000000-0000-4000-a000-000000000001',
    english_edited_by = '00000000-0000-4000-a000-000000000001'
from public.reports r
where r.id = s.report_id and r.partnership_id = '00000000-0000-4000-c000-000000000001' and r.year = 2025
  and s.section = 'summary';

-- Programme settings for the IATI export (a made-up identifier; production sets its own) ------------------
update public.programme_settings
set reporting_org_ref = 'SE-ON-555555-5555', reporting_org_name = 'Municipal Partnership Programme (demo)', reporting_org_type = '10', iati_activity_prefix = 'SE-ON-555555-5555';

-- The reporting calendar: each year's report is due by the end of March of the next -----------------
insert into public.reporting_deadlines (year, due_on)
select year, make_date(year + 1, 3, 31) from generate_series(2019, 2026) as year;

-- Västerbotten – Yogyakarta start 2026 from their 2025 report -----------------------------------------------
-- While 2025 is with the reviewers, their coordinator starts 2026 with carry-forward, through the
-- same functions the app calls: the response-time indicator is kept (its 2025 target becomes the 2026
-- one); the rest wait for a decision.
select set_config('request.jwt.claims', '{"sub": "00000000-0000-4000-a000-000000000006", "role": "authenticated"}', false);
select public.start_report('00000000-0000-4000-c000-000000000004', 2026, true);
select public.decide_carried_item(c.id, 'kept')
from public.report_carried_items c
join public.reports r on r.id = c.report_id
join public.indicators i on i.id = c.indicator_id
where r.partnership_id = '00000000-0000-4000-c000-000000000004' and r.year = 2026 and i.title = 'Days from first neighbourhood report to municipal response';
select set_config('request.jwt.claims', '', false);
