import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import { startTestStack, type TestStack } from './support/test-stack.ts';

let stack: TestStack;
let db: SupabaseClient;
/** tags are read-only for anon in the fixture; the service role writes them. */
let admin: SupabaseClient;
beforeAll(async () => {
  stack = await startTestStack();
  db = stack.anon();
  admin = stack.service();
});
afterAll(() => stack?.stop());

describe('insert', () => {
  it('inserts one object and returns nothing by default', async () => {
    const { data, error, status } = await admin.from('tags').insert({ id: 'new', label: 'New' });
    expect(error).toBeNull();
    expect(status).toBe(201);
    expect(data).toBeNull();
  });

  it('inserts arrays and returns the rows shaped by select, with embeds', async () => {
    const { data, error, status } = await db
      .from('books')
      .insert([
        { author_id: 2, title: 'Arrow of God', published: 1964, pages: 287 },
        { author_id: 2, title: 'No Longer at Ease', published: 1960, pages: 170 },
      ])
      .select('title, pages, author:authors!books_author_id_fkey(name)');
    expect(error).toBeNull();
    expect(status).toBe(201);
    expect(data).toEqual([
      { title: 'Arrow of God', pages: 287, author: { name: 'Chinua Achebe' } },
      { title: 'No Longer at Ease', pages: 170, author: { name: 'Chinua Achebe' } },
    ]);
  });

  it('fills missing keys with column defaults when asked', async () => {
    const { data, error } = await db
      .from('books')
      .insert([{ author_id: 2, title: 'A Man of the People' }, { author_id: 2, title: 'Anthills of the Savannah', pages: 233 }], {
        defaultToNull: false,
      })
      .select('title, pages, genres');
    expect(error).toBeNull();
    expect(data).toEqual([
      { title: 'A Man of the People', pages: 100, genres: [] },
      { title: 'Anthills of the Savannah', pages: 233, genres: [] },
    ]);
  });

  it('sends null for keys that other objects of a batch have, as PostgREST does', async () => {
    const { error } = await db.from('books').insert([{ author_id: 2, title: 'Girls at War' }, { author_id: 2, title: 'Chike', pages: 90 }]);
    expect(error?.code).toBe('23502');
  });

  it('uses column defaults for keys a single object leaves out', async () => {
    const { data } = await db.from('books').insert({ author_id: 3, title: 'Emil i Lönneberga' }).select('pages, details').single();
    expect(data).toEqual({ pages: 100, details: {} });
  });

  it('reports constraint violations with their codes and statuses', async () => {
    const duplicate = await admin.from('tags').insert({ id: 'prize', label: 'Again' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.error).toMatchObject({ code: '23505', details: 'Key (id)=(prize) already exists.' });
    const check = await db.from('books').insert({ author_id: 1, title: 'Too early', published: 1200 });
    expect(check.status).toBe(400);
    expect(check.error?.code).toBe('23514');
    expect(check.error?.message).toContain('books_published_check');
    const foreignKey = await db.from('books').insert({ author_id: 999, title: 'Orphan' });
    expect(foreignKey.status).toBe(409);
    expect(foreignKey.error?.code).toBe('23503');
    const notNull = await db.from('books').insert({ author_id: 1 });
    expect(notNull.status).toBe(400);
    expect(notNull.error?.code).toBe('23502');
  });

  it('refuses unknown columns without writing anything', async () => {
    const { error, status } = await admin.from('tags').insert([{ id: 'x1', label: 'X' }, { id: 'x2', colour: 'red' }]);
    expect(status).toBe(400);
    expect(error).toMatchObject({ code: 'PGRST204', message: "Could not find the 'colour' column of 'tags' in the schema cache" });
    const { data } = await admin.from('tags').select('id').in('id', ['x1', 'x2']);
    expect(data).toEqual([]);
  });

  it('writes all rows of a batch or none', async () => {
    const { error } = await admin.from('tags').insert([{ id: 'batch-1', label: 'ok' }, { id: 'prize', label: 'duplicate' }]);
    expect(error?.code).toBe('23505');
    const { data } = await admin.from('tags').select('id').eq('id', 'batch-1');
    expect(data).toEqual([]);
  });
});

describe('upsert', () => {
  it('merges duplicates on the primary key or the named columns', async () => {
    const { data, error } = await admin
      .from('tags')
      .upsert([{ id: 'prize', label: 'Award winner' }, { id: 'poetry', label: 'Poetry' }])
      .select()
      .order('id');
    expect(error).toBeNull();
    expect(data).toEqual([
      { id: 'poetry', label: 'Poetry' },
      { id: 'prize', label: 'Award winner' },
    ]);
    const byName = await db.from('authors').upsert({ name: 'Chinua Achebe', country: 'GB' }, { onConflict: 'name' }).select('id, country').single();
    expect(byName.data).toEqual({ id: 2, country: 'GB' });
  });

  it('ignores duplicates when asked', async () => {
    const { data } = await admin.from('tags').upsert({ id: 'prize', label: 'Ignored' }, { ignoreDuplicates: true }).select();
    expect(data).toEqual([]);
    const { data: kept } = await admin.from('tags').select('label').eq('id', 'prize').single();
    expect(kept).toEqual({ label: 'Award winner' });
  });
});

describe('update and delete', () => {
  it('updates the filtered rows only', async () => {
    const { data, error, status } = await db.from('books').update({ pages: 421 }).eq('title', 'Gösta Berlings saga').select('title, pages');
    expect(error).toBeNull();
    expect(status).toBe(200);
    expect(data).toEqual([{ title: 'Gösta Berlings saga', pages: 421 }]);
    const minimal = await db.from('books').update({ pages: 422 }).eq('id', 1);
    expect(minimal.status).toBe(204);
    const { count } = await db.from('books').update({ details: { language: 'sv' } }, { count: 'exact' }).eq('author_id', 1);
    expect(count).toBe(2);
  });

  it('updates arrays and JSON columns', async () => {
    const { data } = await db.from('books').update({ genres: ['novel', 'saga'], details: { language: 'sv', nested: { a: [1, 2] } } }).eq('id', 1).select('genres, details').single();
    expect(data).toEqual({ genres: ['novel', 'saga'], details: { language: 'sv', nested: { a: [1, 2] } } });
  });

  it('rolls back a single-object write that would touch several rows', async () => {
    const { error, status } = await db.from('books').update({ pages: 1 }).eq('author_id', 3).select().single();
    expect(status).toBe(406);
    expect(error?.code).toBe('PGRST116');
    const { data } = await db.from('books').select('pages').eq('author_id', 3).eq('pages', 1);
    expect(data).toEqual([]);
  });

  it('deletes and can return what it deleted', async () => {
    const { data, error, status } = await admin.from('tags').delete().eq('id', 'poetry').select();
    expect(error).toBeNull();
    expect(status).toBe(200);
    expect(data).toEqual([{ id: 'poetry', label: 'Poetry' }]);
    const minimal = await admin.from('tags').delete().eq('id', 'new');
    expect(minimal.status).toBe(204);
    const { data: left } = await admin.from('tags').select('id').in('id', ['poetry', 'new']);
    expect(left).toEqual([]);
  });

  it('honours tx=rollback', async () => {
    const response = await fetch(`${stack.apiUrl}/rest/v1/tags?select=id`, {
      method: 'POST',
      headers: { apikey: stack.serviceRoleKey, 'content-type': 'application/json', prefer: 'return=representation, tx=rollback' },
      body: JSON.stringify({ id: 'ghost', label: 'Never saved' }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual([{ id: 'ghost' }]);
    const { data } = await admin.from('tags').select('id').eq('id', 'ghost');
    expect(data).toEqual([]);
  });
});
