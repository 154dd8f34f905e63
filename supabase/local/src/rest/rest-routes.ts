/**
 * `/rest/v1`: PostgREST's API over the exposed schemas. Each request runs in one transaction as
 * the JWT's role with `request.jwt.claims` set, read-only for GET and HEAD; Postgres renders the
 * body; errors come back as PostgREST's `{code, message, details, hint}`.
 */
import { Hono, type Context } from 'hono';
import type { StackContext } from '../context.ts';
import { isDatabaseUnavailable, type Sql } from '../db/database.ts';
import { actAs, resolveRequestRole } from '../request-role.ts';
import { readPreferences, negotiate, type Preferences } from './preferences.ts';
import { applyRangeHeader, readRequestParams, type RequestParams } from './request-params.ts';
import { RestError, toRestError } from './rest-error.ts';
import { SchemaCache, type Relation, type RoutineInfo } from './schema-cache.ts';
import { SqlContext } from './sql-context.ts';
import {
  deleteSql,
  insertSql,
  mutationStatement,
  readStatement,
  relationSql,
  routineCall,
  routineFrom,
  scalarRoutineStatement,
  updateSql,
  type Shape,
  type Statement,
} from './statements.ts';

interface Reply {
  status: number;
  body: string | null;
  contentType?: string;
  headers: Record<string, string>;
}

class Rollback {
  constructor(readonly reply: Reply) {}
}

interface Call {
  c: Context;
  schema: string;
  method: string;
  preferences: Preferences;
  cache: SchemaCache;
}

const missingCacheEntries = new Set(['PGRST200', 'PGRST202', 'PGRST205']);

export function restRoutes(ctx: StackContext) {
  const app = new Hono();
  let cache: SchemaCache | undefined;
  const loadCache = async () => {
    const fresh = new SchemaCache(ctx.config.api.schemas);
    try {
      await fresh.load(ctx.db);
    } catch (error) {
      // Without a schema cache PostgREST cannot plan any request, and says so until it has one.
      if (isDatabaseUnavailable(error)) throw new RestError(503, 'PGRST002', 'Could not query the database for the schema cache. Retrying.');
      throw error;
    }
    cache = fresh;
    return fresh;
  };

  async function serve(c: Context, work: (tx: Sql, call: Call) => Promise<Reply>): Promise<Response> {
    const resolution = await resolveRequestRole(c, ctx.keys.jwtSecret);
    if (!resolution.ok) {
      if (resolution.reason === 'missing') return c.json({ message: 'No API key found in request', hint: 'No `apikey` request header or url param was found.' }, 401);
      const code = resolution.reason === 'expired' ? 'PGRST303' : 'PGRST301';
      return c.json(new RestError(401, code, resolution.reason === 'expired' ? 'JWT expired' : 'JWSError JWSInvalidSignature').body(), 401);
    }
    const method = c.req.method;
    const readOnly = method === 'GET' || method === 'HEAD';
    let retried = false;
    for (;;) {
      try {
        const schema = requestSchema(c, ctx.config.api.schemas, readOnly);
        const call: Call = { c, schema, method, preferences: readPreferences(c.req.header('prefer')), cache: cache ?? (await loadCache()) };
        const reply = await ctx.db
          .transaction(
            async (tx) => {
              await actAs(tx, resolution.role, resolution.claims, {
                search_path: [schema, ...ctx.config.api.extraSearchPath].join(', '),
                'request.method': method,
                'request.path': c.req.path,
                'request.headers': JSON.stringify(Object.fromEntries(Object.entries(c.req.header()).filter(([name]) => name !== 'authorization' && name !== 'apikey'))),
              });
              const result = await work(tx, call);
              if (call.preferences.rollback) throw new Rollback(result);
              return result;
            },
            { readOnly },
          )
          .catch((error) => {
            if (error instanceof Rollback) return error.reply;
            throw error;
          });
        return respond(c, reply, method);
      } catch (error) {
        const restError = toRestError(error, resolution.role);
        if (!retried && missingCacheEntries.has(restError.code)) {
          retried = true;
          const reloaded = await loadCache().then(
            () => true,
            () => false,
          );
          if (reloaded) continue;
        }
        return c.body(JSON.stringify(restError.body()), restError.status as never, { ...restError.headers(), 'content-type': 'application/json; charset=utf-8' });
      }
    }
  }

  app.get('/', (c) => c.json({ swagger: '2.0', info: { title: 'Local PostgREST-compatible API', version: '12' }, paths: {} }));
  app.on(['GET', 'HEAD', 'POST'], '/rpc/:name', (c) => serve(c, (tx, call) => callRoutine(tx, call, c.req.param('name'), ctx.config.api.maxRows)));
  app.on(['PUT', 'PATCH', 'DELETE'], '/rpc/:name', (c) => c.json(new RestError(405, 'PGRST101', `Cannot use the ${c.req.method} method on RPC`).body(), 405));
  app.on(['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'], '/:name', (c) =>
    serve(c, (tx, call) => handleRelation(tx, call, c.req.param('name'), ctx.config.api.maxRows)),
  );
  app.put('/:name', (c) => c.json(new RestError(405, 'PGRST105', 'PUT is not supported by this local stack').body(), 405));
  return app;
}

