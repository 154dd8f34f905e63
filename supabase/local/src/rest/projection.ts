/**
 * The select list of one level (columns, casts, JSON paths, embedded resources as correlated
 * subqueries that Postgres turns into JSON) and its WHERE conditions, including the `!inner`
 * embeds that keep only parents with a matching child.
 */
import { checkColumn, conditionSql, fieldKey, fieldSql, orderSql, pagingSql } from './conditions.ts';
import type { SelectItem } from './query-grammar.ts';
import { findRelationship, joinCondition, quoteIdent, type Relationship } from './relationships.ts';
import { grammarError } from './query-grammar.ts';
import type { Relation } from './schema-cache.ts';
import type { SqlContext } from './sql-context.ts';

type Embed = Extract<SelectItem, { kind: 'embed' }>;

export interface Scope {
  relation: Relation | undefined;
  alias: string;
  path: string;
}

const childPath = (scope: Scope, embed: Embed) => (scope.path ? `${scope.path}.` : '') + (embed.alias ?? embed.relation);
const embedKey = (embed: Embed) => embed.alias ?? embed.relation;
const relationSql = (relation: Relation) => `${quoteIdent(relation.schema)}.${quoteIdent(relation.name)}`;

function resolve(ctx: SqlContext, scope: Scope, embed: Embed): Relationship {
  if (!scope.relation) {
    throw grammarError(`Could not find a relationship for '${embed.relation}'`, 'the source has no relationships');
  }
  return findRelationship(ctx.cache, scope.relation, embed.relation, embed.hint);
}

/** `from … where …` of an embedded relation joined to its parent row. */
function childFrom(ctx: SqlContext, parent: Scope, embed: Embed, relationship: Relationship) {
  const child: Scope = { relation: relationship.target, alias: ctx.alias(), path: childPath(parent, embed) };
  let from = `${relationSql(relationship.target)} as ${child.alias}`;
  const junction = ctx.alias('j');
  if (relationship.kind === 'many-to-many') from += `, ${relationSql(relationship.junction)} as ${junction}`;
  const conditions = [joinCondition(relationship, parent.alias, child.alias, junction), ...whereConditions(ctx, child, embed.select)];
  return { child, sql: `from ${from} where ${conditions.join(' and ')}` };
}

function existsSql(ctx: SqlContext, parent: Scope, embed: Embed, relationship: Relationship) {
  return `exists (select 1 ${childFrom(ctx, parent, embed, relationship).sql})`;
}

/** The level's filters and `!inner` embeds, as SQL conditions on `scope.alias`. */
export function whereConditions(ctx: SqlContext, scope: Scope, items: SelectItem[]): string[] {
  const embeds = items.filter((item): item is Embed => item.kind === 'embed');
  const conditions: string[] = [];
  for (const embed of embeds) {
    if (embed.joinType === 'inner') conditions.push(existsSql(ctx, scope, embed, resolve(ctx, scope, embed)));
  }
  const embedNullCheck = (key: string, isNull: boolean) => {
    const embed = embeds.find((candidate) => embedKey(candidate) === key);
    if (!embed) return undefined;
    const exists = existsSql(ctx, scope, embed, resolve(ctx, scope, embed));
    return isNull ? `not ${exists}` : exists;
  };
  for (const condition of ctx.level(scope.path).conditions) {
    conditions.push(conditionSql(ctx, scope.relation, scope.alias, condition, embedNullCheck));
  }
  return conditions;
}

/** `expr as "key"` entries of the select list. */
export function selectList(ctx: SqlContext, scope: Scope, items: SelectItem[]): string[] {
  const list: string[] = [];
  for (const item of items) {
    if (item.kind === 'star') {
      list.push(`${scope.alias}.*`);
    } else if (item.kind === 'field') {
      checkColumn(scope.relation, item.field.column);
      const expression = fieldSql(scope.relation, scope.alias, item.field);
      list.push(`${item.cast ? `(${expression})::${item.cast}` : expression} as ${quoteIdent(fieldKey(item.field, item.alias))}`);
    } else if (item.select.length > 0) {
      list.push(...embedSelect(ctx, scope, item));
    }
  }
  return list;
}

function embedSelect(ctx: SqlContext, parent: Scope, embed: Embed): string[] {
  const relationship = resolve(ctx, parent, embed);
  const { child, sql: from } = childFrom(ctx, parent, embed, relationship);
  const level = ctx.level(child.path);
  const toOne = relationship.kind === 'many-to-one' || relationship.kind === 'one-to-one';
  if (embed.spread) {
    if (!toOne) throw grammarError(`A spread operation on '${embed.relation}' is not possible`, 'spreading needs a to-one relationship');
    const inner = embed.select.flatMap((item): SelectItem[] =>
      item.kind === 'star' ? [...relationship.target.columns.keys()].map((column) => ({ kind: 'field', field: { column, json: [] } })) : [item],
    );
    return selectList(ctx, child, inner).map((entry) => {
      const [, expression, key] = /^([\s\S]*) as ("(?:[^"]|"")*")$/.exec(entry)!;
      return `(select ${expression} ${from} limit 1) as ${key}`;
    });
  }
  const columns = selectList(ctx, child, embed.select).join(', ');
  const key = quoteIdent(embedKey(embed));
  if (toOne) return [`(select row_to_json(_e) from (select ${columns} ${from} limit 1) _e) as ${key}`];
  const rows = `select ${columns} ${from}${orderSql(child.relation, child.alias, level.order)}${pagingSql(ctx, level.limit, level.offset)}`;
  return [`coalesce((select json_agg(_e) from (${rows}) _e), '[]') as ${key}`];
}
