/**
 * `npm run gen:types` writes src/types/database.ts from the migrations;
 * `npm run gen:types -- --check` fails when the committed file is stale.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDatabaseTypes } from './database-types.ts';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(projectDir, 'src/types/database.ts');
const types = await generateDatabaseTypes(projectDir);

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // a missing file is stale too
  }
  if (committed !== types) {
    console.error('src/types/database.ts is stale: run npm run gen:types');
    process.exit(1);
  }
  console.log('src/types/database.ts is up to date');
} else {
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, types);
  console.log(`wrote ${path.relative(projectDir, target)}`);
}
