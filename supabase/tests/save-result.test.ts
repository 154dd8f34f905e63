import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPartnerships, startDemoStack, type DemoStack } from './support/demo-stack.ts';

const A = demoPartnerships.robertsforsMachakos;

let stack: DemoStack;
let grace: SupabaseClient;
let erik: SupabaseClient;
let analyst: SupabaseClient;

const result = { partnership_id: A, title: 'Women lead more county committees', level: 'outcome' };

async function targetsOf(resultId: string) {
  const { data } = await stack.service().from('result_targets').select('target_id, contribution').eq('result_id', resultId).order('target_id');
  return data;
}

beforeAll(async () => {
  stack = await startDemoStack();
  [grace, erik, analyst] = await Promise.all([stack.signIn('grace'), stack.signIn('erik'), stack.signIn('analyst')]);
}, 120_000);
afterAll(() => stack?.stop());

describe('save_result', () => {
  let saved: { id: string; version: number };

  it('creates a result with its targets in one go, and writes nothing when a target is wrong', async () => {
    const { data, error } = await grace.rpc('save_result', { result, targets: [{ target_id: '5.5', contribution: 'direct' }] });
    expect(error).toBeNull();
    saved = data;
    expect(await targetsOf(saved.id)).toEqual([{ target_id: '5.5', contribution: 'direct' }]);

    const broken = await grace.rpc('save_result', { result: { ...result, title: 'Half a result' }, targets: [{ target_id: '5.99', contribution: 'direct' }] });
    expect(broken.error?.code).toBe('23503');
    const { count } = await stack.service().from('results').select('*', { count: 'exact', head: true }).eq('title', 'Half a result');
    expect(count).toBe(0);
  });

  it('updates from the version it was read at, and refuses a stale version', async () => {
    const update = await grace.rpc('save_result', {
      result: { ...result, id: saved.id, version: saved.version, level: 'impact' },
      targets: [{ target_id: '5.5', contribution: 'indirect' }, { target_id: '16.7', contribution: 'direct' }],
    });
    expect(update.data).toMatchObject({ level: 'impact', version: 2 });
    expect(await targetsOf(saved.id)).toEqual([{ target_id: '16.7', contribution: 'direct' }, { target_id: '5.5', contribution: 'indirect' }]);

    const stale = await grace.rpc('save_result', { result: { ...result, id: saved.id, version: saved.version }, targets: [] });
    expect(stale.status).toBe(409);
    expect(await targetsOf(saved.id)).toHaveLength(2);
  });

  it('is refused to other partnerships, to staff and to anonymous callers', async () => {
    expect((await erik.rpc('save_result', { result, targets: [] })).error?.code).toBe('42501');
    expect((await erik.rpc('save_result', { result: { ...result, id: saved.id, version: 2 }, targets: [] })).error?.message).toBe('result_not_found');
    expect((await analyst.rpc('save_result', { result, targets: [] })).error?.code).toBe('42501');
    expect((await stack.anon().rpc('save_result', { result, targets: [] })).status).toBe(401);
  });
});