function requestSchema(c: Context, schemas: string[], readOnly: boolean): string {
  const requested = c.req.header(readOnly ? 'accept-profile' : 'content-profile');
  if (!requested) return schemas[0];
  if (!schemas.includes(requested)) {
    throw new RestError(406, 'PGRST106', `The schema must be one of the following: ${schemas.join(', ')}`);
  }
  return requested;
}

function respond(c: Context, reply: Reply, method: string): Response {
  const headers: Record<string, string> = { ...reply.headers };
  if (reply.contentType) headers['content-type'] = reply.contentType;
  if (method === 'HEAD' || reply.body === null) return c.body(null, reply.status as never, headers);
  return c.body(reply.body, reply.status as never, headers);
}

function findRelation(cache: SchemaCache, schema: string, name: string): Relation {
  const relation = cache.relation(schema, name);
  if (relation) return relation;
  const near = [...cache.relations.values()]
    .filter((candidate) => candidate.schema === schema && (candidate.name.startsWith(name) || name.startsWith(candidate.name)))
    .sort((a, b) => Math.abs(a.name.length - name.length) - Math.abs(b.name.length - name.length))[0];
  throw new RestError(404, 'PGRST205', `Could not find the table '${schema}.${name}' in the schema cache`, null, near ? `Perhaps you meant the table '${schema}.${near.name}'` : null);
}

/** The JSON body; the gateway has refused one over the size limit already (body-limit.ts). */
async function readBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new RestError(400, 'PGRST102', 'Empty or invalid json', (error as Error).message);
  }
}

async function run(tx: Sql, statement: Statement) {
  const [row] = await tx.query<{ total: number | null; page_rows: number; body: string | null }>(statement.sql, statement.params);
  return row;
}

function singleCheck(shape: Shape, rows: number) {
  if (shape.output === 'single' && rows !== 1) {
    throw new RestError(406, 'PGRST116', 'JSON object requested, multiple (or no) rows returned', `The result contains ${rows} rows`);
  }
}

function contentRange(offset: number, rows: number, total: number | null) {
  const range = rows > 0 ? `${offset}-${offset + rows - 1}` : '*';
  return `${range}/${total ?? '*'}`;
}

function shapeOf(call: Call, params: RequestParams, countable = true): Shape {
  const negotiated = negotiate(call.c.req.header('accept'));
  return { items: params.select, output: negotiated.output, stripNulls: negotiated.stripNulls, count: countable && Boolean(call.preferences.count) };
}

function contentTypeOf(call: Call) {
  return negotiate(call.c.req.header('accept')).contentType;
}

function preferenceApplied(call: Call): Record<string, string> {
  return call.preferences.applied.length ? { 'preference-applied': call.preferences.applied.join(', ') } : {};
}

