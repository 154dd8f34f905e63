/**
 * The row-level security matrix: every actor × every table × select/insert/update/delete, each
 * cell asserting allow or deny as domain.md says, through supabase-js and the local stack, signed
 * in as the demo users. Writes run with `Prefer: tx=rollback`, so cells never affect each other.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPartnerships, demoUsers, startDemoStack, type DemoStack, type DemoUser } from './support/demo-stack.ts';

const actors = ['anon', 'contributorA', 'coordinatorA', 'coordinatorB', 'analyst', 'admin'] as const;
type Actor = (typeof actors)[number];
const signInAs: Record<Exclude<Actor, 'anon'>, DemoUser> = {
  contributorA: 'grace',
  coordinatorA: 'anna',
  coordinatorB: 'erik',
  analyst: 'analyst',
  admin: 'admin',
};
const operations = ['select', 'insert', 'update', 'delete'] as const;
type Operation = (typeof operations)[number];

const members: Actor[] = ['contributorA', 'coordinatorA'];
const staff: Actor[] = ['analyst', 'admin'];
const everyone: Actor[] = [...actors];
const nobody: Actor[] = [];

const A = demoPartnerships.robertsforsMachakos;

interface Fixtures {
  activity: string;
  result: string;
  indicator: string;
  indicatorValue: string;
  report: string;
  comment: string;
  evidence: string;
  spareOrganisation: string;
  /** A result and indicator with no values in a frozen year, which members may delete. */
  spareResult: string;
  spareIndicator: string;
  machakos: string;
  robertsfors: string;
  invitation: string;
}

type Row = Record<string, string | number>;

interface TableSpec {
  table: string;
  /** The row of partnership A that select, update and delete aim at. */
  row: (f: Fixtures) => Row;
  deleteRow?: (f: Fixtures) => Row;
  insert: (f: Fixtures) => Record<string, unknown>;
  update: Record<string, unknown>;
  allowed: Record<Operation, Actor[]>;
}

const content = { select: [...members, ...staff], insert: members, update: members, delete: members };
const readOnlyForMembersAndStaff = { select: [...members, ...staff], insert: nobody, update: nobody, delete: nobody };
const readOnlyForStaff = { select: staff, insert: nobody, update: nobody, delete: nobody };
const catalogue = { select: everyone, insert: nobody, update: nobody, delete: nobody };
const adminManaged = { select: everyone, insert: ['admin'] as Actor[], update: ['admin'] as Actor[], delete: ['admin'] as Actor[] };

