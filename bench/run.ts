/**
 * `npm run bench`: prints the project's performance figures. Each benchmark module exports a
 * name and a run() that returns rows; nothing here asserts, it only measures.
 */
import * as activityList from './activity-list.ts';
import * as bundleSize from './bundle-size.ts';
import * as dashboards from './dashboards.ts';
import * as exportCsv from './export-csv.ts';
import * as fuzz from './fuzz.ts';
import * as localStack from './local-stack.ts';
import * as saveLatency from './save-latency.ts';

const benchmarks = [bundleSize, localStack, activityList, dashboards, saveLatency, exportCsv, fuzz];

for (const benchmark of benchmarks) {
  console.log(`\n## ${benchmark.name}`);
  const rows = await benchmark.run();
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  for (const row of rows) console.log(`  ${row.map((cell, column) => cell.padEnd(widths[column])).join('  ')}`);
}
