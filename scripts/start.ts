/**
 * `npm start`: the local Supabase stack and the Vite dev server in one process, with the
 * addresses and the demo logins printed.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { demoPassword, demoUsers } from '../supabase/demo-users.ts';
import { startStack } from '../supabase/local/index.ts';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const stack = await startStack({ projectDir, runSchedules: true, log: (line) => console.log(line) });
const vite = await createServer({ root: projectDir, configFile: path.join(projectDir, 'vite.config.ts') });
await vite.listen();
const appUrl = vite.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';

const logins = Object.values(demoUsers)
  .map((user) => `  ${user.email.padEnd(28)} ${user.role}`)
  .join('\n');
console.log(`
Agenda 2030 Partnerships is running.

  App:         ${appUrl}
  API:         ${stack.apiUrl}
  Mail inbox:  ${stack.inboxUrl}

Demo logins (password ${demoPassword}):
${logins}

Press Ctrl+C to stop. \`npm run stack:reset\` starts again from the demo data.
`);

async function shutDown() {
  await vite.close();
  await stack.stop();
  process.exit(0);
}
process.once('SIGINT', shutDown);
process.once('SIGTERM', shutDown);
