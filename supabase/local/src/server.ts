/** The API gateway: one origin with /rest/v1, /auth/v1, /storage/v1 and /functions/v1, as Supabase's. */
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import type { StackContext } from './context.ts';
import { isDatabaseUnavailable } from './db/database.ts';
import { restRoutes } from './rest/rest-routes.ts';
import { authRoutes } from './auth/auth-routes.ts';
import { storageRoutes } from './storage/storage-routes.ts';
import { functionRoutes } from './functions/function-routes.ts';
import { bodyLimit } from './body-limit.ts';

export function createApiApp(ctx: StackContext) {
  const app = new Hono();
  app.use(
    '*',
    cors({
      origin: (origin) => origin || '*',
      allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      exposeHeaders: ['Content-Range', 'Content-Location', 'Content-Type', 'Location', 'Range-Unit', 'X-Supabase-Api-Version', 'Preference-Applied'],
      credentials: true,
      maxAge: 3600,
    }),
  );
  app.use('*', bodyLimit(ctx));
  app.route('/rest/v1', restRoutes(ctx));
  app.route('/auth/v1', authRoutes(ctx));
  app.route('/storage/v1', storageRoutes(ctx));
  app.route('/functions/v1', functionRoutes(ctx));
  app.notFound((c) => c.json({ message: 'no Route matched with those values' }, 404));
  // The last line of defence: each API answers its own errors; what escapes them is either the
  // database being away (a retry will do) or a defect of the stack, logged to be found.
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    if (isDatabaseUnavailable(error)) return c.json({ message: 'Database is unavailable, please retry' }, 503);
    console.error('[api] unexpected error', error);
    return c.json({ message: 'An unexpected error occurred' }, 500);
  });
  return app;
}