const specs: TableSpec[] = [
  { table: 'sdg_goals', row: () => ({ id: 5 }), insert: () => ({ id: 18, title_en: 'x' }), update: { title_en: 'Gender equality' }, allowed: catalogue },
  { table: 'sdg_targets', row: () => ({ id: '5.5' }), insert: () => ({ id: '5.z', goal_id: 5 }), update: { text_en: 'x' }, allowed: catalogue },
  { table: 'sdg_indicators', row: () => ({ id: '5.5.1' }), insert: () => ({ id: '5.5.9', target_id: '5.5' }), update: { text_en: 'x' }, allowed: catalogue },
  { table: 'country_regions', row: () => ({ country_code: 'KE' }), insert: () => ({ country_code: 'QQ', region: 'africa' }), update: { region: 'africa' }, allowed: catalogue },
  { table: 'swedish_local_authorities', row: () => ({ code: '2409' }), insert: () => ({ code: '2499', kind: 'municipality', name: 'x', region_code: '24' }), update: { name: 'x' }, allowed: catalogue },
  {
    table: 'programme_settings',
    row: () => ({ id: 'true' }),
    insert: () => ({ id: false }),
    update: { reporting_org_name: 'Municipal Partnership Programme' },
    allowed: { select: [...members, 'coordinatorB', ...staff], insert: nobody, update: ['admin'], delete: nobody },
  },
  {
    table: 'organisations',
    row: (f) => ({ id: f.machakos }),
    deleteRow: (f) => ({ id: f.spareOrganisation }),
    insert: () => ({ name: 'Kalmar kommun', kind: 'municipality', country_code: 'SE', municipality_code: '0880' }),
    update: { name: 'Machakos County Government' },
    allowed: adminManaged,
  },
  {
    table: 'partnerships',
    row: () => ({ id: A }),
    insert: () => ({ name: 'Kalmar – Cape Winelands', starts_year: 2026 }),
    update: { description: 'Gender equality in local decision-making.' },
    allowed: adminManaged,
  },
  {
    table: 'partnership_organisations',
    row: (f) => ({ partnership_id: A, organisation_id: f.robertsfors }),
    insert: () => ({ partnership_id: A, organisation_id: '00000000-0000-4000-b000-000000000007', side: 'swedish' }),
    update: { side: 'swedish' },
    allowed: adminManaged,
  },
  {
    table: 'memberships',
    row: () => ({ partnership_id: A, user_id: demoUsers.grace.id }),
    insert: () => ({ partnership_id: A, user_id: demoUsers.lina.id, role: 'contributor' }),
    update: { role: 'contributor' },
    allowed: { select: [...members, ...staff], insert: ['coordinatorA', 'admin'], update: ['admin'], delete: ['coordinatorA', 'admin'] },
  },
  {
    table: 'staff',
    row: () => ({ user_id: demoUsers.analyst.id }),
    insert: () => ({ user_id: demoUsers.grace.id, role: 'analyst' }),
    update: { role: 'analyst' },
    allowed: { select: staff, insert: ['admin'], update: ['admin'], delete: ['admin'] },
  },
  {
    table: 'invitations',
    row: (f) => ({ id: f.invitation }),
    insert: () => ({ email: 'someone@example.test', partnership_id: A, role: 'contributor' }),
    update: { role: 'contributor' },
    allowed: { select: ['coordinatorA', 'admin'], insert: nobody, update: nobody, delete: ['coordinatorA', 'admin'] },
  },
  {
    table: 'reporting_deadlines',
    row: () => ({ year: 2025 }),
    insert: () => ({ year: 2040, due_on: '2041-03-31' }),
    update: { due_on: '2026-03-31' },
    allowed: { select: [...members, 'coordinatorB', ...staff], insert: ['admin'], update: ['admin'], delete: ['admin'] },
  },
  {
    table: 'profiles',
    row: () => ({ id: demoUsers.grace.id }),
    insert: () => ({ id: demoUsers.grace.id, full_name: 'Someone else' }),
    update: { preferred_language: 'en' },
    allowed: { select: [...members, ...staff], insert: nobody, update: ['contributorA'], delete: nobody },
  },
  {
    // The reminder digests' ledger is the send-digests function's (service role) alone.
    table: 'sent_digests',
    row: () => ({ user_id: demoUsers.grace.id }),
    insert: () => ({ user_id: demoUsers.grace.id, sent_on: '2027-03-10', items: 1 }),
    update: { items: 2 },
    allowed: { select: nobody, insert: nobody, update: nobody, delete: nobody },
  },
  {
    table: 'activities',
    row: (f) => ({ id: f.activity }),
    insert: () => ({ partnership_id: A, title: 'Matrix workshop', kind: 'workshop', starts_on: '2025-06-02', ends_on: '2025-06-02' }),
    update: { place: 'Machakos' },
    allowed: content,
  },
  {
    table: 'activity_targets',
    row: (f) => ({ activity_id: f.activity, target_id: '5.1' }),
    insert: (f) => ({ activity_id: f.activity, partnership_id: A, target_id: '5.4', contribution: 'indirect' }),
    update: { contribution: 'direct' },
    allowed: content,
  },
  {
    table: 'results',
    row: (f) => ({ id: f.result }),
    deleteRow: (f) => ({ id: f.spareResult }),
    insert: () => ({ partnership_id: A, title: 'Matrix result', level: 'output' }),
    update: { level: 'outcome' },
    allowed: content,
  },
  {
    table: 'result_targets',
    row: (f) => ({ result_id: f.result, target_id: '5.5' }),
    insert: (f) => ({ result_id: f.result, partnership_id: A, target_id: '5.4', contribution: 'indirect' }),
    update: { contribution: 'direct' },
    allowed: content,
  },
  {
    table: 'indicators',
    row: (f) => ({ id: f.indicator }),
    deleteRow: (f) => ({ id: f.spareIndicator }),
    insert: (f) => ({ result_id: f.result, partnership_id: A, title: 'Matrix indicator', measure: 'number' }),
    update: { unit: '%' },
    allowed: content,
  },
  {
    table: 'indicator_values',
    row: (f) => ({ id: f.indicatorValue }),
    insert: (f) => ({ indicator_id: f.indicator, partnership_id: A, year: 2026, target_value: 40 }),
    update: { comment: 'Checked against the committee lists.' },
    allowed: content,
  },
  {
    table: 'evidence',
    row: (f) => ({ id: f.evidence }),
    insert: (f) => ({ partnership_id: A, object_path: `${A}/matrix/photo.jpg`, file_name: 'photo.jpg', mime_type: 'image/jpeg', size_bytes: 1000, activity_id: f.activity }),
    update: { file_name: 'minutes-2025.pdf' },
    allowed: content,
  },
  {
    table: 'reports',
    row: (f) => ({ id: f.report }),
    insert: () => ({ partnership_id: A, year: 2026 }),
    update: { challenges: 'Travel costs.' },
    allowed: content,
  },
  {
    table: 'report_comments',
    row: (f) => ({ id: f.comment }),
    insert: (f) => ({ report_id: f.report, partnership_id: A, body: 'A comment from the matrix.' }),
    // Only its author changes what a comment says; staff resolving any comment is in attacks/rest.test.ts.
    update: { body: 'Edited in the matrix.' },
    allowed: { select: [...members, ...staff], insert: [...members, ...staff], update: ['contributorA'], delete: ['contributorA'] },
  },
  {
    table: 'report_events',
    row: () => ({ partnership_id: A, to_status: 'approved' }),
    insert: (f) => ({ report_id: f.report, partnership_id: A, to_status: 'draft' }),
    update: { note: 'x' },
    allowed: readOnlyForMembersAndStaff,
  },
  {
    table: 'history',
    row: () => ({ partnership_id: A, table_name: 'partnerships' }),
    insert: () => ({ partnership_id: A, table_name: 'activities', row_id: 'x', action: 'insert' }),
    update: { row_id: 'x' },
    allowed: readOnlyForMembersAndStaff,
  },
  {
    table: 'activity_facts',
    row: () => ({ partnership_id: A, goal_id: 5, principle: 'all' }),
    insert: () => ({ partnership_id: A, year: 2040, goal_id: 5, principle: 'all' }),
    update: { activities: 0 },
    allowed: readOnlyForMembersAndStaff,
  },
  {
    table: 'target_facts',
    row: () => ({ partnership_id: A, target_id: '5.5', principle: 'all' }),
    insert: () => ({ partnership_id: A, year: 2040, target_id: '5.5', goal_id: 5, principle: 'all' }),
    update: { activities_direct: 0 },
    allowed: readOnlyForMembersAndStaff,
  },
  {
    table: 'target_group_facts',
    row: () => ({ partnership_id: A, principle: 'all' }),
    insert: () => ({ partnership_id: A, year: 2040, target_group: 'youth', principle: 'all' }),
    update: { activities: 0 },
    allowed: readOnlyForMembersAndStaff,
  },
  {
    table: 'result_facts',
    row: (f) => ({ result_id: f.result, target_id: '5.5' }),
    insert: (f) => ({ result_id: f.result, partnership_id: A, target_id: '5.4', goal_id: 5, contribution: 'direct', years: [2040] }),
    update: { years: [2040] },
    allowed: readOnlyForMembersAndStaff,
  },
  {
    table: 'indicator_facts',
    row: (f) => ({ indicator_id: f.indicator, first_year: 2025, last_year: 2025 }),
    insert: (f) => ({ indicator_id: f.indicator, partnership_id: A, sdg_indicator_id: '5.5.1', first_year: 2040, last_year: 2040 }),
    update: { share: 0 },
    allowed: readOnlyForMembersAndStaff,
  },
  {
    table: 'programme_activity_facts',
    row: () => ({ year: 2025, goal_id: 5, principle: 'all' }),
    insert: () => ({ year: 2040, goal_id: 5, principle: 'all', activities: 1, activities_direct: 1, activities_indirect: 0, participants_women: 0, participants_men: 0, participants_other: 0, inform_include: 0, set_local_agenda: 0, implement_follow_up: 0 }),
    update: { activities: 0 },
    allowed: readOnlyForStaff,
  },
  {
    table: 'programme_target_facts',
    row: () => ({ year: 2025, target_id: '5.5', principle: 'all' }),
    insert: () => ({ year: 2040, target_id: '5.5', goal_id: 5, principle: 'all', activities_direct: 1, activities_indirect: 0 }),
    update: { activities_direct: 0 },
    allowed: readOnlyForStaff,
  },
  {
    table: 'programme_target_group_facts',
    row: () => ({ year: 2025, principle: 'all' }),
    insert: () => ({ year: 2040, target_group: 'youth', principle: 'all', activities: 1, participants_women: 0, participants_men: 0, participants_other: 0 }),
    update: { activities: 0 },
    allowed: readOnlyForStaff,
  },
  {
    table: 'programme_result_facts',
    row: () => ({ goal_id: 5 }),
    insert: () => ({ goal_id: 5, direct: true, years: [2040], results: 1 }),
    update: { results: 0 },
    allowed: readOnlyForStaff,
  },
];

