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

describe('select', () => {
  it('returns all rows with every column', async () => {
    const { data, error, status } = await db.from('authors').select();
    expect(error).toBeNull();
    expect(status).toBe(200);
    expect(data).toHaveLength(4);
    expect(Object.keys(data![0])).toEqual(['id', 'name', 'country', 'born', 'created_at']);
  });

  it('selects column lists, renames, casts and JSON paths', async () => {
    const { data, error } = await db
      .from('books')
      .select('title, year:published, pages::text, language:details->>language, awards:details->awards')
      .eq('id', 1)
      .single();
    expect(error).toBeNull();
    expect(data).toEqual({ title: 'Gösta Berlings saga', year: 1891, pages: '420', language: 'sv', awards: ['none'] });
  });

  it('embeds many-to-one as an object, one-to-many as an array, many-to-many through a junction', async () => {
    const { data, error } = await db
      .from('authors')
      .select('name, books!books_author_id_fkey(title, tags(id))')
      .eq('name', 'Selma Lagerlöf')
      .order('title', { referencedTable: 'books' })
      .single();
    expect(error).toBeNull();
    expect(data).toEqual({
      name: 'Selma Lagerlöf',
      books: [
        { title: 'Gösta Berlings saga', tags: [{ id: 'prize' }, { id: 'film' }] },
        { title: 'Nils Holgerssons underbara resa', tags: [{ id: 'school' }] },
      ],
    });
    const { data: book } = await db.from('books').select('title, author:authors!books_author_id_fkey(name), editor:editor_id(name)').eq('id', 4).single();
    expect(book).toEqual({ title: 'Pippi Långstrump', author: { name: 'Astrid Lindgren' }, editor: { name: 'Selma Lagerlöf' } });
  });

  it('refuses an ambiguous embed with the candidates, as PostgREST does', async () => {
    const { error, status } = await db.from('books').select('title, authors(name)');
    expect(status).toBe(300);
    expect(error?.code).toBe('PGRST201');
    expect(error?.hint).toContain("'authors!books_author_id_fkey'");
  });

  it('filters parents by embedded rows with !inner', async () => {
    const { data, error } = await db
      .from('authors')
      .select('name, books!books_author_id_fkey!inner(title)')
      .eq('books.published', 1958);
    expect(error).toBeNull();
    expect(data).toEqual([{ name: 'Chinua Achebe', books: [{ title: 'Things Fall Apart' }] }]);
  });

  it('filters embedded rows without !inner, keeping every parent', async () => {
    const { data } = await db
      .from('authors')
      .select('name, books!books_author_id_fkey(title)')
      .gt('books.published', 1950)
      .order('id');
    expect(data!.map((author) => author.books.length)).toEqual([0, 1, 1, 1]);
  });

  it('limits and orders embedded arrays', async () => {
    const { data } = await db
      .from('authors')
      .select('name, books!books_author_id_fkey(published)')
      .eq('id', 1)
      .order('published', { referencedTable: 'books', ascending: false })
      .limit(1, { referencedTable: 'books' })
      .single();
    expect(data!.books).toEqual([{ published: 1906 }]);
  });

  it('spreads a to-one embed into the parent', async () => {
    const { data, error } = await db.from('books').select('title, ...authors!books_author_id_fkey(author_name:name, country)').eq('id', 3).single();
    expect(error).toBeNull();
    expect(data).toEqual({ title: 'Things Fall Apart', author_name: 'Chinua Achebe', country: 'NG' });
  });

  it('reads views', async () => {
    const { data } = await db.from('author_stats').select('name, book_count').order('book_count', { ascending: false }).order('name');
    expect(data![0]).toEqual({ name: 'Astrid Lindgren', book_count: 2 });
  });
});

