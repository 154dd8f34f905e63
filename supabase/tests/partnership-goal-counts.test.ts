import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPartnerships, startDemoStack, type DemoStack } from './support/demo-stack.ts';

const A = demoPartnerships.robertsforsMachakos;

let stack: DemoStack;
let grace: SupabaseClient;
let erik: SupabaseClient;
let analyst: SupabaseClient;

beforeAll(async () => {
  stack = await startDemoStack();
  [grace, erik, analyst] = await Promise.all([stack.signIn('grace'), stack.signIn('erik'), stack.signIn('analyst')]);
}, 120_000);
afterAll(() => stack?.stop());

const row = (goal_id: number, activities_direct: number, activities_indirect: number, results_direct: number, results_indirect: number) => ({
  goal_id,
  activities_direct,
  activities_indirect,
  results_direct,
  results_indirect,
});

describe('partnership_goal_counts', () => {
  it('counts the 2024 activities and results of Robertsfors – Machakos per goal, as computed by hand from the seed', async () => {
    // Activities 2024: safe public spaces (5.2 d, 11.7 d), mentoring (5.5 d), GBV study visit (5.2 d, 16.1 i).
    // Results with 2024 values: women in decision-making (5.5 d, 16.7 i), gender-responsive budget (5.c d).
    const { data, error } = await grace.rpc('partnership_goal_counts', { partnership_id: A, year: 2024 });
    expect(error).toBeNull();
    expect(data).toEqual([row(5, 3, 0, 2, 0), row(11, 1, 0, 0, 0), row(16, 0, 1, 0, 1)]);
  });

  it('counts an activity once per goal, as direct when any of its links to the goal is direct', async () => {
    const { error } = await grace.rpc('save_activity', {
      activity: { partnership_id: A, title: 'Two links to goal 5', kind: 'workshop', starts_on: '2026-01-20', ends_on: '2026-01-20' },
      targets: [
        { target_id: '5.1', contribution: 'indirect' },
        { target_id: '5.5', contribution: 'direct' },
        { target_id: '10.2', contribution: 'indirect' },
      ],
    });
    expect(error).toBeNull();
    const { data } = await grace.rpc('partnership_goal_counts', { partnership_id: A, year: 2026 });
    expect(data).toEqual([row(5, 1, 0, 0, 0), row(10, 0, 1, 0, 0)]);
  });

  it('counts only what the caller may see', async () => {
    expect((await erik.rpc('partnership_goal_counts', { partnership_id: A, year: 2024 })).data).toEqual([]);
    expect((await analyst.rpc('partnership_goal_counts', { partnership_id: A, year: 2024 })).data).toHaveLength(3);
    expect((await stack.anon().rpc('partnership_goal_counts', { partnership_id: A, year: 2024 })).status).toBe(401);
  });
});