let stack: DemoStack;
const clients = {} as Record<Actor, SupabaseClient>;
let fixtures: Fixtures;

async function one(query: PromiseLike<{ data: unknown; error: unknown }>): Promise<string> {
  const { data, error } = await query;
  if (error) throw new Error(JSON.stringify(error));
  return (data as { id: string }).id;
}

beforeAll(async () => {
  stack = await startDemoStack();
  clients.anon = stack.anon();
  for (const actor of actors.filter((name) => name !== 'anon') as Exclude<Actor, 'anon'>[]) {
    clients[actor] = await stack.signIn(signInAs[actor]);
  }
  const service = stack.service();
  const activity = await one(service.from('activities').select('id').eq('partnership_id', A).eq('year', 2025).eq('title', 'Youth council on gender equality').single());
  const result = await one(service.from('results').select('id').eq('partnership_id', A).eq('title', 'More women in county decision-making').single());
  const indicator = await one(service.from('indicators').select('id').eq('result_id', result).eq('sdg_indicator_id', '5.5.1').single());
  fixtures = {
    activity,
    result,
    indicator,
    indicatorValue: await one(service.from('indicator_values').select('id').eq('indicator_id', indicator).eq('year', 2025).eq('sex', 'total').single()),
    report: await one(service.from('reports').select('id').eq('partnership_id', A).eq('year', 2025).single()),
    comment: '',
    evidence: '',
    spareOrganisation: await one(service.from('organisations').insert({ name: 'Hörby kommun', kind: 'municipality', country_code: 'SE', municipality_code: '1266' }).select('id').single()),
    spareResult: '',
    spareIndicator: '',
    machakos: '00000000-0000-4000-b000-000000000002',
    robertsfors: '00000000-0000-4000-b000-000000000001',
    invitation: await one(service.from('invitations').insert({ email: 'pending@machakos.example', partnership_id: A, role: 'contributor' }).select('id').single()),
  };
  // Everyone's digest of a day, so the ledger has rows for its cells to aim at.
  const claimed = await service.rpc('claim_digests', { on_day: '2027-03-10' });
  if (claimed.error) throw new Error(JSON.stringify(claimed.error));
  fixtures.spareResult = await one(clients.contributorA.from('results').insert({ partnership_id: A, title: 'Youth councils in every ward', level: 'output' }).select('id').single());
  fixtures.spareIndicator = await one(
    clients.contributorA.from('indicators').insert({ result_id: fixtures.spareResult, partnership_id: A, title: 'Wards with a youth council', measure: 'number' }).select('id').single(),
  );
  fixtures.comment = await one(
    clients.contributorA.from('report_comments').insert({ report_id: fixtures.report, partnership_id: A, body: 'Should we add the youth council numbers?' }).select('id').single(),
  );
  fixtures.evidence = await one(
    clients.contributorA
      .from('evidence')
      .insert({ partnership_id: A, object_path: `${A}/youth-council/minutes.pdf`, file_name: 'minutes.pdf', mime_type: 'application/pdf', size_bytes: 52000, activity_id: fixtures.activity })
      .select('id')
      .single(),
  );
}, 120_000);

