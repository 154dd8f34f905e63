import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysWaitedSince } from './support/days-waited.ts';
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
    const daysWaiting = daysWaitedSince(2026, 1, 20);
    expect(data.map((row: Record<string, unknown>) => [row.partnership_name, row.country_codes, row.status, row.days_waiting])).toEqual([
      ['Västerbotten – Yogyakarta', ['ID'], 'submitted', daysWaiting],
      ['Ale – Ghanzi', ['BW'], 'not_started', null],
      ['Robertsfors – Machakos', ['KE'], 'draft', null],
      ['Växjö – JB Marks', ['ZA'], 'draft', null],
    ]);
    expect(data[1].report_id).toBeNull();
  });

  it('opens on every report waiting, of any year, longest waiting first', async () => {
    // Växjö's 2024 report was returned; its coordinator answers and resubmits it today.
    const { data: returned } = await erik.from('reports').select('id').eq('partnership_id', demoPartnerships.vaxjoJbMarks).eq('year', 2024).single();
    const { error: submitError } = await erik.rpc('submit_report', { report_id: returned!.id });
    expect(submitError).toBeNull();
    const { data, error } = await analyst.rpc('review_queue', {});
    expect(error).toBeNull();
    const waitedSince = (year: number) => daysWaitedSince(year, 1, 20);
    expect(data.map((row: Record<string, unknown>) => [row.partnership_name, row.year, row.status, row.days_waiting])).toEqual([
      ['Ale – Ghanzi', 2024, 'submitted', waitedSince(2025)],
      ['Västerbotten – Yogyakarta', 2025, 'submitted', waitedSince(2026)],
      ['Växjö – JB Marks', 2024, 'submitted', 0],
    ]);
    // A year chosen still lists that year's partnerships, each row saying its year.
    const { data: year2024 } = await analyst.rpc('review_queue', { year: 2024 });
    expect(year2024.map((row: Record<string, unknown>) => [row.partnership_name, row.year, row.status])).toEqual([
      ['Ale – Ghanzi', 2024, 'submitted'],
      ['Växjö – JB Marks', 2024, 'submitted'],
      ['Robertsfors – Machakos', 2024, 'approved'],
      ['Västerbotten – Yogyakarta', 2024, 'approved'],
    ]);
  });

  it('shows members nothing waiting but their own', async () => {
    const { data, error } = await erik.rpc('review_queue', {});
    expect(error).toBeNull();
    expect(data).toEqual([expect.objectContaining({ partnership_id: demoPartnerships.vaxjoJbMarks, year: 2024, status: 'submitted' })]);
  });

  it('shows a coordinator only their own partnership', async () => {
    const { data } = await erik.rpc('review_queue', { year: 2023 });
    expect(data).toEqual([expect.objectContaining({ partnership_id: demoPartnerships.vaxjoJbMarks, status: 'approved' })]);
  });
});
