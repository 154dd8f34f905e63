import { Hono } from 'hono';
import type { StackContext } from '../context.ts';

export function createInboxApp(ctx: StackContext) {
  const app = new Hono();
  app.get('/api/v1/messages', (c) => c.json({ messages: ctx.mailbox.list() }));
  return app;
}
