/**
 * A value that does not read as its column's or argument's type is the client's mistake: PostgREST
 * answers 400 with PostgreSQL's SQLSTATE. The local stack answers the same on PGlite as on
 * PostgreSQL (DATABASE_URL), where PGlite's own checks of parameters used to answer 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPartnerships, startDemoStack, type DemoStack } from './support/demo-stack.ts';

const R = demoPartnerships.robertsforsMachakos;
let stack: DemoStack;

beforeAll(async () => {
  stack = await startDemoStack();
}, 120_000);
afterAll(() => stack?.stop());

const request = (path: string, init: RequestInit = {}) =>
  fetch(`${stack.apiUrl}/rest/v1/${path}`, {
    ...init,
    headers: { apikey: stack.serviceRoleKey, authorization: `Bearer ${stack.serviceRoleKey}`, 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
  });

async function digest(table: string) {
  const [row] = await stack.context.db.query<{ digest: string }>(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from public.${table} t`);
  return row.digest;
}

describe('filters with values of the wrong type answer 400', () => {
  const filters: [string, string][] = [
    ['partnerships?is_public=eq.maybe', '22P02'],
    ['partnerships?is_public=neq.2', '22P02'],
    ['partnerships?is_public=in.(true,maybe)', '22P02'],
    ['partnerships?id=eq.nope', '22P02'],
    ['activities?starts_on=eq.notadate', '22007'],
    ['activities?starts_on=eq.2024-02-30', '22008'],
    ['activities?updated_at=gt.yesterdayish', '22007'],
    ['activities?participants_women=eq.1.5', '22P02'],
    ['activities?participants_women=eq.99999999999', '22003'],
    ['indicator_values?year=eq.abc', '22P02'],
    ['indicator_values?year=eq.40000', '22003'],
    ['indicator_values?actual_value=eq.NaNx', '22P02'],
    ['indicator_values?actual_value=eq.1e1000000', '22003'],
  ];
  it.each(filters)('%s', async (path, code) => {
    const response = await request(path);
    expect(response.status).toBe(400);
    expect((await response.json()).code).toBe(code);
  });

  it('a boolean PostgreSQL reads (a prefix of true) filters as it does there', async () => {
    const response = await request('partnerships?is_public=eq.tru&select=is_public');
    expect(response.status).toBe(200);
    const rows = (await response.json()) as { is_public: boolean }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.is_public)).toBe(true);
  });
});

describe('writes and calls with values of the wrong type answer 400 and change nothing', () => {
  const writes: [string, string, () => Promise<Response>, string][] = [
    ['a boolean that is not one', 'partnerships', () => request(`partnerships?id=eq.${R}`, { method: 'PATCH', body: JSON.stringify({ is_public: 'maybe' }) }), '22P02'],
    ['a date that is not one', 'activities', () => request('activities', { method: 'POST', body: JSON.stringify({ partnership_id: R, title: 'Dated never', kind: 'workshop', starts_on: 'soon', ends_on: 'soon' }) }), '22007'],
    ['a year past smallint', 'indicator_values', () => request(`indicator_values?partnership_id=eq.${R}`, { method: 'PATCH', body: JSON.stringify({ year: 40000 }) }), '22003'],
    ['an RPC argument that is not a number', 'reports', () => request('rpc/review_queue', { method: 'POST', body: JSON.stringify({ year: 'this' }) }), '22P02'],
    ['an RPC argument that is not a uuid', 'reports', () => request('rpc/report_facts', { method: 'POST', body: JSON.stringify({ report_id: 'last' }) }), '22P02'],
  ];
  it.each(writes)('%s', async (_name, table, send, code) => {
    const before = await digest(table);
    const response = await send();
    expect(response.status).toBe(400);
    expect((await response.json()).code).toBe(code);
    expect(await digest(table)).toBe(before);
  });
});
