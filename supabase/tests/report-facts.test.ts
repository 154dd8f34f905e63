import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPartnerships, startDemoStack, type DemoStack } from './support/demo-stack.ts';

const A = demoPartnerships.robertsforsMachakos;

let stack: DemoStack;
let grace: SupabaseClient;
let erik: SupabaseClient;
let analyst: SupabaseClient;
let report2024: string;

beforeAll(async () => {
  stack = await startDemoStack();
  [grace, erik, analyst] = await Promise.all([stack.signIn('grace'), stack.signIn('erik'), stack.signIn('analyst')]);
  const { data } = await stack.service().from('reports').select('id').eq('partnership_id', A).eq('year', 2024).single();
  report2024 = data!.id;
}, 120_000);
afterAll(() => stack?.stop());

describe('report_facts', () => {
  it('sums up the year of Robertsfors – Machakos 2024 as computed by hand from the seed', async () => {
    // Safe public spaces: 87 w, 41 m, 2 o; participation, non-discrimination; inform & include; 5.2 d, 11.7 d.
    // Mentoring: 31 w; participation, non-discrimination; implement & follow up; 5.5 d.
    // GBV study visit: 6 w, 2 m; accountability; set a local agenda; 5.2 d, 16.1 i.
    const { data, error } = await grace.rpc('report_facts', { report_id: report2024 });
    expect(error).toBeNull();
    expect(data).toEqual({
      year: 2024,
      activities: 3,
      participants: { women: 124, men: 43, other: 2 },
      principles: [
        { principle: 'accountability', activities: 1 },
        { principle: 'non_discrimination', activities: 2 },
        { principle: 'participation', activities: 2 },
      ],
      stages: [
        { stage: 'implement_follow_up', activities: 1 },
        { stage: 'inform_include', activities: 1 },
        { stage: 'set_local_agenda', activities: 1 },
      ],
      targets: [
        { target_id: '5.2', direct: 2, indirect: 0 },
        { target_id: '5.5', direct: 1, indirect: 0 },
        { target_id: '11.7', direct: 1, indirect: 0 },
        { target_id: '16.1', direct: 0, indirect: 1 },
      ],
    });
  });

  it('is the same for the reviewers, and hidden from other partnerships', async () => {
    const forAnalyst = await analyst.rpc('report_facts', { report_id: report2024 });
    expect(forAnalyst.data.participants).toEqual({ women: 124, men: 43, other: 2 });
    const forErik = await erik.rpc('report_facts', { report_id: report2024 });
    expect(forErik.error?.message).toBe('report_not_found');
  });
});
