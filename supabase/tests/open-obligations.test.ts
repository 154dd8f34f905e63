/**
 * open_obligations: what each partnership still owes, shown on its members' home page until it
 * is done, however long ago it fell due; through supabase-js as the demo users.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPartnerships, demoUsers, startDemoStack, type DemoStack } from './support/demo-stack.ts';

let stack: DemoStack;
let anna: SupabaseClient;
let grace: SupabaseClient;
let erik: SupabaseClient;
let lina: SupabaseClient;
let analyst: SupabaseClient;

beforeAll(async () => {
  stack = await startDemoStack();
  [anna, grace, erik, lina, analyst] = await Promise.all(['anna', 'grace', 'erik', 'lina', 'analyst'].map((user) => stack.signIn(user as never)));
}, 120_000);
afterAll(() => stack?.stop());

interface Obligation {
  partnership_id: string;
  partnership_name: string;
  year: number;
  report_id: string | null;
  kind: string;
  due_on: string | null;
  since: string | null;
  comments: number;
}

/** The obligations up to the 2025 reports (due 31 March 2026), which the demo data fixes whatever today is. */
async function obligationsOf(client: SupabaseClient) {
  const { data, error } = await client.rpc('open_obligations');
  expect(error).toBeNull();
  return (data as Obligation[]).filter((row) => row.year <= 2025).map((row) => [row.partnership_name, row.year, row.kind, row.due_on, row.comments]);
}

describe('open_obligations', () => {
  it('tells a coordinator of an overdue draft, a return of long ago and the comment to answer', async () => {
    expect(await obligationsOf(erik)).toEqual([
      ['Växjö – JB Marks', 2024, 'comments_to_answer', '2025-03-31', 1],
      ['Växjö – JB Marks', 2024, 'returned', '2025-03-31', 0],
      ['Växjö – JB Marks', 2025, 'draft_overdue', '2026-03-31', 0],
    ]);
    const { data } = await erik.rpc('open_obligations');
    // Returned on 13 March 2025: far beyond the 90 days home news keeps.
    expect((data as Obligation[]).find((row) => row.kind === 'returned')?.since).toMatch(/^2025-03-13/);
  });

  it('tells of a report not started after its deadline, from the partnership’s first report on', async () => {
    expect(await obligationsOf(lina)).toEqual([['Ale – Ghanzi', 2025, 'not_started', '2026-03-31', 0]]);
    const { error } = await lina.from('reports').insert({ partnership_id: demoPartnerships.aleGhanzi, year: 2025 });
    expect(error).toBeNull();
    expect(await obligationsOf(lina)).toEqual([['Ale – Ghanzi', 2025, 'draft_overdue', '2026-03-31', 0]]);
  });

  it('shows every member their own partnerships only, and staff without one nothing', async () => {
    const robertsfors = [['Robertsfors – Machakos', 2025, 'draft_overdue', '2026-03-31', 0]];
    expect(await obligationsOf(anna)).toEqual(robertsfors);
    expect(await obligationsOf(grace)).toEqual(robertsfors);
    expect(await obligationsOf(analyst)).toEqual([]);
  });

  it('counts only programme staff’s comments as reviewers’, not those of a member who has since left', async () => {
    const service = stack.service();
    const { data: report } = await service.from('reports').select('id').eq('partnership_id', demoPartnerships.robertsforsMachakos).eq('year', 2025).single();
    const { error: commentError } = await service
      .from('report_comments')
      .insert({ report_id: report!.id, partnership_id: demoPartnerships.robertsforsMachakos, author_id: demoUsers.grace.id, body: 'Should we add the March workshop?' });
    expect(commentError).toBeNull();
    const { error: leaveError } = await service.from('memberships').delete().eq('partnership_id', demoPartnerships.robertsforsMachakos).eq('user_id', demoUsers.grace.id);
    expect(leaveError).toBeNull();
    expect(await obligationsOf(anna)).toEqual([['Robertsfors – Machakos', 2025, 'draft_overdue', '2026-03-31', 0]]);
  });

  it('lets an obligation go only when it is done: the comment answered, the report resubmitted', async () => {
    const { data: report } = await erik.from('reports').select('id').eq('partnership_id', demoPartnerships.vaxjoJbMarks).eq('year', 2024).single();
    const { data: comment } = await erik.from('report_comments').select('id').eq('report_id', report!.id).is('reply_to_id', null).single();
    const { error: answerError } = await erik
      .from('report_comments')
      .insert({ report_id: report!.id, partnership_id: demoPartnerships.vaxjoJbMarks, body: 'Added the numbers by sex.', reply_to_id: comment!.id });
    expect(answerError).toBeNull();
    expect((await obligationsOf(erik)).map((row) => row[2])).toEqual(['returned', 'draft_overdue']);
    const { error: submitError } = await erik.rpc('submit_report', { report_id: report!.id });
    expect(submitError).toBeNull();
    expect((await obligationsOf(erik)).map((row) => row[2])).toEqual(['draft_overdue']);
  });
});
