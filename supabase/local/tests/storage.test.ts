import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signJwt } from '../src/keys.ts';
import { startTestStack, type TestStack } from './support/test-stack.ts';

let stack: TestStack;
const alice = randomUUID();
const bob = randomUUID();
let asAlice: SupabaseClient;
let asBob: SupabaseClient;

const tokenFor = (sub: string) =>
  signJwt({ sub, role: 'authenticated', aud: 'authenticated', exp: Math.floor(Date.now() / 1000) + 3600 });

const pdf = (text: string) => new Blob([`%PDF-1.4 ${text}`], { type: 'application/pdf' });
const filesOnDisk = () => readdirSync(path.join(stack.context.storageDir, 'documents'), { recursive: false }).length;
const rowCount = async () =>
  (await stack.context.db.query<{ count: number }>(`select count(*)::int as count from storage.objects where bucket_id = 'documents'`))[0].count;

beforeAll(async () => {
  stack = await startTestStack();
  asAlice = stack.client(await tokenFor(alice));
  asBob = stack.client(await tokenFor(bob));
});
afterAll(() => stack?.stop());

describe('upload', () => {
  it('uploads a Blob through a form, and raw bytes with a content type', async () => {
    const form = await asAlice.storage.from('documents').upload(`${alice}/minutes/2025-02-20.pdf`, pdf('minutes'));
    expect(form.error).toBeNull();
    expect(form.data).toMatchObject({ path: `${alice}/minutes/2025-02-20.pdf`, fullPath: `documents/${alice}/minutes/2025-02-20.pdf` });
    expect(form.data!.id).toMatch(/^[0-9a-f-]{36}$/);
    const raw = await asAlice.storage.from('documents').upload(`${alice}/notes.txt`, Buffer.from('hej då, åäö'), { contentType: 'text/plain' });
    expect(raw.error).toBeNull();
    const { data } = await asAlice.storage.from('documents').download(`${alice}/notes.txt`);
    expect(await data!.text()).toBe('hej då, åäö');
    expect(data!.type).toBe('text/plain');
  });

  it('refuses a second upload to the same name unless upsert', async () => {
    const again = await asAlice.storage.from('documents').upload(`${alice}/notes.txt`, Buffer.from('x'), { contentType: 'text/plain' });
    expect(again.error).toMatchObject({ status: 409, statusCode: '409', message: 'The resource already exists' });
    const upsert = await asAlice.storage.from('documents').upload(`${alice}/notes.txt`, Buffer.from('version 2'), { contentType: 'text/plain', upsert: true });
    expect(upsert.error).toBeNull();
    expect(await (await asAlice.storage.from('documents').download(`${alice}/notes.txt`)).data!.text()).toBe('version 2');
    const update = await asAlice.storage.from('documents').update(`${alice}/notes.txt`, Buffer.from('version 3'), { contentType: 'text/plain' });
    expect(update.error).toBeNull();
    expect(await (await asAlice.storage.from('documents').download(`${alice}/notes.txt`)).data!.text()).toBe('version 3');
  });

  it('runs a PUT as an upsert, as Supabase Storage does: the insert, update and select policies decide', async () => {
    const created = await asAlice.storage.from('documents').update(`${alice}/put-new.txt`, Buffer.from('made by PUT'), { contentType: 'text/plain' });
    expect(created.error).toBeNull();
    expect(await (await asAlice.storage.from('documents').download(`${alice}/put-new.txt`)).data!.text()).toBe('made by PUT');
    const rows = await rowCount();
    const files = filesOnDisk();
    const intoAlice = await asBob.storage.from('documents').update(`${alice}/put-bob.txt`, Buffer.from('x'), { contentType: 'text/plain' });
    expect(intoAlice.error).toMatchObject({ status: 403, message: 'new row violates row-level security policy' });
    const overAlice = await asBob.storage.from('documents').update(`${alice}/put-new.txt`, Buffer.from('x'), { contentType: 'text/plain' });
    expect(overAlice.error).toMatchObject({ status: 403 });
    expect(await rowCount()).toBe(rows);
    expect(filesOnDisk()).toBe(files);
    expect((await asAlice.storage.from('documents').remove([`${alice}/put-new.txt`])).data).toHaveLength(1);
  });

  it('refuses files over the bucket limit and types the bucket does not allow', async () => {
    const big = await asAlice.storage.from('documents').upload(`${alice}/big.pdf`, new Blob([new Uint8Array(1048577)], { type: 'application/pdf' }));
    expect(big.error).toMatchObject({ status: 413, message: 'The object exceeded the maximum allowed size' });
    const type = await asAlice.storage.from('documents').upload(`${alice}/script.sh`, Buffer.from('echo'), { contentType: 'application/x-sh' });
    expect(type.error).toMatchObject({ status: 415, message: 'mime type application/x-sh is not supported' });
    const image = await asAlice.storage.from('documents').upload(`${alice}/photo.png`, Buffer.from('png'), { contentType: 'image/png' });
    expect(image.error).toBeNull();
  });

  it('lets the storage policies decide: no writing into someone else\'s folder, and anon not at all', async () => {
    const rows = await rowCount();
    const files = filesOnDisk();
    const intoAlice = await asBob.storage.from('documents').upload(`${alice}/from-bob.pdf`, pdf('bob'));
    expect(intoAlice.error).toMatchObject({ status: 403, message: 'new row violates row-level security policy' });
    const anonymous = await stack.anon().storage.from('documents').upload(`${alice}/anon.pdf`, pdf('anon'));
    expect(anonymous.error?.status).toBe(403);
    expect(await rowCount()).toBe(rows);
    expect(filesOnDisk()).toBe(files);
  });

  it('refuses path tricks', async () => {
    const upload = async (encodedName: string) =>
      fetch(`${stack.apiUrl}/storage/v1/object/documents/${encodedName}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await tokenFor(alice)}`, apikey: stack.anonKey, 'content-type': 'application/pdf' },
        body: '%PDF',
      });
    for (const encoded of [`${alice}//x.pdf`, `${alice}/a%5Cb.pdf`, `${alice}/a%00b.pdf`]) {
      const response = await upload(encoded);
      expect(response.status, encoded).toBe(400);
      expect((await response.json()).error).toBe('InvalidKey');
    }
    // URLs resolve dot segments before any server sees them: `..` can only name another folder, which the policies guard.
    expect((await upload(`${alice}/%2E%2E/${bob}/x.pdf`)).status).toBe(403);
    const move = await asAlice.storage.from('documents').move(`${alice}/notes.txt`, `${alice}/../${bob}/notes.txt`);
    expect(move.error).toMatchObject({ status: 400, message: `Invalid key: ${alice}/../${bob}/notes.txt` });
  });

  it('says when the bucket does not exist', async () => {
    const { error } = await asAlice.storage.from('nope').upload(`${alice}/x.pdf`, pdf('x'));
    expect(error).toMatchObject({ status: 404, message: 'Bucket not found' });
  });
});

