/**
 * The SQL of each kind of request. Every statement returns one row — `total` (the exact count
 * when asked), `page_rows` and `body` — with the body already rendered by Postgres as JSON or CSV.
 */
import { orderSql, pagingSql } from './conditions.ts';
import { selectList, whereConditions, type Scope } from './projection.ts';
import type { SelectItem } from './query-grammar.ts';
import { quoteIdent } from './relationships.ts';
import { RestError } from './rest-error.ts';
import type { Relation, RoutineInfo } from './schema-cache.ts';
import type { SqlContext } from './sql-context.ts';

export type Output = 'json' | 'single' | 'csv';

export interface Shape {
  items: SelectItem[];
  output: Output;
  stripNulls: boolean;
  count: boolean;
}

export interface Statement {
  sql: string;
  params: unknown[];
}

const rootAlias = '"t0"';

export const relationSql = (relation: { schema: string; name: string }) => `${quoteIdent(relation.schema)}.${quoteIdent(relation.name)}`;

function bodySql(shape: Shape): string {
  const row = shape.stripNulls ? 'json_strip_nulls(row_to_json(_r))' : 'row_to_json(_r)';
  switch (shape.output) {
    case 'json':
      return `(select coalesce(json_agg(${row}), '[]')::text from pgrst_source _r)`;
    case 'single':
      return `(select case when count(*) = 1 then (json_agg(${row}) -> 0)::text end from pgrst_source _r)`;
    case 'csv':
      // Postgres renders each row as a record literal, which is a CSV line inside parentheses.
      return `(select coalesce((select string_agg(k, ',') from json_object_keys((select row_to_json(_h) from pgrst_source _h limit 1)) k), '')
                 || chr(10) || coalesce(string_agg(substring(_r::text, 2, length(_r::text) - 2), chr(10)), '') from pgrst_source _r)`;
  }
}

function finish(ctx: SqlContext, ctes: string[], shape: Shape, total: string): Statement {
  const sql = `with ${ctes.join(', ')}
    select ${total} as total, (select count(*) from pgrst_source)::int as page_rows, ${bodySql(shape)} as body`;
  return { sql, params: ctx.params };
}

/** GET on a table or view; also the rows of a set-returning function (`from` differs). */
export function readStatement(ctx: SqlContext, relation: Relation | undefined, from: string, shape: Shape, maxRows?: number): Statement {
  const scope: Scope = { relation, alias: rootAlias, path: '' };
  const level = ctx.level('');
  const where = (conditions: string[]) => (conditions.length ? ` where ${conditions.join(' and ')}` : '');
  const limit = maxRows !== undefined ? Math.min(level.limit ?? maxRows, maxRows) : level.limit;
  const rows = `select ${selectList(ctx, scope, shape.items).join(', ') || 'null'} from ${from}${where(whereConditions(ctx, scope, shape.items))}${orderSql(relation, rootAlias, level.order)}${pagingSql(ctx, limit, level.offset)}`;
  const total = shape.count ? `(select count(*) from ${from}${where(whereConditions(ctx, scope, shape.items))})::int` : 'null::int';
  return finish(ctx, [`pgrst_source as (${rows})`], shape, total);
}

function checkPayloadColumns(relation: Relation, columns: string[]) {
  for (const column of columns) {
    if (!relation.columns.has(column)) {
      throw new RestError(400, 'PGRST204', `Could not find the '${column}' column of '${relation.name}' in the schema cache`);
    }
  }
}

/** Rows as the mutation returned them, shaped by `select` (which may embed related rows). */
export function mutationStatement(ctx: SqlContext, relation: Relation, mutation: string, shape: Shape): Statement {
  const scope: Scope = { relation, alias: rootAlias, path: '' };
  const rows = `select ${selectList(ctx, scope, shape.items).join(', ') || 'null'} from pgrst_mutation as ${rootAlias}${orderSql(relation, rootAlias, ctx.level('').order)}`;
  return finish(ctx, [`pgrst_mutation as (${mutation} returning ${rootAlias}.*)`, `pgrst_source as (${rows})`], shape, 'null::int');
}

export interface InsertRequest {
  relation: Relation;
  rows: Record<string, unknown>[];
  columns: string[];
  missingDefault: boolean;
  conflict?: { columns: string[]; resolution: 'merge' | 'ignore' };
}

