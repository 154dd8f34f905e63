import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import { startTestStack, type TestStack } from './support/test-stack.ts';

let stack: TestStack;
let db: SupabaseClient;
beforeAll(async () => {
  stack = await startTestStack();
  db = stack.anon();
});
afterAll(() => stack?.stop());

describe('rpc', () => {
  it('calls a scalar function by POST and by GET', async () => {
    expect(await db.rpc('add_numbers', { a: 2, b: 40 })).toMatchObject({ data: 42, error: null, status: 200 });
    expect(await db.rpc('add_numbers', { a: 1, b: 2 }, { get: true })).toMatchObject({ data: 3, error: null });
    expect(await db.rpc('no_args')).toMatchObject({ data: 'nothing', error: null });
  });

  it('treats set-returning functions like tables: select, filters, order, count', async () => {
    const { data, error, count } = await db
      .rpc('books_by', { author_name: 'Selma Lagerlöf' }, { count: 'exact' })
      .select('title, author:authors!books_author_id_fkey(country)')
      .gt('published', 1900)
      .order('published');
    expect(error).toBeNull();
    expect(data).toEqual([{ title: 'Nils Holgerssons underbara resa', author: { country: 'SE' } }]);
    expect(count).toBe(1);
    const table = await db.rpc('author_summary', { author_name: 'Astrid Lindgren' });
    expect(table.data).toEqual([
      { title: 'Pippi Långstrump', published: 1945 },
      { title: 'Bröderna Lejonhjärta', published: 1973 },
    ]);
  });

  it('returns a composite result as one object', async () => {
    const { data, error } = await stack.service().rpc('add_tag', { tag_id: 'rpc', label: 'From rpc' });
    expect(error).toBeNull();
    expect(data).toEqual({ id: 'rpc', label: 'From rpc' });
  });

  it('answers 204 for void functions and raises as PostgREST does', async () => {
    expect(await db.rpc('do_nothing')).toMatchObject({ data: null, error: null, status: 204 });
    const { data, error, status } = await db.rpc('fail_with', { message: 'Report already submitted' });
    expect(data).toBeNull();
    expect(status).toBe(400);
    expect(error).toEqual({ code: 'P0001', message: 'Report already submitted', details: 'raised on purpose', hint: 'do not call' });
  });

  it('refuses a volatile function over GET as a read-only transaction', async () => {
    const { error, status } = await stack.service().rpc('add_tag', { tag_id: 'get', label: 'GET' }, { get: true });
    expect(status).toBe(405);
    expect(error?.code).toBe('25006');
  });

  it('says when no function matches the arguments', async () => {
    const { error, status } = await db.rpc('add_numbers', { a: 1, c: 2 });
    expect(status).toBe(404);
    expect(error?.code).toBe('PGRST202');
    expect(error?.message).toBe('Could not find the function public.add_numbers(a, c) in the schema cache');
    const missing = await db.rpc('does_not_exist');
    expect(missing.status).toBe(404);
  });

  it('runs as the caller: auth.uid() and the role come from the JWT', async () => {
    const { data } = await db.rpc('whoami');
    expect(data).toEqual({ uid: null, role: 'anon', email: null, current_role: 'anon' });
    const service = await stack.service().rpc('whoami');
    expect(service.data).toMatchObject({ role: 'service_role', current_role: 'service_role' });
  });
});
