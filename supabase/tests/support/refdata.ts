/**
 * The reference data some tests compare with: SCB's lists, the UN SDG framework and the IATI schema
 * and code lists, in ../shared/refdata beside the project. The tests against a part that is not
 * here skip, except in CI (CI set), which must provide it: there its absence is a failure.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectDir } from './project-dir.ts';

export const refdataDir = path.resolve(projectDir, '../shared/refdata');

/**
 * Where `part` of the reference data is (e.g. 'sdg', or 'iati/iati-activities-schema.xsd'), and
 * whether it is there; in CI, where it must be, its absence throws. `dir` and `env` stand in for
 * ../shared/refdata and the process's environment when the rule itself is checked.
 */
export function refdata(
  part: string,
  { dir = refdataDir, env = process.env }: { dir?: string; env?: NodeJS.ProcessEnv } = {},
): { path: string; present: boolean } {
  const found = path.join(dir, part);
  const present = existsSync(found);
  if (!present && env.CI) throw new Error(`../shared/refdata/${part} is missing (no ${found}); CI must provide it`);
  return { path: found, present };
}