afterAll(() => stack?.stop());

interface Outcome {
  allowed: boolean;
  detail: string;
}

async function attempt(client: SupabaseClient, spec: TableSpec, operation: Operation): Promise<Outcome> {
  const table = client.from(spec.table);
  const row = operation === 'delete' && spec.deleteRow ? spec.deleteRow(fixtures) : spec.row(fixtures);
  const refused = (error: { code?: string; message?: string }) => {
    // A refusal must come from privileges or row-level security, not from some other failure.
    if (error.code !== '42501') throw new Error(`${spec.table} ${operation} failed for another reason: ${JSON.stringify(error)}`);
    return { allowed: false, detail: error.message ?? '' };
  };
  const counted = ({ data, error }: { data: unknown[] | null; error: { code?: string } | null }) =>
    error ? refused(error) : { allowed: (data?.length ?? 0) > 0, detail: `${data?.length ?? 0} rows` };
  switch (operation) {
    case 'select':
      return counted(await table.select('*').match(row));
    case 'insert': {
      const { error } = await table.insert(spec.insert(fixtures)).rollback();
      return error ? refused(error) : { allowed: true, detail: 'inserted' };
    }
    case 'update':
      return counted(await table.update(spec.update).match(row).select().rollback());
    case 'delete':
      return counted(await table.delete().match(row).select().rollback());
  }
}

