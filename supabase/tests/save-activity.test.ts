import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPartnerships, startDemoStack, type DemoStack } from './support/demo-stack.ts';

const A = demoPartnerships.robertsforsMachakos;

let stack: DemoStack;
let grace: SupabaseClient;
let anna: SupabaseClient;
let erik: SupabaseClient;

const activity = { partnership_id: A, title: 'Budget hearing with women councillors', kind: 'citizen_dialogue', starts_on: '2026-03-10', ends_on: '2026-03-10', participants_women: 40, participants_men: 12 };

async function targetsOf(activityId: string) {
  const { data } = await stack.service().from('activity_targets').select('target_id, contribution').eq('activity_id', activityId).order('target_id');
  return data;
}

beforeAll(async () => {
  stack = await startDemoStack();
  [grace, anna, erik] = await Promise.all([stack.signIn('grace'), stack.signIn('anna'), stack.signIn('erik')]);
}, 120_000);
afterAll(() => stack?.stop());

describe('save_activity', () => {
  let saved: { id: string; version: number };

  it('creates an activity with its targets in one go', async () => {
    const { data, error } = await grace.rpc('save_activity', {
      activity,
      targets: [
        { target_id: '5.5', contribution: 'direct' },
        { target_id: '16.7', contribution: 'indirect' },
      ],
    });
    expect(error).toBeNull();
    expect(data).toMatchObject({ title: activity.title, year: 2026, version: 1 });
    saved = data;
    expect(await targetsOf(saved.id)).toEqual([
      { target_id: '16.7', contribution: 'indirect' },
      { target_id: '5.5', contribution: 'direct' },
    ]);
  });

  it('writes nothing when one target is wrong', async () => {
    const { count: before } = await stack.service().from('activities').select('*', { count: 'exact', head: true });
    const { error } = await grace.rpc('save_activity', { activity: { ...activity, title: 'Half a save' }, targets: [{ target_id: '5.5', contribution: 'direct' }, { target_id: '5.99', contribution: 'direct' }] });
    expect(error?.code).toBe('23503');
    const { count: after } = await stack.service().from('activities').select('*', { count: 'exact', head: true });
    expect(after).toBe(before);
  });

  it('updates from the version it was read at and replaces the targets', async () => {
    const { data, error } = await anna.rpc('save_activity', {
      activity: { ...activity, id: saved.id, version: saved.version, place: 'Machakos town hall' },
      targets: [{ target_id: '5.5', contribution: 'indirect' }],
    });
    expect(error).toBeNull();
    expect(data).toMatchObject({ place: 'Machakos town hall', version: 2 });
    expect(await targetsOf(saved.id)).toEqual([{ target_id: '5.5', contribution: 'indirect' }]);
  });

  it('refuses a save based on a stale version and keeps the targets', async () => {
    const { error, status } = await grace.rpc('save_activity', {
      activity: { ...activity, id: saved.id, version: saved.version, place: 'Overwritten?' },
      targets: [{ target_id: '1.1', contribution: 'direct' }],
    });
    expect(status).toBe(409);
    expect(error).toMatchObject({ code: 'PT409', message: 'stale_version' });
    expect(await targetsOf(saved.id)).toEqual([{ target_id: '5.5', contribution: 'indirect' }]);
  });

  it('is refused for another partnership, a frozen year and anonymous callers', async () => {
    const intoA = await erik.rpc('save_activity', { activity, targets: [] });
    expect(intoA.error?.code).toBe('42501');
    const changeA = await erik.rpc('save_activity', { activity: { ...activity, id: saved.id, version: 2 }, targets: [] });
    expect(changeA.error?.message).toBe('activity_not_found');
    const frozen = await grace.rpc('save_activity', { activity: { ...activity, starts_on: '2024-05-01', ends_on: '2024-05-01' }, targets: [] });
    expect(frozen.error).toMatchObject({ code: 'PT423', message: 'year_frozen' });
    const anonymous = await stack.anon().rpc('save_activity', { activity, targets: [] });
    expect(anonymous.status).toBe(401);
  });
});
