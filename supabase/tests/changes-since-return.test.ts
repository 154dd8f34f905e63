/** A reviewer reads what a partnership changed in its report after the report was returned. */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPartnerships, startDemoStack, type DemoStack } from './support/demo-stack.ts';
import { makeSubmittable } from './support/submittable-report.ts';

const A = demoPartnerships.robertsforsMachakos;

let stack: DemoStack;
let anna: SupabaseClient;
let grace: SupabaseClient;
let erik: SupabaseClient;
let analyst: SupabaseClient;
let report: { id: string; version: number };

async function current() {
  const { data, error } = await stack.service().from('reports').select('id, version, status').eq('partnership_id', A).eq('year', 2025).single();
  if (error) throw new Error(error.message);
  return data;
}

/** A's 2025 report complete and submitted, as its members do. */
async function submit() {
  await makeSubmittable(report.id, { swedish: anna, partner: grace });
  expect((await anna.rpc('submit_report', { report_id: report.id })).error).toBeNull();
}

beforeAll(async () => {
  stack = await startDemoStack();
  [anna, grace, erik, analyst] = await Promise.all([stack.signIn('anna'), stack.signIn('grace'), stack.signIn('erik'), stack.signIn('analyst')]);
  report = await current();
  await submit();
}, 120_000);
afterAll(() => stack?.stop());

describe('report_changes_since_return', () => {
  it('is empty for a report never returned', async () => {
    const { data, error } = await analyst.rpc('report_changes_since_return', { report_id: report.id });
    expect(error).toBeNull();
    expect(data).toEqual([]);
  });

  it('after a return, lists each section and value of the year changed since, as it was then and as it is now', async () => {
    expect((await analyst.rpc('return_report', { report_id: report.id, comment: 'Say more about the challenges.' })).error).toBeNull();
    const { data: before } = await stack.service().from('reports').select('challenges, summary').eq('id', report.id).single();
    const { data: value } = await stack
      .service()
      .from('indicator_values')
      .select('id, indicator_id, actual_value, target_value, comment')
      .eq('partnership_id', A)
      .eq('year', 2025)
      .eq('sex', 'total')
      .not('actual_value', 'is', null)
      .limit(1)
      .single();

    // Changed, changed twice, and changed and changed back: only the first two count.
    const edit = async (fields: Record<string, string>) =>
      expect((await anna.from('reports').update({ ...fields, version: (await current()).version }).eq('id', report.id)).error).toBeNull();
    await edit({ challenges: 'Transport to the wards.' });
    await edit({ challenges: 'Transport to the wards, and the rainy season.' });
    await edit({ summary: 'A summary for a moment.' });
    await edit({ summary: before!.summary });
    expect((await anna.from('indicator_values').update({ actual_value: 42, comment: 'Counted again.' }).eq('id', value!.id)).error).toBeNull();
    await submit();

    const { data, error } = await analyst.rpc('report_changes_since_return', { report_id: report.id });
    expect(error).toBeNull();
    expect(data.map((row: { kind: string; key: string }) => `${row.kind} ${row.key}`)).toEqual(['section challenges', `value ${value!.id}`]);
    const [section, changed] = data;
    const [indicator] = await stack.context.db.query<{ title: string }>('select title from public.indicators where id = $1', [value!.indicator_id]);
    expect(section).toMatchObject({ before: before!.challenges, after: 'Transport to the wards, and the rainy season.' });
    expect(changed).toMatchObject({
      indicator_title: indicator.title,
      sex: 'total',
      before: { actual_value: value!.actual_value, target_value: value!.target_value, comment: value!.comment },
      after: { actual_value: 42, target_value: value!.target_value, comment: 'Counted again.' },
    });
    expect(Date.parse(changed.changed_at)).toBeGreaterThan(Date.parse(changed.returned_at));
  });

  it('is read by the partnership and staff, and by no one else', async () => {
    expect((await anna.rpc('report_changes_since_return', { report_id: report.id })).data).toHaveLength(2);
    expect((await erik.rpc('report_changes_since_return', { report_id: report.id })).data).toEqual([]);
    expect((await stack.anon().rpc('report_changes_since_return', { report_id: report.id })).status).toBe(401);
  });
});