const tableCells = specs.length * operations.length * actors.length;
const storageCells = operations.length * actors.length;

describe(`RLS matrix: ${actors.length} actors × (${specs.length} tables + storage) × ${operations.length} operations = ${tableCells + storageCells} cells`, () => {
  for (const spec of specs) {
    describe(spec.table, () => {
      it.each(operations.flatMap((operation) => actors.map((actor) => ({ operation, actor }))))('$operation by $actor', async ({ operation, actor }) => {
        const expected = spec.allowed[operation].includes(actor);
        const outcome = await attempt(clients[actor], spec, operation);
        expect(outcome.allowed, `${actor} ${operation} ${spec.table}: ${outcome.detail}`).toBe(expected);
      });
    });
  }

  describe('storage.objects (bucket evidence)', () => {
    const storageAllowed: Record<Operation, Actor[]> = { select: [...members, ...staff], insert: members, update: members, delete: members };
    const pdf = (text: string) => new Blob([`%PDF-1.4 ${text}`], { type: 'application/pdf' });

    async function storageAttempt(actor: Actor, operation: Operation): Promise<Outcome> {
      const bucket = clients[actor].storage.from('evidence');
      const path = `${A}/matrix/${operation}-${actor}.pdf`;
      if (operation !== 'insert') {
        const { error } = await stack.service().storage.from('evidence').upload(path, pdf('original'), { upsert: true });
        if (error) throw new Error(error.message);
      }
      switch (operation) {
        case 'select': {
          const { error } = await bucket.download(path);
          return { allowed: !error, detail: error?.message ?? 'downloaded' };
        }
        case 'insert': {
          const { error } = await bucket.upload(path, pdf('new'));
          return { allowed: !error, detail: error?.message ?? 'uploaded' };
        }
        case 'update': {
          const { error } = await bucket.update(path, pdf('changed'));
          return { allowed: !error, detail: error?.message ?? 'replaced' };
        }
        case 'delete': {
          const { data, error } = await bucket.remove([path]);
          return { allowed: !error && (data?.length ?? 0) > 0, detail: error?.message ?? `${data?.length} removed` };
        }
      }
    }

    it.each(operations.flatMap((operation) => actors.map((actor) => ({ operation, actor }))))('$operation by $actor', async ({ operation, actor }) => {
      const outcome = await storageAttempt(actor, operation);
      expect(outcome.allowed, `${actor} ${operation} storage: ${outcome.detail}`).toBe(storageAllowed[operation].includes(actor));
    });
  });
});