describe('reading', () => {
  it('downloads only what the policies let the caller see', async () => {
    const { error } = await asBob.storage.from('documents').download(`${alice}/minutes/2025-02-20.pdf`);
    expect(error?.name).toBe('StorageApiError');
    expect((error as { status?: number }).status).toBe(404);
  });

  it('lists a folder level with subfolders as entries without id', async () => {
    await asAlice.storage.from('documents').upload(`${alice}/minutes/2025-05-12.pdf`, pdf('more'));
    const { data, error } = await asAlice.storage.from('documents').list(alice, { sortBy: { column: 'name', order: 'asc' } });
    expect(error).toBeNull();
    expect(data!.map((entry) => [entry.name, entry.id === null])).toEqual([
      ['minutes', true],
      ['notes.txt', false],
      ['photo.png', false],
    ]);
    const inner = await asAlice.storage.from('documents').list(`${alice}/minutes`, { limit: 1, offset: 1 });
    expect(inner.data!.map((entry) => entry.name)).toEqual(['2025-05-12.pdf']);
    expect(inner.data![0].metadata).toMatchObject({ mimetype: 'application/pdf', size: 13 });
    expect((await asBob.storage.from('documents').list(alice)).data).toEqual([]);
  });

  it('signs URLs that work without a key until they expire', async () => {
    const { data, error } = await asAlice.storage.from('documents').createSignedUrl(`${alice}/notes.txt`, 60, { download: 'notes.txt' });
    expect(error).toBeNull();
    const response = await fetch(data!.signedUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('attachment');
    expect(await response.text()).toBe('version 3');
    const several = await asAlice.storage.from('documents').createSignedUrls([`${alice}/notes.txt`, `${alice}/missing.txt`], 60);
    expect(several.data!.map((entry) => entry.error)).toEqual([null, 'Either the object does not exist or you do not have access to it']);
    const forBob = await asBob.storage.from('documents').createSignedUrl(`${alice}/notes.txt`, 60);
    expect(forBob.error).not.toBeNull();
    const expired = await asAlice.storage.from('documents').createSignedUrl(`${alice}/notes.txt`, 1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const late = await fetch(expired.data!.signedUrl);
    expect(late.status).toBe(400);
    expect(await late.json()).toMatchObject({ error: 'InvalidJWT', message: 'jwt expired' });
    const tampered = await fetch(data!.signedUrl.replace('notes.txt?', 'photo.png?'));
    expect(tampered.status).toBe(400);
  });

  it('serves public buckets without a key', async () => {
    await stack.service().storage.from('public-assets').upload('logo.svg', Buffer.from('<svg/>'), { contentType: 'image/svg+xml' });
    const { data } = stack.anon().storage.from('public-assets').getPublicUrl('logo.svg');
    const response = await fetch(data.publicUrl);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<svg/>');
    expect((await fetch(`${stack.apiUrl}/storage/v1/object/public/documents/${alice}/notes.txt`)).status).toBe(404);
  });

  it('tells object info and existence', async () => {
    const info = await asAlice.storage.from('documents').info(`${alice}/notes.txt`);
    expect(info.data).toMatchObject({ name: `${alice}/notes.txt`, size: 9, contentType: 'text/plain' });
    expect((await asAlice.storage.from('documents').exists(`${alice}/notes.txt`)).data).toBe(true);
    expect((await asAlice.storage.from('documents').exists(`${alice}/nothing.txt`)).data).toBe(false);
  });
});

describe('move, copy and remove', () => {
  it('moves and copies within the caller\'s rights', async () => {
    expect((await asAlice.storage.from('documents').move(`${alice}/photo.png`, `${alice}/images/photo.png`)).error).toBeNull();
    expect((await asAlice.storage.from('documents').download(`${alice}/images/photo.png`)).error).toBeNull();
    expect((await asAlice.storage.from('documents').copy(`${alice}/notes.txt`, `${alice}/notes-copy.txt`)).error).toBeNull();
    expect(await (await asAlice.storage.from('documents').download(`${alice}/notes-copy.txt`)).data!.text()).toBe('version 3');
    const steal = await asBob.storage.from('documents').move(`${alice}/notes.txt`, `${bob}/notes.txt`);
    expect(steal.error).not.toBeNull();
  });

  it('removes objects and their bytes, only where allowed', async () => {
    const files = filesOnDisk();
    const byBob = await asBob.storage.from('documents').remove([`${alice}/notes-copy.txt`]);
    expect(byBob.data).toEqual([]);
    const { data, error } = await asAlice.storage.from('documents').remove([`${alice}/notes-copy.txt`, `${alice}/missing.txt`]);
    expect(error).toBeNull();
    expect(data!.map((object) => object.name)).toEqual([`${alice}/notes-copy.txt`]);
    expect(filesOnDisk()).toBe(files - 1);
  });
});

describe('buckets', () => {
  it('are managed with the service key and hidden from others by RLS', async () => {
    const storage = stack.service().storage;
    expect((await storage.createBucket('reports', { public: false, fileSizeLimit: 1000, allowedMimeTypes: ['application/pdf'] })).error).toBeNull();
    expect((await storage.getBucket('reports')).data).toMatchObject({ id: 'reports', public: false, allowed_mime_types: ['application/pdf'] });
    expect((await storage.listBuckets()).data!.map((bucket) => bucket.id)).toContain('reports');
    expect((await storage.updateBucket('reports', { public: true })).error).toBeNull();
    await storage.from('reports').upload('x.pdf', pdf('x'));
    expect((await storage.deleteBucket('reports')).error?.message).toBe('The bucket you tried to delete is not empty');
    expect((await storage.emptyBucket('reports')).error).toBeNull();
    expect((await storage.deleteBucket('reports')).error).toBeNull();
    expect((await asAlice.storage.listBuckets()).data).toEqual([]);
    expect((await asAlice.storage.createBucket('mine')).error?.message).toBe('new row violates row-level security policy');
  });
});
