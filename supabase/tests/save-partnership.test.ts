/**
 * Saving a partnership with its two sides in one call: admins may, nobody else; a stale version,
 * a side left empty or an organisation on both sides is refused and leaves everything as it was.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoStack, type DemoStack } from './support/demo-stack.ts';

const organisations = { robertsfors: '00000000-0000-4000-b000-000000000001', machakos: '00000000-0000-4000-b000-000000000002', vaxjo: '00000000-0000-4000-b000-000000000003', yogyakarta: '00000000-0000-4000-b000-000000000008' };

let stack: DemoStack;
let admin: SupabaseClient;
let anna: SupabaseClient;

beforeAll(async () => {
  stack = await startDemoStack();
  [admin, anna] = await Promise.all([stack.signIn('admin'), stack.signIn('anna')]);
}, 120_000);
afterAll(() => stack?.stop());

const partnership = { name: 'Robertsfors – Yogyakarta', starts_year: 2027, ends_year: 2029, focus_goal_ids: [11, 13], description: 'Climate-smart planning.', is_public: false };
const save = (client: SupabaseClient, values: Record<string, unknown>, swedish: string[], partner: string[]) =>
  client.rpc('save_partnership', { partnership: values, swedish_organisation_ids: swedish, partner_organisation_ids: partner }).single<{ id: string; version: number }>();
const sidesOf = async (id: string) =>
  ((await admin.from('partnership_organisations').select('organisation_id, side').eq('partnership_id', id).order('side')).data ?? []).map((row) => `${row.side}:${row.organisation_id}`).sort();

describe('save_partnership', () => {
  it('lets an admin create a partnership with both sides, then change them and close it', async () => {
    const created = await save(admin, partnership, [organisations.robertsfors], [organisations.yogyakarta]);
    expect(created.error).toBeNull();
    const id = created.data!.id;
    expect(await sidesOf(id)).toEqual([`partner:${organisations.yogyakarta}`, `swedish:${organisations.robertsfors}`]);

    const changed = await save(admin, { ...partnership, id, version: created.data!.version, status: 'closed' }, [organisations.robertsfors, organisations.vaxjo], [organisations.machakos]);
    expect(changed.error).toBeNull();
    expect(await sidesOf(id)).toEqual([`partner:${organisations.machakos}`, `swedish:${organisations.robertsfors}`, `swedish:${organisations.vaxjo}`].sort());
    expect((await admin.from('partnerships').select('status').eq('id', id).single()).data).toEqual({ status: 'closed' });

    const stale = await save(admin, { ...partnership, id, version: created.data!.version }, [organisations.robertsfors], [organisations.yogyakarta]);
    expect(stale.error?.code).toBe('PT409');
    expect(await sidesOf(id)).toHaveLength(3);
  });

  it('refuses a side left empty or an organisation on both sides, and saves nothing', async () => {
    const before = (await admin.from('partnerships').select('id')).data!.length;
    expect((await save(admin, partnership, [organisations.robertsfors], [])).error?.message).toBe('sides_required');
    expect((await save(admin, partnership, [organisations.robertsfors], [organisations.robertsfors])).error?.message).toBe('one_side_each');
    expect((await admin.from('partnerships').select('id')).data).toHaveLength(before);
  });

  it('refuses anyone but an admin', async () => {
    const refused = await save(anna, partnership, [organisations.robertsfors], [organisations.yogyakarta]);
    expect(refused.error?.code).toBe('42501');
  });
});
