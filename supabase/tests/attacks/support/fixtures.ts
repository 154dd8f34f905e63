/**
 * What the attack tests aim at: rows and evidence files of Robertsfors – Machakos in a frozen
 * year (2024, approved in the seed) and an open one (2025, a draft), and rows of Växjö – JB Marks.
 * Read and written as the database's superuser, beside the API under attack, so that a check
 * of "nothing changed" does not depend on the policies being tested.
 */
import { demoPartnerships, type DemoStack } from '../../support/demo-stack.ts';

export const A = demoPartnerships.robertsforsMachakos;
export const B = demoPartnerships.vaxjoJbMarks;
export const frozenYear = 2024;
export const openYear = 2025;

export type Json = Record<string, unknown>;

export function sql<T extends Json = Json>(stack: DemoStack, text: string, params: unknown[] = []) {
  return stack.context.db.query<T>(text, params);
}

/** Every column of the matching rows, as stored, in a stable order. */
export async function rowsOf(stack: DemoStack, table: string, where: string, params: unknown[] = []) {
  const rows = await sql<{ row: Json }>(stack, `select to_jsonb(t) as row from public.${table} t where ${where} order by to_jsonb(t)::text`, params);
  return rows.map(({ row }) => row);
}

/** An evidence file's row in storage.objects and its bytes, or null where there is none. */
export async function objectState(stack: DemoStack, name: string) {
  const [row] = await sql<{ id: string; version: string; metadata: Json }>(stack, `select id, version, metadata from storage.objects where bucket_id = 'evidence' and name = $1`, [name]);
  if (!row) return null;
  const { data, error } = await stack.service().storage.from('evidence').download(name);
  if (error) throw new Error(`${name}: ${error.message}`);
  return { ...row, bytes: await data.text() };
}

export async function putFile(stack: DemoStack, name: string, text: string) {
  const { error } = await stack.service().storage.from('evidence').upload(name, new Blob([`%PDF-1.4 ${text}`], { type: 'application/pdf' }), { upsert: true });
  if (error) throw new Error(`${name}: ${error.message}`);
}

export async function idOf(stack: DemoStack, text: string, params: unknown[] = []) {
  const [row] = await sql<{ id: string }>(stack, text, params);
  if (!row) throw new Error(`no row for ${text}`);
  return row.id;
}

export interface Fixtures {
  frozenActivity: string;
  openActivity: string;
  /** an SDG target the frozen activity is linked to */
  frozenTarget: string;
  frozenValue: string;
  openValue: string;
  frozenReport: string;
  openReport: string;
  evidence: {
    frozenActivity: { id: string; path: string };
    frozenValue: { id: string; path: string };
    frozenReport: { id: string; path: string };
    /** evidence of the frozen year whose file is missing from storage */
    frozenMissingFile: { id: string; path: string };
    openActivity: { id: string; path: string };
  };
}

/**
 * Evidence rows and files in the frozen year can only be made with the year open: the report is
 * set back to draft for the moment it takes, as an admin's reopening and a new approval would.
 */
export async function makeFixtures(stack: DemoStack): Promise<Fixtures> {
  const frozenActivity = await idOf(stack, `select id from public.activities a where partnership_id = $1 and year = $2 and exists (select 1 from public.activity_targets t where t.activity_id = a.id) order by title limit 1`, [A, frozenYear]);
  const [{ target_id: frozenTarget }] = await sql<{ target_id: string }>(stack, `select target_id from public.activity_targets where activity_id = $1 order by target_id limit 1`, [frozenActivity]);
  const fixtures = {
    frozenActivity,
    openActivity: await idOf(stack, `select id from public.activities a where partnership_id = $1 and year = $2 and exists (select 1 from public.activity_targets t where t.activity_id = a.id) order by title limit 1`, [A, openYear]),
    frozenTarget,
    frozenValue: await idOf(stack, `select id from public.indicator_values where partnership_id = $1 and year = $2 and sex = 'total' order by id limit 1`, [A, frozenYear]),
    openValue: await idOf(stack, `select id from public.indicator_values where partnership_id = $1 and year = $2 and sex = 'total' order by id limit 1`, [A, openYear]),
    frozenReport: await idOf(stack, `select id from public.reports where partnership_id = $1 and year = $2`, [A, frozenYear]),
    openReport: await idOf(stack, `select id from public.reports where partnership_id = $1 and year = $2`, [A, openYear]),
  };
  const paths = {
    frozenActivity: `${A}/frozen-activity/minutes.pdf`,
    frozenValue: `${A}/frozen-value/register.pdf`,
    frozenReport: `${A}/frozen-report/annex.pdf`,
    frozenMissingFile: `${A}/frozen-missing/photo.pdf`,
    openActivity: `${A}/open-activity/agenda.pdf`,
  };
  for (const [key, path] of Object.entries(paths)) if (key !== 'frozenMissingFile') await putFile(stack, path, `original ${key}`);
  const addEvidence = (path: string, link: string, id: string) =>
    idOf(stack, `insert into public.evidence (partnership_id, object_path, file_name, mime_type, size_bytes, ${link}) values ($1, $2, $3, 'application/pdf', 20, $4) returning id`, [
      A,
      path,
      path.split('/').pop(),
      id,
    ]);
  await sql(stack, `update public.reports set status = 'draft' where id = $1`, [fixtures.frozenReport]);
  const evidence = {
    frozenActivity: { id: await addEvidence(paths.frozenActivity, 'activity_id', fixtures.frozenActivity), path: paths.frozenActivity },
    frozenValue: { id: await addEvidence(paths.frozenValue, 'indicator_value_id', fixtures.frozenValue), path: paths.frozenValue },
    frozenReport: { id: await addEvidence(paths.frozenReport, 'report_id', fixtures.frozenReport), path: paths.frozenReport },
    frozenMissingFile: { id: await addEvidence(paths.frozenMissingFile, 'activity_id', fixtures.frozenActivity), path: paths.frozenMissingFile },
    openActivity: { id: await addEvidence(paths.openActivity, 'activity_id', fixtures.openActivity), path: paths.openActivity },
  };
  await sql(stack, `update public.reports set status = 'approved' where id = $1`, [fixtures.frozenReport]);
  return { ...fixtures, evidence };
}
