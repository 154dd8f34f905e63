/** SQL for fields, filters and order terms of one level, against one aliased relation. */
import { grammarError, parseList, type Condition, type Field, type OrderTerm } from './query-grammar.ts';
import { quoteIdent, quoteLiteral } from './relationships.ts';
import { RestError } from './rest-error.ts';
import type { Relation } from './schema-cache.ts';
import type { SqlContext } from './sql-context.ts';

export function checkColumn(relation: Relation | undefined, column: string) {
  if (relation && relation.columns.size > 0 && !relation.columns.has(column)) {
    throw new RestError(400, '42703', `column ${relation.name}.${column} does not exist`);
  }
}

export function fieldSql(relation: Relation | undefined, alias: string, field: Field): string {
  checkColumn(relation, field.column);
  let sql = `${alias}.${quoteIdent(field.column)}`;
  for (const step of field.json) sql += `${step.arrow}${/^-?\d+$/.test(step.key) ? step.key : quoteLiteral(step.key)}`;
  return sql;
}

/** The key a field has in the JSON result: its alias, else the last JSON key, else the column. */
export function fieldKey(field: Field, alias?: string) {
  return alias ?? (field.json.length ? field.json[field.json.length - 1].key : field.column);
}

const comparison: Record<string, string> = {
  eq: '=',
  neq: '<>',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
  like: 'like',
  ilike: 'ilike',
  match: '~',
  imatch: '~*',
  cs: '@>',
  cd: '<@',
  ov: '&&',
  sl: '<<',
  sr: '>>',
  nxr: '&<',
  nxl: '&>',
  adj: '-|-',
  isdistinct: 'is distinct from',
};

const textSearch: Record<string, string> = {
  fts: 'to_tsquery',
  plfts: 'plainto_tsquery',
  phfts: 'phraseto_tsquery',
  wfts: 'websearch_to_tsquery',
};

const isValues: Record<string, string> = {
  null: 'is null',
  not_null: 'is not null',
  true: 'is true',
  false: 'is false',
  unknown: 'is unknown',
};

/** Extra conditions a level understands besides column filters: `embed=is.null` on its embeds. */
export type EmbedNullCheck = (key: string, isNull: boolean) => string | undefined;

export function conditionSql(
  ctx: SqlContext,
  relation: Relation | undefined,
  alias: string,
  condition: Condition,
  embedNullCheck?: EmbedNullCheck,
): string {
  if (condition.kind === 'logic') {
    const joined = condition.conditions
      .map((inner) => conditionSql(ctx, relation, alias, inner, embedNullCheck))
      .join(` ${condition.operator} `);
    const sql = `(${joined || (condition.operator === 'and' ? 'true' : 'false')})`;
    return condition.negate ? `not ${sql}` : sql;
  }
  const sql = filterSql(ctx, relation, alias, condition, embedNullCheck);
  return condition.negate ? `not (${sql})` : sql;
}

function filterSql(
  ctx: SqlContext,
  relation: Relation | undefined,
  alias: string,
  filter: Extract<Condition, { kind: 'filter' }>,
  embedNullCheck?: EmbedNullCheck,
): string {
  const { operator, value, modifier } = filter;
  if (operator === 'is') {
    const test = isValues[value.toLowerCase()];
    if (!test) throw grammarError(`"failed to parse filter (is.${value})" (line 1, column 4)`, 'unexpected value; expecting null, not_null, true, false or unknown');
    if (!filter.field.json.length && (test === 'is null' || test === 'is not null')) {
      const embedded = embedNullCheck?.(filter.field.column, test === 'is null');
      if (embedded) return embedded;
    }
    return `${fieldSql(relation, alias, filter.field)} ${test}`;
  }
  const left = fieldSql(relation, alias, filter.field);
  if (operator === 'in') {
    const values = parseList(value, '(', ')');
    return values.length ? `${left} in (${values.map((item) => ctx.param(item)).join(', ')})` : 'false';
  }
  if (operator in textSearch) {
    const config = modifier ? `${ctx.param(modifier)}::regconfig, ` : '';
    return `${left} @@ ${textSearch[operator]}(${config}${ctx.param(value)})`;
  }
  const symbol = comparison[operator];
  const pattern = (text: string) => (operator === 'like' || operator === 'ilike' ? text.replace(/\*/g, '%') : text);
  if (modifier === 'any' || modifier === 'all') {
    const values = parseList(value, '{', '}').map((item) => ctx.param(pattern(item)));
    return `${left} ${symbol} ${modifier}(array[${values.join(', ')}])`;
  }
  if (modifier) throw grammarError(`"failed to parse filter (${operator}(${modifier}).${value})"`, 'unknown modifier');
  return `${left} ${symbol} ${ctx.param(pattern(value))}`;
}

export function orderSql(relation: Relation | undefined, alias: string, terms: OrderTerm[]): string {
  if (!terms.length) return '';
  const parts = terms.map((term) => {
    let sql = fieldSql(relation, alias, term.field);
    if (term.direction) sql += ` ${term.direction}`;
    if (term.nulls) sql += ` nulls ${term.nulls}`;
    return sql;
  });
  return ` order by ${parts.join(', ')}`;
}

export function pagingSql(ctx: SqlContext, limit?: number, offset?: number): string {
  let sql = '';
  if (limit !== undefined) sql += ` limit ${ctx.param(limit)}`;
  if (offset) sql += ` offset ${ctx.param(offset)}`;
  return sql;
}
