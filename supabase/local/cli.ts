/**
 * `npm run stack` — the Docker-free local Supabase stack.
 *   start            start (keeps the data of the last run; applies new migrations)
 *   reset            start from an empty database: migrations, then seed
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStack } from './src/stack.ts';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const command = process.argv[2] ?? 'start';
if (!['start', 'reset'].includes(command)) {
  console.error(`unknown command: ${command}\nusage: stack [start|reset]`);
  process.exit(2);
}

const stack = await startStack({ projectDir, reset: command === 'reset', runSchedules: true, log: (line) => console.log(line) });
const database = stack.context.config.databaseUrl
  ? `PostgreSQL (${new URL(stack.context.config.databaseUrl).host})`
  : `PGlite (${path.relative(projectDir, path.join(stack.context.config.dataDir, 'db'))})`;
console.log(`
Local Supabase stack is running.

         API URL: ${stack.apiUrl}
      Mail inbox: ${stack.inboxUrl}
        Database: ${database}
        anon key: ${stack.anonKey}
service_role key: ${stack.serviceRoleKey}
      JWT secret: ${stack.jwtSecret}
`);

async function shutDown() {
  await stack.stop();
  process.exit(0);
}
process.once('SIGINT', shutDown);
process.once('SIGTERM', shutDown);
