/**
 * Links of activities or results to SDG targets: each row of `source` (columns n, partnership_id,
 * focus, links) gets its number of links, most to a target of one of its partnership's focus
 * goals, the rest to any goal by how often local government works on it. Within a goal the targets
 * municipalities work on most are the likelier ones. A target drawn twice for a row is linked
 * once, as first drawn.
 */
export interface LinkShape {
  /** Names the draws, so activities and results draw independently. */
  purpose: string;
  focusShare: number;
  /** Chance that the first link is direct, and that a later one is. */
  directFirst: number;
  directLater: number;
}

/** At most four links per row: the draws of row n use the keys n * 4 + 1 … n * 4 + 4. */
export function targetLinksSql(source: string, shape: LinkShape): string {
  const draw = (what: string) => `pg_temp.draw(src.n * 4 + l.i, '${shape.purpose}.${what}')`;
  return `select distinct on (s.n, s.target_id) s.n, s.partnership_id, s.target_id, s.contribution
    from (
      select src.n, src.partnership_id, l.i,
        case when ${draw('popular')} < 0.6 then g.popular[1 + floor(${draw('target')} * cardinality(g.popular))::int]
          else g.target_ids[1 + floor(${draw('target')} * cardinality(g.target_ids))::int] end as target_id,
        case when ${draw('direct')} < case when l.i = 1 then ${shape.directFirst} else ${shape.directLater} end then 'direct' else 'indirect' end as contribution
      from (${source}) as src
      cross join lateral generate_series(1, least(src.links, 4)) as l (i)
      join gen_goals g on g.goal_id = case
        when ${draw('focus')} < ${shape.focusShare} then src.focus[1 + floor(${draw('focus goal')} * cardinality(src.focus))::int]
        else (select w.goal_id from gen_goals w where ${draw('goal')} >= w.lo and ${draw('goal')} < w.hi)
      end
    ) as s
    order by s.n, s.target_id, s.i`;
}
