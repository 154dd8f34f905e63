/**
 * The storage door: the evidence bucket through `/storage/v1` as supabase-js calls it. A frozen
 * year's evidence files are neither replaced (update, upsert), moved, deleted, nor re-created
 * where one is missing (upload, upsert, move or copy into its name); and no member reaches
 * another partnership's files. Each attempt asserts the refusal and that every object of the
 * bucket (row, version and bytes) and every evidence row are as before.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoStack, type DemoStack } from '../support/demo-stack.ts';
import { A, B, makeFixtures, putFile, rowsOf, sql, type Fixtures } from './support/fixtures.ts';

let stack: DemoStack;
let fixtures: Fixtures;
const clients: Record<'grace' | 'anna' | 'erik', SupabaseClient> = {} as never;
const otherPartnershipsFile = `${B}/ward-dialogue/minutes.pdf`;

beforeAll(async () => {
  stack = await startDemoStack();
  fixtures = await makeFixtures(stack);
  await putFile(stack, otherPartnershipsFile, 'minutes of B');
  clients.grace = await stack.signIn('grace');
  clients.anna = await stack.signIn('anna');
  clients.erik = await stack.signIn('erik');
}, 120_000);
afterAll(() => stack?.stop());

const pdf = (text: string) => new Blob([`%PDF-1.4 ${text}`], { type: 'application/pdf' });

/** Every object of the evidence bucket with its bytes, and every evidence row. */
async function bucketState() {
  const objects = await sql<{ name: string; version: string; metadata: unknown }>(stack, `select name, version, metadata from storage.objects where bucket_id = 'evidence' order by name`);
  const bytes = await Promise.all(
    objects.map(async ({ name }) => {
      const { data, error } = await stack.service().storage.from('evidence').download(name);
      if (error) throw new Error(`${name}: ${error.message}`);
      return [name, await data.text()] as const;
    }),
  );
  return { objects, bytes: Object.fromEntries(bytes), evidence: await rowsOf(stack, 'evidence', 'true') };
}

type Outcome = { error: { message?: string } | null; data?: unknown };
interface Attack {
  name: string;
  attempt: (client: SupabaseClient, f: Fixtures) => Promise<Outcome>;
  /** A removal answers with what it removed: refused means an empty list. */
  removal?: boolean;
}

const bucket = (client: SupabaseClient) => client.storage.from('evidence');
type FrozenFile = 'frozenActivity' | 'frozenValue' | 'frozenReport';
const frozenFiles: FrozenFile[] = ['frozenActivity', 'frozenValue', 'frozenReport'];

const frozenAttacks: Attack[] = [
  ...frozenFiles.flatMap((file): Attack[] => [
    { name: `replace (PUT) the file of ${file}`, attempt: (c, f) => bucket(c).update(f.evidence[file].path, pdf('forged')) },
    { name: `upsert over the file of ${file}`, attempt: (c, f) => bucket(c).upload(f.evidence[file].path, pdf('forged'), { upsert: true }) },
    { name: `upload again to the file of ${file}`, attempt: (c, f) => bucket(c).upload(f.evidence[file].path, pdf('forged')) },
    { name: `move the file of ${file} away`, attempt: (c, f) => bucket(c).move(f.evidence[file].path, `${A}/moved/${file}.pdf`) },
    { name: `move an open file onto the file of ${file}`, attempt: (c, f) => bucket(c).move(f.evidence.openActivity.path, f.evidence[file].path) },
    { name: `remove the file of ${file}`, attempt: (c, f) => bucket(c).remove([f.evidence[file].path]), removal: true },
  ]),
  { name: 'remove all frozen files at once', attempt: (c, f) => bucket(c).remove(frozenFiles.map((file) => f.evidence[file].path)), removal: true },
  { name: 'upload in place of a missing frozen file', attempt: (c, f) => bucket(c).upload(f.evidence.frozenMissingFile.path, pdf('forged')) },
  { name: 'upsert in place of a missing frozen file', attempt: (c, f) => bucket(c).upload(f.evidence.frozenMissingFile.path, pdf('forged'), { upsert: true }) },
  { name: 'PUT in place of a missing frozen file', attempt: (c, f) => bucket(c).update(f.evidence.frozenMissingFile.path, pdf('forged')) },
  { name: 'move an open file in place of a missing frozen file', attempt: (c, f) => bucket(c).move(f.evidence.openActivity.path, f.evidence.frozenMissingFile.path) },
  { name: 'copy an open file in place of a missing frozen file', attempt: (c, f) => bucket(c).copy(f.evidence.openActivity.path, f.evidence.frozenMissingFile.path) },
  {
    name: 'raw POST with x-upsert over a frozen file',
    attempt: async (c, f) => {
      const { data } = await c.auth.getSession();
      const response = await fetch(`${stack.apiUrl}/storage/v1/object/evidence/${f.evidence.frozenActivity.path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${data.session!.access_token}`, apikey: stack.anonKey, 'content-type': 'application/pdf', 'x-upsert': 'true' },
        body: '%PDF-1.4 forged',
      });
      return { error: response.ok ? null : await response.json() };
    },
  },
];

