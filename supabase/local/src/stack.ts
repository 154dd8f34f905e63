/**
 * Starts the local stack in-process: the database, the API on one port, the mail inbox on
 * another and its SMTP door on a third, and (when asked) the functions' schedules. Used by the
 * CLI (`npm run stack`), by `npm start`, and by tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { loadConfig, type ConfigOverrides } from './config.ts';
import type { StackContext } from './context.ts';
import { openDatabase } from './db/open-database.ts';
import { localApiKeys, localJwtSecret } from './keys.ts';
import { Mailbox } from './mail/mailbox.ts';
import { createInboxApp } from './mail/inbox-app.ts';
import { startSmtpServer, type RunningSmtpServer } from './mail/smtp-server.ts';
import { runScheduledFunction, startFunctionSchedules } from './functions/function-schedules.ts';
import { createApiApp } from './server.ts';

export interface StackOptions {
  projectDir: string;
  /** Keep the database in memory (tests); otherwise PGlite persists under config.dataDir. */
  inMemory?: boolean;
  reset?: boolean;
  seed?: boolean;
  /** Start an in-memory PGlite as a copy of this dumped data folder. */
  pgliteSnapshot?: Blob;
  /** Overrides of supabase/config.toml; port 0 picks a free port. */
  config?: ConfigOverrides;
  /** A supabase/ folder other than the project's (contract tests bring their own schema). */
  supabaseDir?: string;
  /** Run the Edge Functions on their schedules from config.toml (the CLI and `npm start` do; tests call runScheduledFunction). */
  runSchedules?: boolean;
  log?: (line: string) => void;
}

export interface RunningStack {
  apiUrl: string;
  inboxUrl: string;
  /** Where the inbox receives mail over SMTP. */
  smtpPort: number;
  anonKey: string;
  serviceRoleKey: string;
  jwtSecret: string;
  context: StackContext;
  /** Runs a scheduled Edge Function now, as its schedule would: with the service role key. */
  runScheduledFunction(functionName: string): Promise<Response>;
  stop(): Promise<void>;
}

/**
 * How long an idle keep-alive connection stays open. Supabase's gateway (Kong, on nginx) keeps
 * one for nginx's default 75 s; Node's own 5 s would close connections a client still counts
 * on, and its next request on one fails with "other side closed".
 */
export const keepAliveTimeoutMs = 75_000;

function listen(app: { fetch: (request: Request) => Response | Promise<Response> }, host: string, port: number) {
  return new Promise<ServerType>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, () => resolve(server));
    if ('keepAliveTimeout' in server) {
      server.keepAliveTimeout = keepAliveTimeoutMs;
      // Node reads a request's headers within headersTimeout; it must outlast the keep-alive
      // wait, or a request sent just before the connection's idle limit is cut off.
      server.headersTimeout = keepAliveTimeoutMs + 1_000;
    }
    server.once('error', reject);
  });
}

function close(server: ServerType) {
  return new Promise<void>((resolve) => {
    if ('closeAllConnections' in server) server.closeAllConnections();
    server.close(() => resolve());
  });
}

export async function startStack(options: StackOptions): Promise<RunningStack> {
  const config = loadConfig(options.projectDir, options.config);
  const supabaseDir = options.supabaseDir ?? path.join(options.projectDir, 'supabase');
  const { db } = await openDatabase({
    supabaseDir,
    dataDir: options.inMemory ? undefined : path.join(config.dataDir, 'db'),
    databaseUrl: config.databaseUrl,
    reset: options.reset,
    seed: options.seed,
    pgliteSnapshot: options.pgliteSnapshot,
    log: options.log,
  });
  const storageDir = options.inMemory ? mkdtempSync(path.join(os.tmpdir(), 'stack-storage-')) : path.join(config.dataDir, 'storage');
  if (options.reset && !options.inMemory) rmSync(storageDir, { recursive: true, force: true });
  const jwtSecret = localJwtSecret;
  const keys = { jwtSecret, ...(await localApiKeys(jwtSecret)) };
  const context: StackContext = { config, db, keys, mailbox: new Mailbox(), storageDir, functionsDir: path.join(supabaseDir, 'functions'), apiUrl: '', smtpPort: 0 };
  let apiServer: ServerType | undefined;
  let inboxServer: ServerType | undefined;
  let smtpServer: RunningSmtpServer | undefined;
  try {
    apiServer = await listen(createApiApp(context), config.host, config.apiPort);
    const apiPort = (apiServer.address() as AddressInfo).port;
    context.apiUrl = `http://${config.host}:${apiPort}`;
    inboxServer = await listen(createInboxApp(context), config.host, config.inboxPort);
    const inboxPort = (inboxServer.address() as AddressInfo).port;
    smtpServer = await startSmtpServer(context.mailbox, config.host, config.smtpPort);
    context.smtpPort = smtpServer.port;
    const schedules = options.runSchedules ? startFunctionSchedules(context, options.log) : undefined;
    return {
      apiUrl: context.apiUrl,
      inboxUrl: `http://${config.host}:${inboxPort}`,
      smtpPort: context.smtpPort,
      ...keys,
      context,
      runScheduledFunction: (functionName) => runScheduledFunction(context, functionName),
      async stop() {
        schedules?.stop();
        await Promise.all([close(apiServer!), close(inboxServer!), smtpServer!.close()]);
        await db.close();
        if (options.inMemory) rmSync(storageDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (apiServer) await close(apiServer);
    if (inboxServer) await close(inboxServer);
    await db.close();
    throw error;
  }
}
