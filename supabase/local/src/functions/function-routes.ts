/**
 * `/functions/v1/<name>`: the project's Edge Functions (`supabase/functions/<name>/index.ts`),
 * written for Supabase's Edge runtime as `Deno.serve(handler)`. The stack gives them the small
 * part of `Deno` they use, so the same file runs here and on Supabase. As Supabase's gateway
 * does, a valid JWT is required unless the function's `verify_jwt` is off in config.toml.
 * Their environment: `[edge_runtime.secrets]`, the inbox's SMTP door and the app's address
 * (what a deployed project sets with `supabase secrets set`), and the Supabase variables.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Hono } from 'hono';
import type { StackContext } from '../context.ts';
import { verifyJwt } from '../keys.ts';
import { bearerFrom } from '../request-role.ts';

type Handler = (request: Request) => Response | Promise<Response>;

let registering: ((handler: Handler) => void) | undefined;
// Modules register their handler while they load, so loads take turns.
let loadQueue: Promise<unknown> = Promise.resolve();
// Each stack in the process loads its own copy of a function's module.
let stacksLoaded = 0;

// `Deno` is one global, yet several stacks may run in one process (tests): each load and each
// request reads the environment of the stack it belongs to.
const functionEnvironment = new AsyncLocalStorage<Record<string, string | undefined>>();

function installDenoShim() {
  (globalThis as { Deno?: unknown }).Deno = {
    serve(handler: Handler) {
      registering?.(handler);
    },
    env: { get: (name: string) => functionEnvironment.getStore()?.[name] ?? process.env[name] },
  };
}

function environmentOf(ctx: StackContext): Record<string, string | undefined> {
  return {
    SMTP_HOST: ctx.config.host,
    SMTP_PORT: String(ctx.smtpPort),
    SMTP_SENDER: 'Agenda 2030 Partnerships <noreply@local.test>',
    SITE_URL: ctx.config.auth.siteUrl,
    ...ctx.config.functionSecrets,
    SUPABASE_URL: ctx.apiUrl,
    SUPABASE_ANON_KEY: ctx.keys.anonKey,
    SUPABASE_SERVICE_ROLE_KEY: ctx.keys.serviceRoleKey,
    SUPABASE_DB_URL: ctx.config.databaseUrl,
  };
}

export function functionRoutes(ctx: StackContext) {
  const app = new Hono();
  const handlers = new Map<string, Promise<Handler | undefined>>();
  const copy = `stack=${++stacksLoaded}`;

  function load(name: string): Promise<Handler | undefined> {
    const file = path.join(ctx.functionsDir, name, 'index.ts');
    if (!existsSync(file)) return Promise.resolve(undefined);
    const loaded = loadQueue.then(async () => {
      installDenoShim();
      let handler: Handler | undefined;
      registering = (registered) => {
        handler = registered;
      };
      try {
        await functionEnvironment.run(environmentOf(ctx), () => import(`${pathToFileURL(file).href}?${copy}`));
      } finally {
        registering = undefined;
      }
      return handler;
    });
    loadQueue = loaded.catch(() => undefined);
    return loaded;
  }

  app.all('/:name{[A-Za-z0-9_-]+}/*', (c) => invoke(c.req.param('name'), c.req.raw));
  app.all('/:name{[A-Za-z0-9_-]+}', (c) => invoke(c.req.param('name'), c.req.raw));

  async function invoke(name: string, request: Request): Promise<Response> {
    if (ctx.config.functions[name]?.verifyJwt !== false) {
      const token = bearerFrom(request.headers.get('authorization'));
      if (!token) return Response.json({ msg: 'Error: Missing authorization header' }, { status: 401 });
      if (!(await verifyJwt(token, ctx.keys.jwtSecret)).ok) return Response.json({ msg: 'Invalid JWT' }, { status: 401 });
    }
    if (!handlers.has(name)) handlers.set(name, load(name));
    let handler: Handler | undefined;
    try {
      handler = await handlers.get(name);
    } catch (error) {
      handlers.delete(name);
      console.error(`[functions] ${name} failed to load`, error);
      return Response.json({ code: 'BOOT_ERROR', message: 'Function failed to start (please check logs)' }, { status: 503 });
    }
    if (!handler) return Response.json({ code: 'NOT_FOUND', message: 'Requested function was not found' }, { status: 404 });
    try {
      return await functionEnvironment.run(environmentOf(ctx), () => handler(request));
    } catch (error) {
      console.error(`[functions] ${name} threw`, error);
      return Response.json({ code: 'WORKER_ERROR', message: 'Function exited due to an error (please check logs)' }, { status: 500 });
    }
  }

  return app;
}
