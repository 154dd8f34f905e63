/**
 * Random and malformed requests to every API of the stack, from a seeded generator so a failure
 * is replayed by its seed and index. The attack test (supabase/tests/attacks/fuzz.test.ts) sends
 * a few hundred; `npm run bench` sends tens of thousands and counts the answers.
 *
 * What is random: the API (REST tables, every rpc function, auth, storage, functions), the method
 * and path (known and made-up), the query string (known and unknown columns, good and bad
 * operators, odd characters, long values), the headers (Prefer, Range, Accept, Content-Type,
 * profiles, broken tokens) and the body (valid-looking JSON with wrong types, bad JSON, bytes).
 */
import type { Sql } from '../../local/index.ts';

export type FuzzIdentity = 'anon' | 'member' | 'service';

export interface FuzzTargets {
  tables: { name: string; columns: { name: string; type: string }[] }[];
  functions: { name: string; args: { name: string; type: string }[] }[];
  buckets: string[];
  edgeFunctions: string[];
  /** Ids of demo rows, so some filters and paths hit real data. */
  ids: string[];
}

export interface FuzzRequest {
  identity: FuzzIdentity;
  method: string;
  /** Path and query string, from the API origin. */
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

export interface FuzzKeys {
  anonKey: string;
  serviceRoleKey: string;
  /** A signed-in member's access token. */
  memberToken: string;
}

/** mulberry32: small, fast and the same on every machine for a seed. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  const chance = (probability: number) => next() < probability;
  return { next, int, pick, chance };
}

type Random = ReturnType<typeof seededRandom>;

/** encodeURIComponent, with lone surrogates (which it refuses) sent as U+FFFD. */
function encode(text: string) {
  return encodeURIComponent(text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));
}

/** Query parts no encoder would write: broken percent escapes, empty names, stray separators. */
const rawQueryParts = ['%ZZ=1', 'select=%', 'a=%E0%A4%A', '%00=%00', '&&', '=', '==', 'select', 'order', 'limit=', '%2e%2e=1', 'select=id&select=name', 'id=eq.1&id=eq.2'];

/** What the database exposes, read from its catalogue, so new tables and functions get fuzzed too. */
export async function loadFuzzTargets(db: Sql, functionsDir: string[]): Promise<FuzzTargets> {
  const columns = await db.query<{ table_name: string; column_name: string; data_type: string }>(
    `select table_name, column_name, data_type from information_schema.columns
      where table_schema = 'public' order by table_name, ordinal_position`,
  );
  const tables = new Map<string, { name: string; type: string }[]>();
  for (const row of columns) tables.set(row.table_name, [...(tables.get(row.table_name) ?? []), { name: row.column_name, type: row.data_type }]);
  const functions = await db.query<{ name: string; args: string[] | null; types: string[] | null }>(
    `select p.proname as name, p.proargnames as args,
            array(select format_type(t, null) from unnest(p.proargtypes) as t) as types
       from pg_proc p where p.pronamespace = 'public'::regnamespace and p.prokind = 'f' order by 1`,
  );
  const buckets = (await db.query<{ id: string }>('select id from storage.buckets order by id')).map((row) => row.id);
  const ids = (
    await db.query<{ id: string }>(
      `select id::text from public.partnerships union all (select id::text from public.activities limit 20)
       union all (select id::text from public.reports limit 20) union all (select id::text from auth.users)`,
    )
  ).map((row) => row.id);
  return {
    tables: [...tables].map(([name, cols]) => ({ name, columns: cols })),
    functions: functions.map((fn) => ({ name: fn.name, args: (fn.args ?? []).map((arg, index) => ({ name: arg, type: fn.types?.[index] ?? 'text' })) })),
    buckets,
    edgeFunctions: functionsDir,
    ids,
  };
}

const oddStrings = [
  '',
  ' ',
  "'",
  '"',
  '\\',
  '%',
  '%%',
  '%00',
  '%ZZ',
  '\u0000',
  '\ud800',
  '😀',
  'Ω≈ç√',
  '()',
  '((',
  ')',
  ',',
  ',,',
  '.',
  '..',
  '*',
  '**',
  '!',
  '!inner',
  '->',
  '->>',
  ':',
  '::text',
  '; drop table public.partnerships; --',
  "' or '1'='1",
  '$1',
  '{}',
  '[]',
  '{"a":',
  'null',
  'true',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  '99999999999999999999999999',
  '-9223372036854775809',
  '2026-13-45',
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
  'eq.',
  'in.(',
  'in.()',
  'cs.{',
  'fts(english).x',
  'is.maybe',
  'like.*',
  '<script>alert(1)</script>',
];

