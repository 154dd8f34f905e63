/**
 * What the end-to-end tests run against: the local stack with a fresh copy of the demo data
 * (in memory) on the usual port, and the built app served by `vite preview`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { loadConfig, startStack } from '../../supabase/local/index.ts';
import { appUrl } from './demo.ts';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// On other ports than the usual ones, invitation links must be allowed to come back to this app.
const redirects = process.env.E2E_APP_PORT ? { additionalRedirectUrls: [appUrl] } : {};
// The links in the Edge Functions' mails lead to this app.
const functionSecrets = { ...loadConfig(projectDir).functionSecrets, SITE_URL: appUrl };
// The journeys send more mails in minutes than the programme sends in an hour (email_sent).
const stack = await startStack({ projectDir, inMemory: true, reset: true, config: { functionSecrets, auth: { ...redirects, rateLimit: { emailSent: 1000 } } } });
const server = await preview({ root: projectDir, configFile: path.join(projectDir, 'vite.config.ts') });
console.log(`e2e: app ${server.resolvedUrls?.local[0]} · API ${stack.apiUrl} · inbox ${stack.inboxUrl}`);

async function shutDown() {
  server.httpServer.close();
  await stack.stop();
  process.exit(0);
}
process.once('SIGINT', shutDown);
process.once('SIGTERM', shutDown);
