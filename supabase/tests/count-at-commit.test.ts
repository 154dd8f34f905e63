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
    `select ((select count(*) from private.touched_activities) + (select count(*) from private.activity_changes) + (select count(*) from private.touched_results)
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
        `select (select count(*) from private.touched_activities where partnership_id = $1)::int as noted,
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

  it('after saves, edits and deletes, the summaries are what the activities add up to, counted plainly', async () => {
    const [partnershipId] = partnershipIds;
    await stack.context.db.query(addActivity('Edited later', partnershipId));
    await stack.context.db.query(
      `update public.activities set principles = '{transparency,transparency}', target_groups = '{youth,women}', localisation_stage = 'set_local_agenda'
       where title = 'Edited later'`,
    );
    await stack.context.db.query(`update public.activity_targets set contribution = 'indirect' where target_id = '5.5' and activity_id in (select id from public.activities where title = 'At once 1')`);
    await stack.context.db.query(`delete from public.activities where title = 'At once 2'`);

    // Each activity once per goal it names a target of (direct where any link to the goal is), and
    // as goal 0; once under 'all' and each principle it names.
    const plain = await stack.context.db.query(
      `with goals as (
         select a.id, 0 as goal_id, bool_or(l.contribution = 'direct') as direct, count(l.target_id) > 0 as linked
         from public.activities a left join public.activity_targets l on l.activity_id = a.id group by a.id
         union all
         select l.activity_id, t.goal_id, bool_or(l.contribution = 'direct'), true
         from public.activity_targets l join public.sdg_targets t on t.id = l.target_id group by l.activity_id, t.goal_id
       ),
       principles as (
         select a.id, 'all' as principle from public.activities a
         union
         select a.id, unnest(a.principles)::text from public.activities a
       )
       select jsonb_build_object('partnership_id', a.partnership_id, 'year', a.year, 'goal_id', g.goal_id, 'principle', p.principle,
         'activities', count(*), 'direct', count(*) filter (where g.direct), 'indirect', count(*) filter (where g.linked and not coalesce(g.direct, false)),
         'women', sum(a.participants_women), 'men', sum(a.participants_men), 'other', sum(a.participants_other),
         'set_local_agenda', count(*) filter (where a.localisation_stage = 'set_local_agenda')) as row
       from public.activities a join goals g on g.id = a.id join principles p on p.id = a.id
       group by a.partnership_id, a.year, g.goal_id, p.principle
       order by 1`,
    );
    const kept = await stack.context.db.query(
      `select jsonb_build_object('partnership_id', f.partnership_id, 'year', f.year, 'goal_id', f.goal_id, 'principle', f.principle,
         'activities', f.activities, 'direct', f.activities_direct, 'indirect', f.activities_indirect,
         'women', f.participants_women, 'men', f.participants_men, 'other', f.participants_other, 'set_local_agenda', f.set_local_agenda) as row
       from public.activity_facts f order by 1`,
    );
    expect(kept.length).toBeGreaterThan(100);
    expect(kept).toEqual(plain);
  });
});