const operators = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'like', 'ilike', 'match', 'imatch', 'in', 'is', 'isdistinct', 'fts', 'plfts', 'phfts', 'wfts', 'cs', 'cd', 'ov', 'sl', 'sr', 'nxr', 'nxl', 'adj', 'not.eq', 'not.in', 'any', 'all', 'eq(any)', 'like(all)', 'bogus', '', 'not', 'not.not.eq'];

function oddString(random: Random, targets: FuzzTargets): string {
  switch (random.int(6)) {
    case 0:
      return random.pick(oddStrings);
    case 1:
      return random.pick(targets.ids.length > 0 ? targets.ids : oddStrings);
    case 2:
      return 'x'.repeat(random.pick([100, 1000, 4000]));
    case 3:
      return String.fromCharCode(...Array.from({ length: 1 + random.int(12) }, () => 32 + random.int(95)));
    case 4:
      return String(random.int(1e6) - 5e5);
    default:
      return `${random.pick(oddStrings)}${random.pick(oddStrings)}`;
  }
}

/** A JSON value of a random type: arrays, objects, numbers where text is expected, and so on. */
function oddValue(random: Random, targets: FuzzTargets, depth = 0): unknown {
  switch (random.int(depth > 1 ? 6 : 9)) {
    case 0:
      return null;
    case 1:
      return random.chance(0.5);
    case 2:
      return random.pick([0, -1, 1.5, 2026, 1e308, -1e308, 2 ** 53 + 1, 32768, -2147483649]);
    case 3:
    case 4:
      return oddString(random, targets);
    case 5:
      return random.pick(targets.ids.length > 0 ? targets.ids : ['x']);
    case 6:
      return Array.from({ length: random.int(4) }, () => oddValue(random, targets, depth + 1));
    default:
      return Object.fromEntries(Array.from({ length: random.int(4) }, () => [oddString(random, targets).slice(0, 30), oddValue(random, targets, depth + 1)]));
  }
}

/** A value that suits the column's type half of the time, and does not the other half. */
function valueFor(random: Random, targets: FuzzTargets, type: string): unknown {
  if (random.chance(0.5)) return oddValue(random, targets);
  if (/int|numeric|double|real/.test(type)) return random.int(3000);
  if (type === 'boolean') return random.chance(0.5);
  if (type === 'uuid') return random.pick(targets.ids.length > 0 ? targets.ids : ['00000000-0000-4000-8000-000000000000']);
  if (/date|time/.test(type)) return random.pick(['2026-01-01', '2026-06-30T12:00:00Z', 'yesterday']);
  if (/json/.test(type)) return oddValue(random, targets);
  if (type.startsWith('ARRAY') || type.endsWith('[]')) return [oddString(random, targets)];
  return oddString(random, targets).slice(0, 200);
}

function body(random: Random, targets: FuzzTargets, columns: { name: string; type: string }[]): string | undefined {
  switch (random.int(10)) {
    case 0:
      return undefined;
    case 1:
      return random.pick(['{', '[', '{"a":1,}', 'nul', '"unterminated', '{"a":1}{"b":2}', '\u0000', '[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]', '']);
    case 2:
      return JSON.stringify(oddValue(random, targets));
    case 3:
      return JSON.stringify(Array.from({ length: 1 + random.int(3) }, () => row(random, targets, columns)));
    default:
      return JSON.stringify(row(random, targets, columns));
  }
}

function row(random: Random, targets: FuzzTargets, columns: { name: string; type: string }[]) {
  const chosen = columns.filter(() => random.chance(0.5));
  const entries: [string, unknown][] = chosen.map((column) => [column.name, valueFor(random, targets, column.type)]);
  if (random.chance(0.3)) entries.push([oddString(random, targets).slice(0, 40) || 'unknown_column', oddValue(random, targets)]);
  return Object.fromEntries(entries);
}