export function insertSql(ctx: SqlContext, request: InsertRequest): string {
  const { relation, rows, columns } = request;
  checkPayloadColumns(relation, columns);
  const target = `${relationSql(relation)} as ${rootAlias}`;
  const body = ctx.param(JSON.stringify(rows));
  const quoted = columns.map(quoteIdent);
  let sql: string;
  if (columns.length === 0) {
    sql = `insert into ${target} select from json_array_elements(${body}::json)`;
  } else if (request.missingDefault) {
    const values = rows.map(
      (row, index) =>
        `(${columns.map((column) => (column in row ? `(json_populate_record(null::${relationSql(relation)}, ${body}::json -> ${index})).${quoteIdent(column)}` : 'default')).join(', ')})`,
    );
    sql = `insert into ${target} (${quoted.join(', ')}) values ${values.join(', ')}`;
  } else {
    sql = `insert into ${target} (${quoted.join(', ')}) select ${quoted.join(', ')} from json_populate_recordset(null::${relationSql(relation)}, ${body}::json)`;
  }
  if (request.conflict) {
    const { columns: conflictColumns, resolution } = request.conflict;
    checkPayloadColumns(relation, conflictColumns);
    const update = quoted.map((column) => `${column} = excluded.${column}`).join(', ');
    sql += ` on conflict (${conflictColumns.map(quoteIdent).join(', ')}) do ${resolution === 'ignore' || !update ? 'nothing' : `update set ${update}`}`;
  }
  return sql;
}

export function updateSql(ctx: SqlContext, relation: Relation, values: Record<string, unknown>, items: SelectItem[]): string {
  const columns = Object.keys(values);
  checkPayloadColumns(relation, columns);
  const scope: Scope = { relation, alias: rootAlias, path: '' };
  const set = columns.map((column) => `${quoteIdent(column)} = _b.${quoteIdent(column)}`).join(', ');
  const conditions = whereConditions(ctx, scope, items);
  const body = ctx.param(JSON.stringify(values));
  return `update ${relationSql(relation)} as ${rootAlias} set ${set} from json_populate_record(null::${relationSql(relation)}, ${body}::json) as _b${conditions.length ? ` where ${conditions.join(' and ')}` : ''}`;
}

export function deleteSql(ctx: SqlContext, relation: Relation, items: SelectItem[]): string {
  const scope: Scope = { relation, alias: rootAlias, path: '' };
  const conditions = whereConditions(ctx, scope, items);
  return `delete from ${relationSql(relation)} as ${rootAlias}${conditions.length ? ` where ${conditions.join(' and ')}` : ''}`;
}

/** `fn(a => _args.a, …)` with the arguments typed by Postgres from the JSON body, as PostgREST does. */
export function routineCall(ctx: SqlContext, routine: RoutineInfo, args: Record<string, unknown>, wholeBody: unknown) {
  const name = relationSql(routine);
  const single = routine.args.length === 1 && routine.args[0].name === '' && ['json', 'jsonb'].includes(routine.args[0].type);
  if (single) return { from: '', call: `${name}(${ctx.param(JSON.stringify(wholeBody))}::${routine.args[0].type})` };
  const given = routine.args.filter((arg) => arg.name in args);
  if (given.length === 0) return { from: '', call: `${name}()` };
  const record = given.map((arg) => `${quoteIdent(arg.name)} ${arg.type}`).join(', ');
  const from = `json_to_record(${ctx.param(JSON.stringify(args))}::json) as _args(${record})`;
  const call = `${name}(${given.map((arg) => `${arg.variadic ? 'variadic ' : ''}${quoteIdent(arg.name)} => _args.${quoteIdent(arg.name)}`).join(', ')})`;
  return { from, call };
}

export function scalarRoutineStatement(ctx: SqlContext, routine: RoutineInfo, call: { from: string; call: string }): Statement {
  const from = call.from ? ` from ${call.from}` : '';
  if (routine.returnsSet) {
    return {
      sql: `select null::int as total, count(*)::int as page_rows, coalesce(json_agg(_r.value), '[]')::text as body from (select ${call.call} as value${from}) _r`,
      params: ctx.params,
    };
  }
  return { sql: `select null::int as total, 1 as page_rows, to_json(${call.call})::text as body${from}`, params: ctx.params };
}

export function routineFrom(call: { from: string; call: string }): string {
  return call.from ? `${call.from} cross join lateral ${call.call} as ${rootAlias}` : `${call.call} as ${rootAlias}`;
}