describe('names members read (profiles)', () => {
  const namesOf = async (client: SupabaseClient, ids: string[]) => {
    const { data, error } = await client.from('profiles').select('*').in('id', ids);
    expect(error).toBeNull();
    return new Map((data ?? []).map((row) => [row.id as string, row as Record<string, unknown>]));
  };

  it('a member reads the names of the analyst who returned their report, of all staff and of co-members', async () => {
    const seen = await namesOf(clients.coordinatorB, [demoUsers.analyst.id, demoUsers.admin.id]);
    expect(seen.get(demoUsers.analyst.id)?.full_name).toBe('Sara Nilsson');
    expect(seen.get(demoUsers.admin.id)?.full_name).toBe('Johan Ek');
    expect((await namesOf(clients.coordinatorA, [demoUsers.grace.id])).get(demoUsers.grace.id)?.full_name).toBe('Grace Mwende');
  });

  it('a member reads the name of someone who changed their content and has left since; others do not', async () => {
    const service = stack.service();
    const { data: created, error } = await service.auth.admin.createUser({
      email: 'former@machakos.example',
      password: 'partnership2030',
      email_confirm: true,
      user_metadata: { full_name: 'Peter Otieno' },
    });
    expect(error).toBeNull();
    const former = created.user!.id;
    expect((await service.from('memberships').insert({ partnership_id: A, user_id: former, role: 'contributor' })).error).toBeNull();
    const client = stack.anon();
    await client.auth.signInWithPassword({ email: 'former@machakos.example', password: 'partnership2030' });
    expect((await client.from('activities').update({ place: 'Machakos town hall' }).eq('id', fixtures.activity)).error).toBeNull();
    expect((await service.from('memberships').delete().eq('partnership_id', A).eq('user_id', former)).error).toBeNull();

    expect((await namesOf(clients.contributorA, [former])).get(former)?.full_name).toBe('Peter Otieno');
    expect((await namesOf(clients.coordinatorB, [former])).size).toBe(0);
  });

  it('a member reads no name of another partnership’s people who never acted on theirs', async () => {
    expect((await namesOf(clients.coordinatorA, [demoUsers.erik.id, demoUsers.lina.id])).size).toBe(0);
    expect((await namesOf(clients.coordinatorB, [demoUsers.anna.id, demoUsers.grace.id])).size).toBe(0);
  });

  it('nobody without a partnership or staff role reads staff names', async () => {
    const { error } = await stack.service().auth.admin.createUser({ email: 'newcomer@example.org', password: 'partnership2030', email_confirm: true, user_metadata: { full_name: 'New Comer' } });
    expect(error).toBeNull();
    const client = stack.anon();
    const signedIn = await client.auth.signInWithPassword({ email: 'newcomer@example.org', password: 'partnership2030' });
    expect(signedIn.error).toBeNull();
    expect((await namesOf(client, [demoUsers.analyst.id, demoUsers.admin.id])).size).toBe(0);
  });

  it('a member never reads an email address in the names they may read: profiles hold none', async () => {
    const { data } = await clients.coordinatorA.from('profiles').select('*');
    expect(data!.length).toBeGreaterThan(2);
    expect(JSON.stringify(data)).not.toContain('@');
  });
});
