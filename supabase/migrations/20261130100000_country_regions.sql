-- World regions of countries (the continental regions of the UN M49 standard, with Kosovo under
-- its commonly used code XK), so dashboards and exports can group and filter partnerships by the
-- region of their partner side. Reference data production needs, so it is a migration.

create table public.country_regions (
  country_code text primary key constraint country_regions_country_code_format check (country_code ~ '^[A-Z]{2}$'),
  region text not null constraint country_regions_region_check check (region in ('africa', 'americas', 'asia', 'europe', 'oceania'))
);
comment on table public.country_regions is 'The world region (UN M49 continental grouping) of each country code; everyone may read it.';
create index country_regions_region_idx on public.country_regions (region);

insert into public.country_regions (country_code, region)
select code, region
from (values
  ('africa', '{DZ,AO,BJ,BW,BF,BI,CV,CM,CF,TD,KM,CG,CD,CI,DJ,EG,GQ,ER,SZ,ET,GA,GM,GH,GN,GW,KE,LS,LR,LY,MG,MW,ML,MR,MU,YT,MA,MZ,NA,NE,NG,RE,RW,SH,ST,SN,SC,SL,SO,ZA,SS,SD,TZ,TG,TN,UG,EH,ZM,ZW,IO,TF}'::text[]),
  ('americas', '{AI,AG,AR,AW,BS,BB,BZ,BM,BO,BQ,BV,BR,CA,KY,CL,CO,CR,CU,CW,DM,DO,EC,SV,FK,GF,GL,GD,GP,GT,GY,HT,HN,JM,MQ,MX,MS,NI,PA,PY,PE,PR,BL,KN,LC,MF,PM,VC,SX,GS,SR,TT,TC,US,UM,UY,VE,VG,VI}'),
  ('asia', '{AF,AM,AZ,BH,BD,BT,BN,KH,CN,CY,GE,HK,IN,ID,IR,IQ,IL,JP,JO,KZ,KW,KG,LA,LB,MO,MY,MV,MN,MM,NP,KP,OM,PK,PS,PH,QA,SA,SG,KR,LK,SY,TW,TJ,TH,TL,TR,TM,AE,UZ,VN,YE}'),
  ('europe', '{AX,AL,AD,AT,BY,BE,BA,BG,HR,CZ,DK,EE,FO,FI,FR,DE,GI,GR,GG,VA,HU,IS,IE,IM,IT,JE,LV,LI,LT,LU,MT,MD,MC,ME,NL,MK,NO,PL,PT,RO,RU,SM,RS,SK,SI,ES,SJ,SE,CH,UA,GB,XK}'),
  ('oceania', '{AS,AU,CX,CC,CK,FJ,PF,GU,HM,KI,MH,FM,NR,NC,NZ,NU,NF,MP,PW,PG,PN,WS,SB,TK,TO,TV,VU,WF}')
) as r (region, codes)
cross join lateral unnest(codes) as code;

alter table public.country_regions enable row level security;

create policy "country regions are read by anyone"
  on public.country_regions for select to anon, authenticated
  using (true);

revoke insert, update, delete, truncate on public.country_regions from anon, authenticated;
