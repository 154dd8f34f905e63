import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { generateDatabaseTypes } from '../../scripts/database-types.ts';
import { projectDir } from './support/demo-stack.ts';

it('src/types/database.ts is what the generator makes of the migrations (run npm run gen:types)', async () => {
  const committed = readFileSync(path.join(projectDir, 'src/types/database.ts'), 'utf8');
  expect(committed).toBe(await generateDatabaseTypes(projectDir));
}, 60_000);