const crossPartnershipAttacks: Attack[] = [
  { name: "download another partnership's file", attempt: (c, f) => bucket(c).download(f.evidence.openActivity.path) },
  { name: "sign a link to another partnership's file", attempt: (c, f) => bucket(c).createSignedUrl(f.evidence.openActivity.path, 60) },
  {
    name: "list another partnership's folder",
    attempt: async (c, f) => {
      const { data, error } = await bucket(c).list(f.evidence.openActivity.path.split('/').slice(0, 2).join('/'));
      return { error: error ?? (data && data.length === 0 ? { message: 'nothing listed' } : null), data };
    },
  },
  { name: "replace another partnership's file", attempt: (c, f) => bucket(c).update(f.evidence.openActivity.path, pdf('forged')) },
  { name: "upsert over another partnership's file", attempt: (c, f) => bucket(c).upload(f.evidence.openActivity.path, pdf('forged'), { upsert: true }) },
  { name: "upload into another partnership's folder", attempt: (c) => bucket(c).upload(`${A}/planted/file.pdf`, pdf('planted')) },
  { name: "move another partnership's file into one's own folder", attempt: (c, f) => bucket(c).move(f.evidence.openActivity.path, `${B}/taken/agenda.pdf`) },
  { name: "copy another partnership's file into one's own folder", attempt: (c, f) => bucket(c).copy(f.evidence.openActivity.path, `${B}/taken/agenda.pdf`) },
  { name: "remove another partnership's file", attempt: (c, f) => bucket(c).remove([f.evidence.openActivity.path]), removal: true },
  { name: "move one's own file into another partnership's folder", attempt: (c) => bucket(c).move(otherPartnershipsFile, `${A}/planted/minutes.pdf`) },
  { name: "copy one's own file into another partnership's folder", attempt: (c) => bucket(c).copy(otherPartnershipsFile, `${A}/planted/minutes.pdf`) },
];

const crossPartnershipFromA: Attack[] = [
  { name: "download another partnership's file", attempt: (c) => bucket(c).download(otherPartnershipsFile) },
  { name: "replace another partnership's file", attempt: (c) => bucket(c).update(otherPartnershipsFile, pdf('forged')) },
  { name: "remove another partnership's file", attempt: (c) => bucket(c).remove([otherPartnershipsFile]), removal: true },
  { name: "move another partnership's file into one's own folder", attempt: (c) => bucket(c).move(otherPartnershipsFile, `${A}/taken/minutes.pdf`) },
  { name: "copy another partnership's file into one's own folder", attempt: (c) => bucket(c).copy(otherPartnershipsFile, `${A}/taken/minutes.pdf`) },
];

async function expectRefusedAndUnchanged(client: SupabaseClient, attack: Attack) {
  const before = await bucketState();
  const { data, error } = await attack.attempt(client, fixtures);
  if (attack.removal) {
    expect(error).toBeNull();
    expect(data).toEqual([]);
  } else {
    expect(error, 'refused').not.toBeNull();
  }
  expect(await bucketState()).toEqual(before);
}

describe(`storage, frozen year: ${frozenAttacks.length} attempts × 2 members`, () => {
  it.each(frozenAttacks.flatMap((attack) => (['grace', 'anna'] as const).map((member) => ({ ...attack, member }))))('$member: $name', async ({ member, ...attack }) => {
    await expectRefusedAndUnchanged(clients[member], attack);
  });
});

describe(`storage between partnerships: ${crossPartnershipAttacks.length + crossPartnershipFromA.length} attempts`, () => {
  it.each(crossPartnershipAttacks.map((attack) => ({ ...attack, member: 'erik' as const })))('$member: $name', async ({ member, ...attack }) => {
    await expectRefusedAndUnchanged(clients[member], attack);
  });
  it.each(crossPartnershipFromA.map((attack) => ({ ...attack, member: 'grace' as const })))('$member: $name', async ({ member, ...attack }) => {
    await expectRefusedAndUnchanged(clients[member], attack);
  });
});

describe('the open year’s files stay the members’ to manage', () => {
  const path = `${A}/open-activity/photo.pdf`;
  it('a member uploads, replaces, upserts, copies, moves and removes a file of the open year', async () => {
    const files = bucket(clients.grace);
    expect((await files.upload(path, pdf('first'))).error).toBeNull();
    expect((await files.update(path, pdf('second'))).error).toBeNull();
    expect((await files.upload(path, pdf('third'), { upsert: true })).error).toBeNull();
    expect(await (await files.download(path)).data!.text()).toBe('%PDF-1.4 third');
    expect((await files.copy(path, `${A}/open-activity/photo-copy.pdf`)).error).toBeNull();
    expect((await files.move(`${A}/open-activity/photo-copy.pdf`, `${A}/open-activity/photo-moved.pdf`)).error).toBeNull();
    const { data, error } = await files.remove([path, `${A}/open-activity/photo-moved.pdf`]);
    expect(error).toBeNull();
    expect(data!.map((object) => object.name).sort()).toEqual([path, `${A}/open-activity/photo-moved.pdf`].sort());
  });

  it('a frozen file is still read by the members, and copied out of its name into an open one', async () => {
    const files = bucket(clients.anna);
    expect(await (await files.download(fixtures.evidence.frozenReport.path)).data!.text()).toBe('%PDF-1.4 original frozenReport');
    expect((await files.copy(fixtures.evidence.frozenReport.path, `${A}/open-activity/annex-copy.pdf`)).error).toBeNull();
    expect((await files.remove([`${A}/open-activity/annex-copy.pdf`])).data).toHaveLength(1);
  });

  it('once the evidence row of a file is gone with its open year, the file goes too', async () => {
    const { error } = await clients.grace.from('evidence').delete().eq('id', fixtures.evidence.openActivity.id);
    expect(error).toBeNull();
    expect((await bucket(clients.grace).remove([fixtures.evidence.openActivity.path])).data).toHaveLength(1);
  });
});