async function readRows(tx: Sql, call: Call, sqlContext: SqlContext, relation: Relation | undefined, from: string, params: RequestParams, maxRows: number): Promise<Reply> {
  const shape = shapeOf(call, params);
  const result = await run(tx, readStatement(sqlContext, relation, from, shape, maxRows));
  singleCheck(shape, result.page_rows);
  const offset = sqlContext.level('').offset ?? 0;
  if (result.total !== null && offset > 0 && result.page_rows === 0 && offset >= result.total && result.total > 0) {
    throw new RestError(416, 'PGRST103', 'Requested range not satisfiable', `An offset of ${offset} was requested, but there are only ${result.total} rows.`);
  }
  const partial = result.total !== null && (offset > 0 || offset + result.page_rows < result.total);
  return {
    status: partial ? 206 : 200,
    body: result.body,
    contentType: contentTypeOf(call),
    headers: { 'content-range': contentRange(offset, result.page_rows, result.total), ...preferenceApplied(call) },
  };
}

async function handleRelation(tx: Sql, call: Call, name: string, maxRows: number): Promise<Reply> {
  const relation = findRelation(call.cache, call.schema, name);
  const params = readRequestParams(new URL(call.c.req.url).searchParams);
  if (call.method === 'GET' || call.method === 'HEAD') applyRangeHeader(params.levels, call.c.req.header('range'));
  const sqlContext = new SqlContext(call.cache, params.levels);
  if (call.method === 'GET' || call.method === 'HEAD') {
    return readRows(tx, call, sqlContext, relation, `${relationSql(relation)} as "t0"`, params, maxRows);
  }
  let mutation: string;
  let created = false;
  if (call.method === 'POST') {
    const body = await readBody(call.c);
    const rows = body === undefined ? [] : Array.isArray(body) ? body : [body];
    if (!rows.every((row) => row !== null && typeof row === 'object' && !Array.isArray(row))) {
      throw new RestError(400, 'PGRST102', 'All object keys must match');
    }
    const columns = params.columns ?? [...new Set(rows.flatMap((row) => Object.keys(row as object)))];
    const resolution = call.preferences.resolution;
    mutation = insertSql(sqlContext, {
      relation,
      rows: rows as Record<string, unknown>[],
      columns,
      missingDefault: call.preferences.missingDefault,
      conflict: resolution
        ? { columns: params.onConflict ?? relation.primaryKey, resolution: resolution === 'ignore-duplicates' ? 'ignore' : 'merge' }
        : undefined,
    });
    created = true;
    if (rows.length === 0) return { status: 201, body: call.preferences.return === 'representation' ? '[]' : null, contentType: contentTypeOf(call), headers: { 'content-range': '*/0' } };
  } else if (call.method === 'PATCH') {
    const body = await readBody(call.c);
    if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new RestError(400, 'PGRST102', 'Empty or invalid json');
    if (Object.keys(body).length === 0) {
      return { status: call.preferences.return === 'representation' ? 200 : 204, body: call.preferences.return === 'representation' ? '[]' : null, contentType: contentTypeOf(call), headers: {} };
    }
    mutation = updateSql(sqlContext, relation, body as Record<string, unknown>, params.select);
  } else {
    mutation = deleteSql(sqlContext, relation, params.select);
  }
  return finishMutation(tx, call, sqlContext, relation, mutation, params, created);
}

async function finishMutation(tx: Sql, call: Call, sqlContext: SqlContext, relation: Relation, mutation: string, params: RequestParams, created: boolean): Promise<Reply> {
  const shape = shapeOf(call, params, false);
  const representation = call.preferences.return === 'representation';
  let rows: number;
  let body: string | null = null;
  if (representation || shape.output === 'single') {
    const result = await run(tx, mutationStatement(sqlContext, relation, mutation, shape));
    rows = result.page_rows;
    body = representation ? result.body : null;
  } else {
    // Without RETURNING, so a write needs no SELECT policy, as with PostgREST's return=minimal.
    rows = await tx.run(mutation, sqlContext.params);
  }
  singleCheck(shape, rows);
  if (call.preferences.strict && call.preferences.maxAffected !== undefined && rows > call.preferences.maxAffected) {
    throw new RestError(400, 'PGRST124', 'Query result exceeds max-affected preference constraint', `The query affects ${rows} rows`);
  }
  const total = call.preferences.count ? rows : null;
  return {
    status: created ? 201 : representation ? 200 : 204,
    body,
    contentType: representation ? contentTypeOf(call) : undefined,
    headers: { 'content-range': created ? `*/${total ?? '*'}` : contentRange(0, rows, total), ...preferenceApplied(call) },
  };
}

