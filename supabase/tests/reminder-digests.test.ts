/**
 * claim_digests: who is mailed a reminder digest on a day, with what, and how the ledger keeps
 * each person to one digest per period; through supabase-js, as the send-digests function calls
 * it with the service key. Days are fixed (the 2026 reports are due 31 March 2027), so the
 * answers hold whatever today is.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoUsers, startDemoStack, type DemoStack } from './support/demo-stack.ts';

let stack: DemoStack;
let service: SupabaseClient;

beforeAll(async () => {
  stack = await startDemoStack();
  service = stack.service();
}, 120_000);
afterAll(() => stack?.stop());

interface Digest {
  digest_id: string;
  email: string;
  preferred_language: string;
  items: { kind: string; partnership_name: string; year: number; due_on: string | null; days: number | null; comments: number }[];
}

/** The digests handed out on a day, by address, each item as [kind, partnership, year, days, comments]. */
async function claim(day: string) {
  const { data, error } = await service.rpc('claim_digests', { on_day: day });
  expect(error).toBeNull();
  return new Map((data as Digest[]).map((digest) => [digest.email, digest.items.map((item) => [item.kind, item.partnership_name, item.year, item.days, item.comments])]));
}

const setFrequency = async (user: keyof typeof demoUsers, frequency: 'weekly' | 'daily' | 'none') => {
  const { error } = await service.from('profiles').update({ digest_frequency: frequency }).eq('id', demoUsers[user].id);
  expect(error).toBeNull();
};

beforeEach(async () => {
  // Each test starts from an empty ledger and everyone on the default, weekly.
  expect((await service.from('sent_digests').delete().not('id', 'is', null)).error).toBeNull();
  expect((await service.from('profiles').update({ digest_frequency: 'weekly' }).not('id', 'is', null)).error).toBeNull();
});

describe('what each person is told', () => {
  it('tells coordinators and contributors of their own partnership only: overdue, returned, comments and the deadline ahead', async () => {
    const digests = await claim('2027-03-10');
    const robertsfors = [
      ['overdue', 'Robertsfors – Machakos', 2025, 344, 0],
      ['due_in_30_days', 'Robertsfors – Machakos', 2026, 21, 0],
    ];
    expect(digests.get(demoUsers.anna.email)).toEqual(robertsfors);
    expect(digests.get(demoUsers.grace.email)).toEqual(robertsfors);
    expect(digests.get(demoUsers.erik.email)).toEqual([
      ['returned', 'Växjö – JB Marks', 2024, null, 0],
      ['comments_to_answer', 'Växjö – JB Marks', 2024, null, 1],
      ['overdue', 'Växjö – JB Marks', 2025, 344, 0],
      ['due_in_30_days', 'Växjö – JB Marks', 2026, 21, 0],
    ]);
    expect(digests.get(demoUsers.lina.email)?.every((item) => item[1] === 'Ale – Ghanzi')).toBe(true);
  });

  it('tells analysts of reports waiting for review more than 14 days and of overdue reports across the programme', async () => {
    expect((await claim('2027-03-10')).get(demoUsers.analyst.email)).toEqual([
      ['waiting_for_review', 'Ale – Ghanzi', 2024, 748, 0],
      ['waiting_for_review', 'Västerbotten – Yogyakarta', 2025, 383, 0],
      ['overdue_in_queue', 'Ale – Ghanzi', 2025, 344, 0],
      ['overdue_in_queue', 'Robertsfors – Machakos', 2025, 344, 0],
      ['overdue_in_queue', 'Växjö – JB Marks', 2025, 344, 0],
    ]);
    // Submitted 20 February 2026: 14 days later it has not waited more than 14 days yet.
    await setFrequency('analyst', 'daily');
    const waiting = async (day: string) => (await claim(day)).get(demoUsers.analyst.email)?.filter((item) => item[0] === 'waiting_for_review').map((item) => item[1]);
    expect(await waiting('2026-03-06')).toEqual(['Ale – Ghanzi']);
    expect(await waiting('2026-03-07')).toEqual(['Ale – Ghanzi', 'Västerbotten – Yogyakarta']);
  });

  it('mails nobody who chose no digest, and nobody with nothing to be told', async () => {
    await setFrequency('lina', 'none');
    const digests = await claim('2027-03-10');
    expect(digests.has(demoUsers.lina.email)).toBe(false);
    // Before the 2025 reports were due, nothing awaited Ale – Ghanzi's coordinator (its 2024 report was submitted).
    expect((await claim('2026-01-02')).has(demoUsers.lina.email)).toBe(false);
  });
});

describe('one digest per person and period', () => {
  it('sends a weekly person one digest in 7 days and a daily person one a day, however often it runs', async () => {
    await setFrequency('grace', 'daily');
    const who = async (day: string) => [...(await claim(day)).keys()].filter((email) => [demoUsers.anna.email, demoUsers.grace.email].includes(email as never)).sort();
    expect(await who('2027-03-10')).toEqual([demoUsers.anna.email, demoUsers.grace.email]);
    expect(await who('2027-03-10')).toEqual([]);
    expect(await who('2027-03-11')).toEqual([demoUsers.grace.email]);
    expect(await who('2027-03-16')).toEqual([demoUsers.grace.email]);
    expect(await who('2027-03-17')).toEqual([demoUsers.anna.email, demoUsers.grace.email]);
  });

  it('hands a digest out again once its ledger row is removed, as the function does when a mail fails', async () => {
    const first = await service.rpc('claim_digests', { on_day: '2027-03-10' });
    const anna = (first.data as Digest[]).find((digest) => digest.email === demoUsers.anna.email)!;
    expect((await service.from('sent_digests').delete().eq('id', anna.digest_id)).error).toBeNull();
    expect([...(await claim('2027-03-10')).keys()]).toEqual([demoUsers.anna.email]);
  });
});

describe('only the service role gathers digests', () => {
  it('refuses everyone signed in, staff included, and the anonymous', async () => {
    for (const user of ['anna', 'admin'] as const) {
      const client = await stack.signIn(user);
      const { error, status } = await client.rpc('claim_digests', { on_day: '2027-03-10' });
      expect(status).toBe(403);
      expect(error).toMatchObject({ code: '42501', message: 'permission denied for function claim_digests' });
      const ledger = await client.from('sent_digests').select('*');
      expect(ledger.error?.code).toBe('42501');
    }
    const { status } = await stack.anon().rpc('claim_digests', {});
    expect(status).toBe(401);
    expect((await service.from('sent_digests').select('id')).data).toEqual([]);
  });
});

// Last: a submitted report cannot be taken back, and the tests above count on it being a draft.
describe('the deadline ahead', () => {
  it('says a week ahead that the report is due in 7 days, until it is submitted', async () => {
    await setFrequency('anna', 'daily');
    expect((await claim('2027-03-24')).get(demoUsers.anna.email)).toContainEqual(['due_in_7_days', 'Robertsfors – Machakos', 2026, 7, 0]);
    const submitted = await service
      .from('reports')
      .insert({ partnership_id: '00000000-0000-4000-c000-000000000001', year: 2026, status: 'submitted', submitted_at: '2027-03-24T10:00:00Z' })
      .select('id')
      .single();
    expect(submitted.error).toBeNull();
    expect((await claim('2027-03-25')).get(demoUsers.anna.email)?.map((item) => item[0])).toEqual(['overdue']);
  });
});
