/**
 * Results, their target links, indicators and yearly values: about two results per partnership
 * and running year, each followed for one to four years by one or two indicators. Half of the
 * indicators report an official SDG indicator of a target their result is linked to; counts,
 * percentages and qualitative indicators follow the sum, cumulative and latest rules, and some
 * counts of people are broken down by sex besides the total.
 */
import type { ProgrammePlan, Step } from './programme-plan.ts';
import { topics } from './reference-steps.ts';
import { targetLinksSql } from './target-links.ts';

const numberUnits = ['people', 'plans', 'meetings', 'households', 'schools', 'staff trained'];

export function resultSteps(plan: ProgrammePlan): Step[] {
  const { firstYear, lastYear } = plan;
  return [
    {
      label: 'gen_results',
      sql: `create temp table gen_results on commit drop as
      with spans as (
        select p.n, p.id, p.focus, greatest(p.starts_year, ${firstYear}) as first_year, least(coalesce(p.ends_year, ${lastYear}), ${lastYear}) as last_year
        from gen_partnerships p
        where p.status <> 'planned'
      ),
      counted as (
        select s.*, floor((s.last_year - s.first_year + 1) * (1 + 2 * pg_temp.draw(s.n, 'partnership.results')))::int as results
        from spans s
      ),
      numbered as (
        select c.*, 1 + sum(c.results) over (order by c.n) - c.results as first_result from counted c
      )
      select r.n, pg_temp.uuid_for('result', r.n) as id, x.id as partnership_id, x.focus, f.first_year,
        least(f.first_year + floor(pg_temp.draw(r.n, 'result.years') * 4)::int, x.last_year) as last_year,
        case when f.level < 0.5 then 'output' when f.level < 0.9 then 'outcome' else 'impact' end as level,
        t.topic
      from numbered x
      cross join lateral generate_series(x.first_result, x.first_result + x.results - 1) as r (n)
      cross join lateral (
        select x.first_year + floor(pg_temp.draw(r.n, 'result.first year') * (x.last_year - x.first_year + 1))::int as first_year,
          pg_temp.draw(r.n, 'result.level') as level
      ) as f
      join gen_topics t on t.position = 1 + floor(pg_temp.draw(r.n, 'result.topic') * ${topics.length})::int`,
    },
    {
      label: 'results',
      sql: `insert into public.results (id, partnership_id, title, level, change_level, change_side)
      select id, partnership_id,
        case level when 'output' then 'Delivered: ' || topic when 'outcome' then 'Improved ' || topic else 'Lasting change in ' || topic end,
        level::public.result_level,
        (enum_range(null::public.change_level))[1 + floor(pg_temp.draw(n, 'result.change level') * 3)::int],
        (enum_range(null::public.change_side))[1 + floor(pg_temp.draw(n, 'result.change side') * 3)::int]
      from gen_results`,
    },
    {
      label: 'gen_result_targets',
      sql: `create temp table gen_result_targets on commit drop as
      ${targetLinksSql(`select n, partnership_id, focus, 1 + floor(pg_temp.draw(n, 'result.links') * 3)::int as links from gen_results`, {
        purpose: 'result',
        focusShare: 0.8,
        directFirst: 0.8,
        directLater: 0.4,
      })}`,
    },
    {
      label: 'result_targets',
      sql: `insert into public.result_targets (result_id, partnership_id, target_id, contribution)
      select pg_temp.uuid_for('result', n), partnership_id, target_id, contribution::public.contribution from gen_result_targets`,
    },
    {
      label: 'gen_indicators',
      sql: `create temp table gen_indicators on commit drop as
      with official as (
        select distinct on (l.n) l.n, s.id
        from gen_result_targets l
        join public.sdg_indicators s on s.target_id = l.target_id
        order by l.n, md5(s.id || ':' || l.n::text)
      )
      select i.n, pg_temp.uuid_for('indicator', i.n) as id, r.id as result_id, r.partnership_id, r.first_year, r.last_year,
        upper(left(r.topic, 1)) || substr(r.topic, 2) as topic,
        case when pg_temp.draw(i.n, 'indicator.official') < 0.5 then o.id end as sdg_indicator_id,
        m.measure, f.by_sex, f.aggregation, f.higher_is_better, f.has_baseline,
        case when f.by_sex then 'people' when m.measure = 'number' then (array['${numberUnits.join("', '")}'])[1 + floor(f.unit * ${numberUnits.length})::int]
          when m.measure = 'percentage' then '%' else '' end as unit,
        (case when m.measure = 'percentage' then 5 + floor(f.level * 55)
          when f.aggregation = 'cumulative' then floor(f.level * 20)
          else 10 + floor(f.level * 190) end)::numeric as level,
        (case when m.measure = 'percentage' then 2 + floor(f.step * 8) else 5 + floor(f.step * 45) end)::numeric as step
      from gen_results r
      cross join lateral generate_series(r.n * 2, r.n * 2 + case when pg_temp.draw(r.n, 'result.indicators') < 0.5 then 1 else 0 end) as i (n)
      left join official o on o.n = r.n
      cross join lateral (
        select case when d.draw < 0.55 then 'number' when d.draw < 0.9 then 'percentage' else 'qualitative' end as measure
        from (select pg_temp.draw(i.n, 'indicator.measure') as draw) as d
      ) as m
      cross join lateral (
        select m.measure = 'number' and pg_temp.draw(i.n, 'indicator.by sex') < 0.4 as by_sex,
          case when m.measure = 'number' and d.rule < 0.4 then 'sum' when d.rule < 0.7 then 'cumulative' else 'latest' end as aggregation,
          pg_temp.draw(i.n, 'indicator.direction') < 0.9 as higher_is_better,
          m.measure <> 'qualitative' and pg_temp.draw(i.n, 'indicator.baseline') < 0.8 as has_baseline,
          pg_temp.draw(i.n, 'indicator.unit') as unit, pg_temp.draw(i.n, 'indicator.level') as level, pg_temp.draw(i.n, 'indicator.step') as step
        from (select pg_temp.draw(i.n, 'indicator.rule') as rule) as d
      ) as f`,
    },
    {
      label: 'indicators',
      sql: `insert into public.indicators (id, result_id, partnership_id, title, sdg_indicator_id, measure, unit, aggregation, higher_is_better,
        baseline_year, baseline_value, disaggregated_by_sex)
      select id, result_id, partnership_id,
        topic || case measure when 'number' then ': ' || unit || ' reached' when 'percentage' then ': share of residents satisfied' else ': assessment' end,
        sdg_indicator_id, measure::public.measure, unit, aggregation::public.aggregation, higher_is_better,
        case when has_baseline then greatest(first_year - 1, 2000) end,
        case when has_baseline then case when aggregation = 'sum' then 0 else level end end,
        by_sex
      from gen_indicators`,
    },
    {
      // Sum indicators aim at about the same figure each year, cumulative ones climb from their
      // baseline, latest ones climb or (lower is better) fall; actuals land around the target.
      // The current year's actuals are mostly not in yet.
      label: 'gen_values',
      sql: `create temp table gen_values on commit drop as
      select i.id as indicator_id, i.partnership_id, y.year, i.by_sex, v.key, v.target,
        case when v.target is null or (y.year = ${lastYear} and pg_temp.draw(v.key, 'value.pending') < 0.6) or pg_temp.draw(v.key, 'value.missing') < 0.05 then null
          else least(v.ceiling, round(v.target * (0.6 + 0.6 * pg_temp.draw(v.key, 'value.actual'))::numeric, v.digits)) end as actual,
        case when i.measure = 'qualitative' then 'Progress is described in the yearly report.' else '' end as comment,
        (0.45 + 0.2 * pg_temp.draw(v.key, 'value.women'))::numeric as women,
        (0.02 * pg_temp.draw(v.key, 'value.other'))::numeric as other
      from gen_indicators i
      cross join lateral generate_series(i.first_year, i.last_year) as y (year)
      cross join lateral (
        select i.n * 32 + (y.year - i.first_year) as key, y.year - i.first_year + 1 as k,
          case when i.measure = 'percentage' then 100 end as ceiling, case when i.measure = 'percentage' then 1 else 0 end as digits
      ) as s
      cross join lateral (
        select s.key, s.ceiling, s.digits,
          case
            when i.measure = 'qualitative' then null
            when i.aggregation = 'sum' then round(i.level * (0.8 + 0.4 * pg_temp.draw(s.key, 'value.target'))::numeric)
            when not i.higher_is_better then round(i.level * greatest(0, 1 - 0.08 * s.k), s.digits)
            else least(s.ceiling, i.level + i.step * s.k)
          end as target
      ) as v`,
    },
    {
      label: 'indicator_values',
      sql: `insert into public.indicator_values (id, indicator_id, partnership_id, year, sex, target_value, actual_value, comment)
      select pg_temp.uuid_for('indicator value', v.key * 4 + s.position), v.indicator_id, v.partnership_id, v.year, s.sex::public.sex, s.target, s.actual,
        case when s.sex = 'total' then v.comment else '' end
      from gen_values v
      cross join lateral (values
        (0, 'total', v.target, v.actual),
        (1, 'women', round(v.target * v.women), round(v.actual * v.women)),
        (2, 'other', floor(v.target * v.other), floor(v.actual * v.other)),
        (3, 'men', v.target - round(v.target * v.women) - floor(v.target * v.other), v.actual - round(v.actual * v.women) - floor(v.actual * v.other))
      ) as s (position, sex, target, actual)
      where s.sex = 'total' or v.by_sex`,
    },
  ];
}