function chooseRoutine(cache: SchemaCache, schema: string, name: string, given: string[], hasBody: boolean): RoutineInfo {
  const overloads = cache.routineOverloads(schema, name);
  const fits = overloads.filter(
    (routine) =>
      given.every((key) => routine.args.some((arg) => arg.name === key)) &&
      routine.args.every((arg) => arg.hasDefault || given.includes(arg.name)),
  );
  const singleJson = overloads.filter((routine) => routine.args.length === 1 && routine.args[0].name === '' && ['json', 'jsonb'].includes(routine.args[0].type));
  const chosen = fits.length ? fits : hasBody ? singleJson : [];
  if (chosen.length === 1) return chosen[0];
  if (chosen.length > 1) {
    throw new RestError(300, 'PGRST203', `Could not choose the best candidate function between: ${chosen.map((routine) => `${schema}.${name}(${routine.args.map((arg) => `${arg.name} => ${arg.type}`).join(', ')})`).join(', ')}`, null, 'Try renaming the parameters or the function itself in the database so function overloading can be resolved');
  }
  const signature = `${schema}.${name}(${given.join(', ')})`;
  throw new RestError(
    404,
    'PGRST202',
    `Could not find the function ${given.length ? signature : `${schema}.${name} without parameters`} in the schema cache`,
    `Searched for the function ${schema}.${name}${given.length ? ` with parameters ${given.join(', ')}` : ' without parameters'} or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache.`,
    overloads.length ? `Perhaps you meant to call the function ${schema}.${name}(${overloads[0].args.map((arg) => arg.name).join(', ')})` : null,
  );
}

async function callRoutine(tx: Sql, call: Call, name: string, maxRows: number): Promise<Reply> {
  const search = new URL(call.c.req.url).searchParams;
  const argumentNames = new Set(call.cache.routineOverloads(call.schema, name).flatMap((routine) => routine.args.map((arg) => arg.name)));
  const isPost = call.method === 'POST';
  const params = readRequestParams(search, isPost ? new Set() : argumentNames);
  let args: Record<string, unknown> = params.args;
  let body: unknown;
  if (isPost) {
    body = await readBody(call.c);
    if (body !== undefined && (body === null || typeof body !== 'object' || Array.isArray(body)) && !call.preferences.singleObject) {
      args = {};
    } else {
      args = (body as Record<string, unknown>) ?? {};
    }
  }
  const routine = call.preferences.singleObject
    ? chooseRoutine(call.cache, call.schema, name, [], true)
    : chooseRoutine(call.cache, call.schema, name, Object.keys(args), isPost && body !== undefined);
  const sqlContext = new SqlContext(call.cache, params.levels);
  const routineArgs = routineCall(sqlContext, routine, args, body ?? {});
  if (routine.returnsComposite) {
    const relation = routine.returnsRelation ? call.cache.relation(routine.schema, routine.returnsRelation) ?? call.cache.relation(call.schema, routine.returnsRelation) : undefined;
    const from = routineFrom(routineArgs);
    if (routine.returnsSet) return readRows(tx, call, sqlContext, relation, from, params, maxRows);
    const shape = { ...shapeOf(call, params), output: shapeOf(call, params).output === 'csv' ? ('csv' as const) : ('single' as const) };
    const result = await run(tx, readStatement(sqlContext, relation, from, shape));
    return { status: 200, body: result.body ?? 'null', contentType: contentTypeOf(call), headers: { 'content-range': contentRange(0, result.page_rows, null) } };
  }
  const result = await run(tx, scalarRoutineStatement(sqlContext, routine, routineArgs));
  if (routine.returnsVoid) return { status: 204, body: null, headers: {} };
  return { status: 200, body: result.body ?? 'null', contentType: contentTypeOf(call), headers: { 'content-range': routine.returnsSet ? contentRange(0, result.page_rows, null) : '0-0/*' } };
}