function columnName(random: Random, targets: FuzzTargets, columns: { name: string }[]) {
  if (columns.length > 0 && random.chance(0.75)) return random.pick(columns).name;
  return random.pick(['unknown_column', 'id->x', 'id->>x', 'a.b', '"quoted"', 'count()', '*', oddString(random, targets).slice(0, 30)]);
}

function queryString(random: Random, targets: FuzzTargets, columns: { name: string; type: string }[]): string {
  const parts: string[] = [];
  const count = random.int(5);
  for (let index = 0; index < count; index += 1) {
    switch (random.int(9)) {
      case 0:
        parts.push(
          `select=${encode(
            random.pick([
              '*',
              columns.map((column) => column.name).join(','),
              `${columnName(random, targets, columns)},${random.pick(targets.tables).name}(*)`,
              `${columnName(random, targets, columns)}::text`,
              `alias:${columnName(random, targets, columns)}`,
              `${random.pick(targets.tables).name}!inner(${columnName(random, targets, columns)})`,
              `count()`,
              oddString(random, targets),
            ]),
          )}`,
        );
        break;
      case 1:
        parts.push(`order=${encode(`${columnName(random, targets, columns)}.${random.pick(['asc', 'desc', 'nullsfirst', 'bogus', 'asc.nullslast'])}`)}`);
        break;
      case 2:
        parts.push(`limit=${encode(random.pick(['0', '1', '-1', '1000000', 'abc', '1.5', '']))}`);
        break;
      case 3:
        parts.push(`offset=${encode(random.pick(['0', '5', '-3', 'x', '99999999999']))}`);
        break;
      case 4:
        parts.push(
          `${random.pick(['or', 'and', 'not.or', 'not.and'])}=${encode(
            random.pick([`(${columnName(random, targets, columns)}.eq.1,${columnName(random, targets, columns)}.is.null)`, '(', '()', '(a.eq.1', oddString(random, targets)]),
          )}`,
        );
        break;
      case 5:
        parts.push(`${encode(oddString(random, targets).slice(0, 50))}=${encode(oddString(random, targets))}`);
        break;
      case 6:
        parts.push(random.pick(['on_conflict=id', `on_conflict=${encode(columnName(random, targets, columns))}`, 'columns=id,name', `columns=${encode(oddString(random, targets))}`]));
        break;
      default: {
        const column = columns.length > 0 && random.chance(0.8) ? random.pick(columns) : { name: columnName(random, targets, columns), type: 'text' };
        const value = random.chance(0.6) ? String(valueFor(random, targets, column.type) ?? 'null') : oddString(random, targets);
        parts.push(`${encode(column.name)}=${encode(`${random.pick(operators)}.${value}`)}`);
      }
    }
  }
  if (random.chance(0.1)) parts.push(random.pick(rawQueryParts));
  if (random.chance(0.03)) parts.push(`q=${'y'.repeat(random.pick([8000, 15000, 30000]))}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

function restHeaders(random: Random, targets: FuzzTargets): Record<string, string> {
  const headers: Record<string, string> = {};
  if (random.chance(0.4)) {
    headers.prefer = random.pick([
      'return=representation',
      'return=minimal',
      'return=headers-only',
      'count=exact',
      'count=planned',
      'count=estimated',
      'resolution=merge-duplicates',
      'resolution=ignore-duplicates',
      'missing=default',
      'tx=rollback',
      'tx=commit',
      'handling=strict',
      'handling=lenient',
      'params=single-object',
      'max-affected=1',
      'return=representation, count=exact, resolution=merge-duplicates',
      'bogus',
      'return=',
      oddString(random, targets).slice(0, 100),
    ]);
  }
  if (random.chance(0.2)) headers.range = random.pick(['0-9', '5-', '-5', '9-0', 'bytes=0-1', 'x', '0-99999999999999999999', '']);
  if (random.chance(0.1)) headers['range-unit'] = random.pick(['items', 'bytes', 'x']);
  if (random.chance(0.3)) {
    headers.accept = random.pick([
      'application/json',
      'application/vnd.pgrst.object+json',
      'application/vnd.pgrst.object+json;nulls=stripped',
      'application/vnd.pgrst.array+json;nulls=stripped',
      'text/csv',
      'text/plain',
      'application/octet-stream',
      'application/geo+json',
      'application/vnd.pgrst.plan+json',
      'application/xml',
      '*/*',
      'image/png',
      ';;;',
      '',
    ]);
  }
  if (random.chance(0.3)) headers['content-type'] = random.pick(['application/json', 'text/csv', 'application/x-www-form-urlencoded', 'text/plain', 'application/octet-stream', 'multipart/form-data; boundary=x', 'application/vnd.pgrst.object+json', 'bogus']);
  if (random.chance(0.05)) headers[random.chance(0.5) ? 'accept-profile' : 'content-profile'] = random.pick(['public', 'private', 'auth', 'storage', 'pg_catalog', 'nope']);
  return headers;
}

function rpcRequest(random: Random, targets: FuzzTargets): Omit<FuzzRequest, 'identity'> {
  const fn = random.pick(targets.functions);
  const name = random.chance(0.95) ? fn.name : oddString(random, targets).slice(0, 40);
  const method = random.pick(['POST', 'POST', 'POST', 'POST', 'GET', 'HEAD', 'PATCH', 'DELETE', 'PUT']);
  const args = fn.args.map((arg) => ({ name: arg.name, type: arg.type }));
  const query = method === 'GET' || method === 'HEAD' ? queryString(random, targets, args) : queryString(random, targets, []);
  // Every argument, each of its type or not, reaches the function's own checks; the rest of
  // the time the body itself is odd.
  const payload = random.chance(0.5) ? JSON.stringify(Object.fromEntries(args.map((arg) => [arg.name, valueFor(random, targets, arg.type)]))) : body(random, targets, args);
  return { method, url: `/rest/v1/rpc/${encode(name)}${query}`, headers: restHeaders(random, targets), body: method === 'POST' ? payload : undefined };
}

function restRequest(random: Random, targets: FuzzTargets): Omit<FuzzRequest, 'identity'> {
  const table = random.pick(targets.tables);
  const name = random.chance(0.95) ? table.name : random.pick(['nope', 'pg_user', 'auth.users', '', 'rpc', '..%2f..%2fetc', oddString(random, targets).slice(0, 40)]);
  const method = random.pick(['GET', 'GET', 'GET', 'HEAD', 'POST', 'PATCH', 'DELETE', 'PUT', 'OPTIONS']);
  const sendsBody = method === 'POST' || method === 'PATCH' || method === 'PUT';
  return {
    method,
    url: `/rest/v1/${encode(name)}${queryString(random, targets, table.columns)}`,
    headers: restHeaders(random, targets),
    body: sendsBody ? body(random, targets, table.columns) : undefined,
  };
}

function authRequest(random: Random, targets: FuzzTargets): Omit<FuzzRequest, 'identity'> {
  const fields = ['email', 'password', 'refresh_token', 'token', 'token_hash', 'type', 'data', 'redirect_to', 'phone', 'options', 'code_challenge'].map((name) => ({ name, type: 'text' }));
  const target = random.pick([
    ['POST', '/auth/v1/signup'],
    ['POST', `/auth/v1/token?grant_type=${random.pick(['password', 'refresh_token', 'pkce', 'id_token', 'bogus', ''])}`],
    ['GET', '/auth/v1/user'],
    ['PUT', '/auth/v1/user'],
    ['POST', '/auth/v1/recover'],
    ['POST', '/auth/v1/verify'],
    ['GET', `/auth/v1/verify?type=${random.pick(['invite', 'recovery', 'signup', 'x'])}&token=${encode(oddString(random, targets))}&redirect_to=${encode(random.pick(['http://127.0.0.1:3000', 'https://evil.example', 'javascript:alert(1)', oddString(random, targets)]))}`],
    ['POST', '/auth/v1/otp'],
    ['POST', '/auth/v1/invite'],
    ['GET', `/auth/v1/admin/users${random.chance(0.5) ? `?page=${random.pick(['1', '-1', 'x', '99999'])}&per_page=${random.pick(['1', '0', 'x', '100000'])}` : ''}`],
    ['POST', '/auth/v1/admin/users'],
    ['GET', `/auth/v1/admin/users/${encode(oddString(random, targets))}`],
    ['PUT', `/auth/v1/admin/users/${encode(oddString(random, targets))}`],
    ['DELETE', `/auth/v1/admin/users/${encode(random.chance(0.5) ? 'not-a-uuid' : '00000000-0000-4000-8000-0000000000ff')}`],
    ['GET', '/auth/v1/settings'],
    ['GET', '/auth/v1/health'],
    [random.pick(['GET', 'POST', 'PATCH', 'DELETE']), `/auth/v1/${encode(oddString(random, targets).slice(0, 30))}`],
  ] as const);
  const [method, url] = target;
  const headers: Record<string, string> = {};
  if (random.chance(0.5)) headers['content-type'] = random.pick(['application/json', 'text/plain', 'application/x-www-form-urlencoded']);
  if (random.chance(0.5)) headers['x-supabase-api-version'] = random.pick(['2024-01-01', '2020-01-01', 'x']);
  return { method, url, headers, body: method === 'GET' || method === 'DELETE' ? undefined : body(random, targets, fields) };
}

function storageRequest(random: Random, targets: FuzzTargets): Omit<FuzzRequest, 'identity'> {
  const bucket = random.chance(0.8) && targets.buckets.length > 0 ? random.pick(targets.buckets) : oddString(random, targets).slice(0, 40);
  const folder = random.pick([...targets.ids.slice(0, 4), '..', '.', '', '%2e%2e', 'a/b/c', oddString(random, targets).slice(0, 40)]);
  const objectPath = `${encode(folder)}/${encode(random.pick(['fuzz.txt', 'fuzz.pdf', '.', '..', '', 'a b', oddString(random, targets).slice(0, 40)]))}`;
  const target = random.pick([
    ['POST', `/storage/v1/object/${bucket}/${objectPath}`],
    ['PUT', `/storage/v1/object/${bucket}/${objectPath}`],
    ['GET', `/storage/v1/object/${bucket}/${objectPath}`],
    ['GET', `/storage/v1/object/authenticated/${bucket}/${objectPath}`],
    ['GET', `/storage/v1/object/public/${bucket}/${objectPath}`],
    ['HEAD', `/storage/v1/object/${bucket}/${objectPath}`],
    ['GET', `/storage/v1/object/info/${bucket}/${objectPath}`],
    ['DELETE', `/storage/v1/object/${bucket}`],
    ['POST', `/storage/v1/object/list/${bucket}`],
    ['POST', `/storage/v1/object/sign/${bucket}/${objectPath}`],
    ['POST', `/storage/v1/object/sign/${bucket}`],
    ['GET', `/storage/v1/object/sign/${bucket}/${objectPath}?token=${encode(oddString(random, targets))}`],
    ['POST', '/storage/v1/object/move'],
    ['POST', '/storage/v1/object/copy'],
    ['GET', '/storage/v1/bucket'],
    ['GET', `/storage/v1/bucket/${bucket}`],
    ['POST', '/storage/v1/bucket'],
    ['PUT', `/storage/v1/bucket/${bucket}`],
    ['DELETE', `/storage/v1/bucket/${bucket}`],
    ['POST', `/storage/v1/bucket/${bucket}/empty`],
    [random.pick(['GET', 'POST', 'PATCH', 'DELETE']), `/storage/v1/${encode(oddString(random, targets).slice(0, 30))}`],
  ] as const);
  const [method, url] = target;
  const headers: Record<string, string> = {};
  const fields = ['prefix', 'limit', 'offset', 'sortBy', 'search', 'expiresIn', 'paths', 'prefixes', 'bucketId', 'sourceKey', 'destinationKey', 'destinationBucket', 'id', 'name', 'public', 'file_size_limit', 'allowed_mime_types'].map(
    (name) => ({ name, type: 'text' }),
  );
  let payload: string | Uint8Array | undefined;
  if (method === 'POST' || method === 'PUT') {
    if (url.includes('/object/') && !/\/(list|sign|move|copy)\b/.test(url) && random.chance(0.7)) {
      headers['content-type'] = random.pick(['text/plain', 'application/pdf', 'image/png', 'application/x-msdownload', 'multipart/form-data; boundary=fuzz', 'multipart/form-data', '']);
      if (random.chance(0.3)) headers['x-upsert'] = random.pick(['true', 'false', 'x']);
      if (random.chance(0.2)) headers['cache-control'] = random.pick(['max-age=3600', 'x']);
      payload = headers['content-type'].startsWith('multipart')
        ? random.pick(['--fuzz\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--fuzz--\r\n', '--fuzz\r\n\r\n', 'not multipart'])
        : new Uint8Array(Array.from({ length: random.int(64) }, () => random.int(256)));
    } else {
      headers['content-type'] = random.pick(['application/json', 'text/plain']);
      payload = body(random, targets, fields);
    }
  }
  return { method, url, headers, body: payload };
}

function functionRequest(random: Random, targets: FuzzTargets): Omit<FuzzRequest, 'identity'> {
  const name = random.chance(0.8) && targets.edgeFunctions.length > 0 ? random.pick(targets.edgeFunctions) : oddString(random, targets).slice(0, 30);
  const method = random.pick(['POST', 'POST', 'GET', 'OPTIONS', 'PUT', 'DELETE']);
  const fields = ['email', 'role', 'partnership_id', 'redirect_to', 'resend'].map((field) => ({ name: field, type: field === 'partnership_id' || field === 'resend' ? 'uuid' : 'text' }));
  return {
    method,
    url: `/functions/v1/${encode(name)}`,
    headers: random.chance(0.7) ? { 'content-type': 'application/json' } : {},
    body: method === 'GET' || method === 'OPTIONS' ? undefined : body(random, targets, fields),
  };
}

/** Header values as a client can send them: Latin-1 without control characters. */
function headerSafe(headers: Record<string, string>) {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, value.replace(/[^\t\x20-\x7e\xa0-\xff]/g, '?')]));
}

/** Keys as an identity sends them, and now and then a broken one. */
function credentials(random: Random, identity: FuzzIdentity, keys: FuzzKeys): Record<string, string> {
  const apikey = identity === 'service' ? keys.serviceRoleKey : keys.anonKey;
  const bearer = identity === 'member' ? keys.memberToken : apikey;
  if (random.chance(0.07)) {
    const broken = random.pick([
      'x',
      '',
      `${bearer.slice(0, -3)}abc`,
      'eyJhbGciOiJub25lIn0.eyJyb2xlIjoic2VydmljZV9yb2xlIn0.',
      bearer.split('.').slice(0, 2).join('.'),
      'Basic Zm9vOmJhcg==',
    ]);
    return random.chance(0.5) ? { apikey, authorization: `Bearer ${broken}` } : { apikey: broken };
  }
  return identity === 'anon' && random.chance(0.3) ? { apikey } : { apikey, authorization: `Bearer ${bearer}` };
}

/** The `index`-th request of the sequence of `seed`, for the identities given. */
export function fuzzRequest(seed: number, index: number, targets: FuzzTargets, identities: readonly FuzzIdentity[]): Omit<FuzzRequest, 'headers'> & {
  headers: (keys: FuzzKeys) => Record<string, string>;
} {
  // One generator per request, so a failing request is replayed from (seed, index) alone.
  const random = seededRandom(seed * 1_000_003 + index);
  const identity = random.pick(identities);
  const api = random.next();
  const request =
    api < 0.3
      ? restRequest(random, targets)
      : api < 0.55
        ? rpcRequest(random, targets)
        : api < 0.7
          ? authRequest(random, targets)
          : api < 0.9
            ? storageRequest(random, targets)
            : functionRequest(random, targets);
  const credentialRandom = seededRandom(seed * 7_919 + index);
  // A member's own session must outlive the run: logging it out would leave nothing to fuzz with.
  const keepsSession = identity === 'member' && /\/auth\/v1\/(logout|user)\b/.test(request.url) && request.method !== 'GET';
  return {
    ...request,
    identity,
    headers: (keys) =>
      headerSafe({
        ...request.headers,
        ...(keepsSession ? { apikey: keys.anonKey, authorization: `Bearer ${keys.anonKey}` } : credentials(credentialRandom, identity, keys)),
      }),
  };
}

export interface FuzzOutcome {
  index: number;
  identity: FuzzIdentity;
  method: string;
  url: string;
  status: number | 'no answer';
  body: string;
}

/** Sends one request; a thrown fetch (reset, closed, hung up) is recorded as no answer. */
export async function sendFuzzRequest(apiUrl: string, request: ReturnType<typeof fuzzRequest>, keys: FuzzKeys, index: number): Promise<FuzzOutcome> {
  const outcome = { index, identity: request.identity, method: request.method, url: request.url.slice(0, 300) };
  try {
    const response = await fetch(`${apiUrl}${request.url}`, {
      method: request.method,
      headers: request.headers(keys),
      body: request.body as BodyInit | undefined,
      redirect: 'manual',
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    return { ...outcome, status: response.status, body: text.slice(0, 500) };
  } catch (error) {
    return { ...outcome, status: 'no answer', body: String((error as Error).cause ?? error) };
  }
}

/** Sends requests `from`..`to` of `seed`, `concurrency` at a time, in index order per worker. */
export async function runFuzz(options: {
  apiUrl: string;
  seed: number;
  from?: number;
  count: number;
  targets: FuzzTargets;
  identities: readonly FuzzIdentity[];
  keys: FuzzKeys;
  concurrency?: number;
  onOutcome?: (outcome: FuzzOutcome) => void;
}): Promise<FuzzOutcome[]> {
  const { apiUrl, seed, from = 0, count, targets, identities, keys, concurrency = 4 } = options;
  const outcomes: FuzzOutcome[] = [];
  let next = from;
  const worker = async () => {
    while (next < from + count) {
      const index = next;
      next += 1;
      const outcome = await sendFuzzRequest(apiUrl, fuzzRequest(seed, index, targets, identities), keys, index);
      outcomes.push(outcome);
      options.onOutcome?.(outcome);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return outcomes.sort((a, b) => a.index - b.index);
}

/**
 * A fingerprint of the data no fuzzing identity but the service role may change: every table of
 * the public and storage schemas, row count and md5 of its rows in a fixed order, leaving out
 * what a member may legitimately change with a well-formed request (rows of their own
 * partnerships and what triggers derive from them, their own profile) and what signing in
 * writes (auth's sessions and tokens).
 */
export async function protectedDataFingerprint(db: Sql, member: { id: string; partnershipIds: string[] }): Promise<Record<string, string>> {
  // Tables filled by triggers from partnership content (history, facts and their programme-wide
  // sums) follow any legitimate edit of a member's own draft, so they say nothing here.
  const derived = /(^history$|_facts$|^report_snapshots$)/;
  const tables = await db.query<{ schema: string; name: string; has_partnership: boolean }>(
    `select n.nspname as schema, c.relname as name,
            exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'partnership_id' and not a.attisdropped) as has_partnership
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname in ('public', 'storage', 'private') and c.relkind in ('r', 'p') order by 1, 2`,
  );
  const scope = `array[${member.partnershipIds.map((id) => `'${id}'`).join(',') || 'null'}]::uuid[]`;
  // Rows one link away from a member's partnership (an activity's targets, a result's
  // indicators, a report's comments…) are theirs too.
  const parents: Record<string, string> = {
    activity_targets: `activity_id not in (select id from public.activities where partnership_id = any(${scope}))`,
    result_targets: `result_id not in (select id from public.results where partnership_id = any(${scope}))`,
    indicators: `result_id not in (select id from public.results where partnership_id = any(${scope}))`,
    indicator_values: `indicator_id not in (select i.id from public.indicators i join public.results r on r.id = i.result_id where r.partnership_id = any(${scope}))`,
    report_comments: `report_id not in (select id from public.reports where partnership_id = any(${scope}))`,
    report_events: `report_id not in (select id from public.reports where partnership_id = any(${scope}))`,
    partnerships: `coalesce(id <> all (${scope}), true)`,
    profiles: `id <> '${member.id}'`,
    objects: `coalesce(private.partnership_of_object(name) <> all (${scope}), true)`,
  };
  const fingerprint: Record<string, string> = {};
  for (const table of tables) {
    if (derived.test(table.name)) continue;
    const relation = `"${table.schema}"."${table.name}"`;
    const filter = table.has_partnership ? `coalesce(partnership_id <> all (${scope}), true)` : (parents[table.name] ?? 'true');
    const [row] = await db.query<{ rows: number; digest: string | null }>(
      `select count(*)::int as rows, md5(string_agg(t::text, '|' order by t::text)) as digest from ${relation} t where ${filter}`,
    );
    fingerprint[`${table.schema}.${table.name}`] = `${row.rows}:${row.digest ?? ''}`;
  }
  return fingerprint;
}
