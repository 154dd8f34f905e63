import { Hono } from 'hono';
import type { StackContext } from '../context.ts';

export function storageRoutes(_ctx: StackContext) {
  const app = new Hono();
  app.all('*', (c) => c.json({ message: 'not implemented yet' }, 501));
  return app;
}