describe('filters', () => {
  const titles = async (query: PromiseLike<{ data: { title: string }[] | null; error: unknown }>) => {
    const { data, error } = await query;
    expect(error).toBeNull();
    return data!.map((row) => row.title).sort();
  };
  const books = () => db.from('books').select('title');

  it('compares', async () => {
    expect(await titles(books().eq('published', 1958))).toEqual(['Things Fall Apart']);
    expect(await titles(books().neq('author_id', 1).lt('pages', 160))).toEqual(['Weep Not, Child']);
    expect(await titles(books().gte('published', 1964).lte('published', 1973))).toEqual(['Bröderna Lejonhjärta', 'Weep Not, Child']);
    expect(await titles(books().gt('pages', 420))).toEqual(['Nils Holgerssons underbara resa']);
  });

  it('matches patterns', async () => {
    expect(await titles(books().like('title', '%saga'))).toEqual(['Gösta Berlings saga']);
    expect(await titles(books().ilike('title', 'THINGS*'))).toEqual(['Things Fall Apart']);
    expect(await titles(books().likeAnyOf('title', ['Pippi%', 'Weep%']))).toEqual(['Pippi Långstrump', 'Weep Not, Child']);
    expect(await titles(books().match({ published: 1945 }))).toEqual(['Pippi Långstrump']);
  });

  it('tests null and booleans with is', async () => {
    expect((await titles(books().is('editor_id', null))).length).toBe(3);
    expect((await titles(books().not('editor_id', 'is', null))).length).toBe(3);
  });

  it('takes lists with in, including quoted values with commas', async () => {
    expect(await titles(books().in('title', ['Weep Not, Child', 'Things Fall Apart']))).toEqual(['Things Fall Apart', 'Weep Not, Child']);
    expect(await titles(books().in('id', []))).toEqual([]);
    expect(await titles(books().not('id', 'in', '(1,2,3,4,5)'))).toEqual(['Weep Not, Child']);
  });

  it('tests arrays and JSON with contains, contained by and overlaps', async () => {
    expect(await titles(books().contains('genres', ['children', 'fantasy']))).toEqual(['Bröderna Lejonhjärta']);
    expect(await titles(books().containedBy('genres', ['novel', 'classic']))).toEqual(['Gösta Berlings saga', 'Things Fall Apart', 'Weep Not, Child']);
    expect(await titles(books().overlaps('genres', ['fantasy', 'classic']))).toHaveLength(3);
    expect(await titles(books().contains('details', { series: 'Pippi' }))).toEqual(['Pippi Långstrump']);
    expect(await titles(books().eq('details->>language', 'en'))).toEqual(['Things Fall Apart', 'Weep Not, Child']);
  });

  it('combines with or, and, not', async () => {
    expect(await titles(books().or('published.lt.1900,pages.lt.160'))).toEqual(['Gösta Berlings saga', 'Weep Not, Child']);
    expect(await titles(books().or('and(author_id.eq.3,pages.gt.200),title.eq."Weep Not, Child"'))).toEqual(['Bröderna Lejonhjärta', 'Weep Not, Child']);
    expect(await titles(books().not('author_id', 'eq', 1).not('author_id', 'eq', 3))).toEqual(['Things Fall Apart', 'Weep Not, Child']);
    expect(await titles(books().eq('author_id', 3).or('published.gt.1960', { referencedTable: undefined }))).toEqual(['Bröderna Lejonhjärta']);
  });

  it('searches text', async () => {
    expect(await titles(books().textSearch('title', 'apart'))).toEqual(['Things Fall Apart']);
    expect(await titles(books().textSearch('title', 'fall apart', { type: 'plain', config: 'english' }))).toEqual(['Things Fall Apart']);
    expect(await titles(books().textSearch('title', '"weep not"', { type: 'websearch' }))).toEqual(['Weep Not, Child']);
  });

  it('filters embedded rows with or on the referenced table', async () => {
    const { data } = await db
      .from('authors')
      .select('name, books!books_author_id_fkey(title)')
      .eq('id', 3)
      .or('published.lt.1950,pages.lt.100', { referencedTable: 'books' })
      .single();
    expect(data!.books).toEqual([{ title: 'Pippi Långstrump' }]);
  });
});

describe('order, paging and count', () => {
  it('orders with direction and nulls placement', async () => {
    const { data } = await db.from('books').select('editor_id, title').order('editor_id', { ascending: true, nullsFirst: true }).order('title');
    expect(data!.slice(0, 3).every((row) => row.editor_id === null)).toBe(true);
    expect(data![3].editor_id).toBe(1);
  });

  it('pages with range and limit, with Content-Range and an exact count', async () => {
    const { data, count, status } = await db.from('books').select('id', { count: 'exact' }).order('id').range(2, 3);
    expect(data).toEqual([{ id: 3 }, { id: 4 }]);
    expect(count).toBe(6);
    expect(status).toBe(206);
    const response = await fetch(`${stack.apiUrl}/rest/v1/books?select=id&order=id&limit=2&offset=1`, {
      headers: { apikey: stack.anonKey, Prefer: 'count=exact' },
    });
    expect(response.headers.get('content-range')).toBe('1-2/6');
  });

  it('counts without rows with head', async () => {
    const { data, count, status } = await db.from('books').select('*', { count: 'exact', head: true }).eq('author_id', 1);
    expect(data).toBeNull();
    expect(count).toBe(2);
    expect(status).toBe(200);
  });

  it('says when the range is past the end', async () => {
    const { error, status } = await db.from('books').select('id', { count: 'exact' }).range(10, 12);
    expect(status).toBe(416);
    expect(error?.code).toBe('PGRST103');
  });

  it('returns one object with single, and 406 when there is not exactly one', async () => {
    const one = await db.from('authors').select('name').eq('id', 2).single();
    expect(one.data).toEqual({ name: 'Chinua Achebe' });
    const none = await db.from('authors').select('name').eq('id', 99).single();
    expect(none.status).toBe(406);
    expect(none.error).toMatchObject({ code: 'PGRST116', details: 'The result contains 0 rows' });
    const many = await db.from('authors').select('name').single();
    expect(many.error?.code).toBe('PGRST116');
    const maybe = await db.from('authors').select('name').eq('id', 99).maybeSingle();
    expect(maybe).toMatchObject({ data: null, error: null });
  });

  it('answers CSV', async () => {
    const { data, error } = await db.from('books').select('id, title, genres').in('id', [3, 6]).order('id').csv();
    expect(error).toBeNull();
    expect(data).toBe('id,title,genres\n3,"Things Fall Apart",{novel}\n6,"Weep Not, Child",{novel}');
  });

  it('strips nulls on request', async () => {
    const { data } = await db.from('books').select('id, editor_id').eq('id', 2).stripNulls().single();
    expect(data).toEqual({ id: 2 });
  });
});
