import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoStack, type DemoStack } from './support/demo-stack.ts';

let stack: DemoStack;
let partnershipIds: string[];

beforeAll(async () => {
  stack = await startDemoStack();
  partnershipIds = (await stack.context.db.query<{ id: string }>('select id from public.partnerships order by id')).map((row) => row.id);
}, 120_000);
afterAll(() => stack?.stop());

// 2026 is an open year in the demo data.
const addActivity = (title: string, partnershipId: string) => `
  with activity as (
    insert into public.activities (partnership_id, title, kind, starts_on, ends_on, participants_women)
    values ('${partnershipId}', '${title}', 'workshop', '2026-05-04', '2026-05-04', 3)
    returning id, partnership_id
  )
  insert into public.activity_targets (activity_id, partnership_id, target_id, contribution)
  select id, partnership_id, target_id, 'direct' from activity cross join (values ('5.5'), ('16.7')) as t (target_id)`;

const activities2026 = async (partnershipId: string | null) => {
  const [row] = await stack.context.db.query<{ activities: number }>(
    partnershipId
      ? `select coalesce(sum(activities), 0)::int as activities from public.activity_facts where partnership_id = $1 and year = 2026 and goal_id = 0 and principle = 'all'`
      : `select coalesce(sum(activities), 0)::int as activities from public.programme_activity_facts where place = 'all' and year = 2026 and goal_id = 0 and principle = 'all'`,
    partnershipId ? [partnershipId] : [],
  );
  return row.activities;
};

const notes = async () => {
  const [row] = await stack.context.db.query<{ notes: number }>(
    `select ((select count(*) from private.touched_activity_years) + (select count(*) from private.touched_results)
      + (select count(*) from private.touched_partnership_places) + (select count(*) from private.programme_activity_changes)
      + (select count(*) from private.programme_target_changes) + (select count(*) from private.programme_target_group_changes)
      + (select count(*) from private.programme_result_changes))::int as notes`,
  );
  return row.notes;
};

describe('counting the dashboard summaries at commit', () => {
  it('notes what a transaction touches, counts it when the transaction commits and leaves no notes behind', async () => {
    const [partnershipId] = partnershipIds;
    const [ownBefore, programmeBefore] = [await activities2026(partnershipId), await activities2026(null)];
    const inTransaction = await stack.context.db.transaction(async (tx) => {
      await tx.query(addActivity('Counted at commit', partnershipId));
      const [row] = await tx.query<{ noted: number; counted: number }>(
        `select (select count(*) from private.touched_activity_years where partnership_id = $1 and year = 2026)::int as noted,
           (select coalesce(sum(activities), 0) from public.activity_facts where partnership_id = $1 and year = 2026 and goal_id = 0 and principle = 'all')::int as counted`,
        [partnershipId],
      );
      return row;
    });
    expect(inTransaction.noted).toBeGreaterThan(0);
    expect(inTransaction.counted).toBe(ownBefore);
    expect(await activities2026(partnershipId)).toBe(ownBefore + 1);
    expect(await activities2026(null)).toBe(programmeBefore + 1);
    expect(await notes()).toBe(0);
  });

  it('a rolled back transaction leaves the summaries and the notes as they were', async () => {
    const [partnershipId] = partnershipIds;
    const before = await activities2026(null);
    await expect(
      stack.context.db.transaction(async (tx) => {
        await tx.query(addActivity('Rolled back', partnershipId));
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await activities2026(null)).toBe(before);
    expect(await notes()).toBe(0);
  });

  it('saves in several partnerships at once add up to a recount', async () => {
    const programmeBefore = await activities2026(null);
    await Promise.all(
      partnershipIds.flatMap((partnershipId) =>
        [1, 2, 3].map((round) => stack.context.db.transaction((tx) => tx.query(addActivity(`At once ${round}`, partnershipId)))),
      ),
    );
    expect(await activities2026(null)).toBe(programmeBefore + 3 * partnershipIds.length);
    const totals = () => stack.context.db.query(`select to_jsonb(f) as row from public.programme_activity_facts f order by 1`);
    const kept = await totals();
    await stack.context.db.query('select private.rebuild_dashboard_facts()');
    expect(await totals()).toEqual(kept);
  });
});
