/** Sizes of the production bundle (raw and gzip), building it first when dist/ is missing. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectDir } from './project-dir.ts';

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

export const name = 'Production bundle';

export async function run(): Promise<string[][]> {
  const assets = path.join(projectDir, 'dist', 'assets');
  if (!existsSync(assets)) execFileSync('npm', ['run', 'build'], { cwd: projectDir, stdio: 'inherit' });
  const rows = readdirSync(assets)
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => {
      const bytes = readFileSync(path.join(assets, file));
      return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const total = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), { raw: 0, gzip: 0 });
  return [
    ...rows.map((row) => [row.file, `${kilobytes(row.raw)} raw`, `${kilobytes(row.gzip)} gzip`]),
    ['total', `${kilobytes(total.raw)} raw`, `${kilobytes(total.gzip)} gzip`],
  ];
}
