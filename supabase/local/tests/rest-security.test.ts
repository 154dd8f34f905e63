import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signJwt } from '../src/keys.ts';
import { startTestStack, type TestStack } from './support/test-stack.ts';

let stack: TestStack;
const alice = randomUUID();
const bob = randomUUID();

const userToken = (sub: string, expiresIn = 3600) =>
  signJwt({ sub, role: 'authenticated', aud: 'authenticated', email: `${sub}@example.test`, exp: Math.floor(Date.now() / 1000) + expiresIn });

async function clientFor(sub: string) {
  return stack.client(await userToken(sub));
}

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

describe('row-level security decides per request', () => {
  it('lets owners write and read their rows, and no one else', async () => {
    const asAlice = await clientFor(alice);
    const asBob = await clientFor(bob);
    const created = await asAlice.from('notes').insert({ body: 'Alice only' }).select('body, owner_id').single();
    expect(created.error).toBeNull();
    expect(created.data).toEqual({ body: 'Alice only', owner_id: alice });
    expect((await asAlice.from('notes').select('body')).data).toEqual([{ body: 'Alice only' }]);
    expect((await asBob.from('notes').select('body')).data).toEqual([]);
    expect((await stack.anon().from('notes').select('body')).data).toEqual([]);
  });

  it('refuses a row written for someone else', async () => {
    const asBob = await clientFor(bob);
    const { error, status } = await asBob.from('notes').insert({ body: 'forged', owner_id: alice });
    expect(status).toBe(403);
    expect(error).toMatchObject({ code: '42501', message: 'new row violates row-level security policy for table "notes"' });
  });

  it('updates and deletes only what the policies let the caller see', async () => {
    const asBob = await clientFor(bob);
    const update = await asBob.from('notes').update({ body: 'changed by Bob' }).eq('owner_id', alice).select();
    expect(update.data).toEqual([]);
    const removed = await asBob.from('notes').delete().eq('owner_id', alice).select();
    expect(removed.data).toEqual([]);
    const { data } = await (await clientFor(alice)).from('notes').select('body');
    expect(data).toEqual([{ body: 'Alice only' }]);
  });

  it('lets service_role bypass row-level security', async () => {
    const { data } = await stack.service().from('notes').select('body');
    expect(data).toEqual([{ body: 'Alice only' }]);
  });

  it('answers a missing privilege with 401 for anon and 403 for a signed-in user', async () => {
    const anon = await stack.anon().from('tags').insert({ id: 'anon', label: 'no' });
    expect(anon.status).toBe(401);
    expect(anon.error).toMatchObject({ code: '42501', message: 'permission denied for table tags' });
    const user = await (await clientFor(alice)).rpc('add_tag', { tag_id: 'user', label: 'no' });
    expect(user.status).toBe(403);
    expect(user.error?.code).toBe('42501');
  });
});

describe('tokens', () => {
  it('refuses an expired JWT', async () => {
    const expired = stack.client(await userToken(alice, -60));
    const { error, status } = await expired.from('authors').select('id');
    expect(status).toBe(401);
    expect(error).toMatchObject({ code: 'PGRST303', message: 'JWT expired' });
  });

  it('refuses a JWT signed with another secret', async () => {
    const forged = await signJwt({ sub: alice, role: 'service_role' }, 'another-secret-that-is-at-least-32-characters');
    const { error, status } = await stack.client(forged).from('notes').select('body');
    expect(status).toBe(401);
    expect(error?.code).toBe('PGRST301');
  });

  it('requires an API key', async () => {
    const response = await fetch(`${stack.apiUrl}/rest/v1/authors`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ message: 'No API key found in request' });
  });
});

describe('bad requests get PostgREST 4xx answers, never a 500', () => {
  const request = (path: string, init: RequestInit = {}) =>
    fetch(`${stack.apiUrl}/rest/v1/${path}`, { ...init, headers: { apikey: stack.serviceRoleKey, 'content-type': 'application/json', ...init.headers } });

  it('unknown table', async () => {
    const { error, status } = await stack.anon().from('author').select();
    expect(status).toBe(404);
    expect(error).toMatchObject({ code: 'PGRST205', message: "Could not find the table 'public.author' in the schema cache", hint: "Perhaps you meant the table 'public.authors'" });
  });

  it('unknown column in select, filter and order', async () => {
    for (const path of ['books?select=nope', 'books?nope=eq.1', 'books?order=nope.asc']) {
      const response = await request(path);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: '42703', message: 'column books.nope does not exist' });
    }
  });

  it('malformed filters, selects, limits and logic trees', async () => {
    for (const path of ['books?id=equals.1', 'books?select=title,authors(', 'books?limit=ten', 'books?or=(id.eq.1', 'books?id=is.maybe', 'books?id=in.1,2']) {
      const response = await request(path);
      expect(response.status, path).toBe(400);
      expect((await response.json()).code, path).toBe('PGRST100');
    }
  });

  it('values of the wrong type', async () => {
    const response = await request('books?id=eq.abc');
    expect(response.status).toBe(400);
    expect((await response.json()).code).toBe('22P02');
  });

  it('malformed JSON bodies', async () => {
    const response = await request('tags', { method: 'POST', body: '{"id": "x",' });
    expect(response.status).toBe(400);
    expect((await response.json()).code).toBe('PGRST102');
  });

  it('bodies over the limit', async () => {
    const response = await request('tags', { method: 'POST', body: JSON.stringify({ id: 'big', label: 'x'.repeat(11 * 1024 * 1024) }) });
    expect(response.status).toBe(413);
  });

  it('a schema that is not exposed', async () => {
    const { error, status } = await stack.anon().schema('auth').from('users').select();
    expect(status).toBe(406);
    expect(error).toMatchObject({ code: 'PGRST106', message: 'The schema must be one of the following: public, graphql_public' });
  });

  it('a media type it cannot produce', async () => {
    const response = await request('books', { headers: { accept: 'application/xml' } });
    expect(response.status).toBe(406);
    expect((await response.json()).code).toBe('PGRST107');
  });

  it('keeps the data of a failed write unchanged', async () => {
    const before = await stack.service().from('books').select('id, pages').order('id');
    const response = await request('books?author_id=eq.1', { method: 'PATCH', body: JSON.stringify({ pages: -1 }) });
    expect(response.status).toBe(400);
    const after = await stack.service().from('books').select('id, pages').order('id');
    expect(after.data).toEqual(before.data);
  });
});
