import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPartnerships, startDemoStack, type DemoStack } from './support/demo-stack.ts';

let stack: DemoStack;
let analyst: SupabaseClient;
let erik: SupabaseClient;

beforeAll(async () => {
  stack = await startDemoStack();
  [analyst, erik] = await Promise.all([stack.signIn('analyst'), stack.signIn('erik')]);
}, 120_000);
afterAll(() => stack?.stop());

describe('review_queue', () => {
  it('lists every running partnership with its 2025 report state, the waiting one first', async () => {
    const { data, error } = await analyst.rpc('review_queue', { year: 2025 });
    expect(error).toBeNull();
    // Västerbotten's 2025 report was submitted on 20 February 2026 (Stockholm time), as the seed says.
    const daysWaiting = Math.round((Date.UTC(new Date().getFullYear(), new Date().getMonth(), new Date().getDate()) - Date.UTC(2026, 1, 20)) / 86_400_000);
    expect(data.map((row: Record<string, unknown>) => [row.partnership_name, row.country_codes, row.status, row.days_waiting])).toEqual([
      ['Västerbotten – Yogyakarta', ['ID'], 'submitted', daysWaiting],
      ['Ale – Ghanzi', ['BW'], 'not_started', null],
      ['Robertsfors – Machakos', ['KE'], 'draft', null],
      ['Växjö – JB Marks', ['ZA'], 'draft', null],
    ]);
    expect(data[1].report_id).toBeNull();
  });

  it('shows a coordinator only their own partnership', async () => {
    const { data } = await erik.rpc('review_queue', { year: 2024 });
    expect(data).toEqual([expect.objectContaining({ partnership_id: demoPartnerships.vaxjoJbMarks, status: 'returned' })]);
  });
});
