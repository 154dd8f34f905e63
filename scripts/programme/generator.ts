/**
 * Fills a database of the project's schema with a synthetic programme in one transaction, set-based
 * so that hundreds of thousands of activities take a minute or two. The rows go in with triggers
 * off (no history, no freezing checks, no per-statement summary refreshes), so the steps keep every
 * constraint and composite foreign key themselves; the dashboard summaries are rebuilt at the end.
 */
import { performance } from 'node:perf_hooks';
import type { Database, Sql } from '../../supabase/local/index.ts';
import { activitySteps } from './activity-steps.ts';
import { partnershipSteps } from './partnership-steps.ts';
import { planProgramme, type ProgrammeSize, type Step } from './programme-plan.ts';
import { referenceSteps } from './reference-steps.ts';
import { reportSteps } from './report-steps.ts';
import { resultSteps } from './result-steps.ts';

const loadedTables = [
  'organisations', 'partnerships', 'partnership_organisations', 'activities', 'activity_targets',
  'results', 'result_targets', 'indicators', 'indicator_values', 'reports',
];
export const summaryTables = ['activity_facts', 'target_facts', 'target_group_facts', 'result_facts'];

const qualified = (tables: string[]) => tables.map((table) => `public.${table}`).join(', ');

export interface GeneratedProgramme {
  /** Rows per table afterwards, the database's own rows included. */
  rows: Record<string, number>;
  seconds: number;
}

async function programmeRows(db: Sql): Promise<Record<string, number>> {
  const tables = [...loadedTables, ...summaryTables];
  const [counts] = await db.query<Record<string, number>>(`select ${tables.map((table) => `(select count(*) from public.${table})::int as ${table}`).join(', ')}`);
  return counts;
}

export async function generateProgramme(db: Database, size: ProgrammeSize, log: (line: string) => void = () => undefined): Promise<GeneratedProgramme> {
  const plan = planProgramme(size);
  const steps: Step[] = [
    // Local to the transaction: triggers are back on however the transaction ends.
    { label: 'triggers off', sql: 'set local session_replication_role = replica' },
    // Compiling each statement's expressions costs more than it saves on these one-off statements.
    { label: 'no jit', sql: 'set local jit = off' },
    ...referenceSteps(plan),
    ...partnershipSteps(plan),
    ...activitySteps(plan),
    ...resultSteps(plan),
    ...reportSteps(plan),
    // The rebuild plans its joins on these statistics: without them it takes the tables for empty.
    { label: 'statistics', sql: `analyze ${qualified(loadedTables)}` },
    // Still without triggers: the summaries' foreign keys hold by construction, and checking
    // them row by row would double the time of the rebuild.
    { label: 'dashboard summaries', sql: 'select private.rebuild_dashboard_facts()' },
    { label: 'summary statistics', sql: `analyze ${qualified(summaryTables)}` },
  ];
  const started = performance.now();
  await db.transaction(async (tx) => {
    for (const step of steps) {
      const stepStarted = performance.now();
      await tx.query(step.sql);
      log(`${step.label.padEnd(28)} ${((performance.now() - stepStarted) / 1000).toFixed(1).padStart(6)} s`);
    }
  });
  const seconds = (performance.now() - started) / 1000;
  return { rows: await programmeRows(db), seconds };
}
