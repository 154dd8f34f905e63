/**
 * The mail inbox (like the Mailpit of Supabase's CLI stack): an accessible HTML list of the
 * captured mails with their links, and a small JSON API in Mailpit's shape for tests and tools.
 */
import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import type { StackContext } from '../context.ts';
import type { Mail } from './mailbox.ts';

const summary = (mail: Mail) => ({
  ID: mail.id,
  From: { Address: mail.from },
  To: [{ Address: mail.to }],
  Subject: mail.subject,
  Created: mail.sentAt,
  Snippet: mail.text.slice(0, 200),
});

const page = (title: string, body: unknown) => html`<!doctype html>
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${title}</title>
      <style>
        body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1b1f24; background: #f6f7f9; }
        header, main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
        table { width: 100%; border-collapse: collapse; background: #fff; }
        th, td { text-align: left; padding: 0.5rem; border-bottom: 1px solid #d0d5dc; }
        a { color: #0b5cad; }
        a:focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
        article { background: #fff; padding: 1rem; border: 1px solid #d0d5dc; }
        pre { white-space: pre-wrap; }
      </style>
    </head>
    <body>
      <header><p><a href="/">Local mail inbox</a></p></header>
      <main>${body}</main>
    </body>
  </html>`;

export function createInboxApp(ctx: StackContext) {
  const app = new Hono();

  app.get('/', (c) => {
    const mails = ctx.mailbox.list();
    const rows = mails.map(
      (mail) => html`<tr>
        <td>${new Date(mail.sentAt).toLocaleString('sv-SE')}</td>
        <td>${mail.to}</td>
        <td><a href="/mail/${mail.id}">${mail.subject}</a></td>
      </tr>`,
    );
    return c.html(
      page(
        'Local mail inbox',
        html`<h1>Local mail inbox</h1>
          <p>Invitation, password-recovery and reminder mails the local stack would have sent. Nothing leaves this machine.</p>
          ${mails.length === 0
            ? html`<p>No mail yet.</p>`
            : html`<table>
                <caption>${mails.length} mails, newest first</caption>
                <thead><tr><th scope="col">Sent</th><th scope="col">To</th><th scope="col">Subject</th></tr></thead>
                <tbody>${rows}</tbody>
              </table>`}`,
      ),
    );
  });

  app.get('/mail/:id', (c) => {
    const mail = ctx.mailbox.get(c.req.param('id'));
    if (!mail) return c.html(page('Mail not found', html`<h1>Mail not found</h1>`), 404);
    return c.html(
      page(
        mail.subject,
        html`<h1>${mail.subject}</h1>
          <dl>
            <dt>From</dt><dd>${mail.from}</dd>
            <dt>To</dt><dd>${mail.to}</dd>
            <dt>Sent</dt><dd>${new Date(mail.sentAt).toLocaleString('sv-SE')}</dd>
          </dl>
          <article aria-label="Message">${raw(mail.html)}</article>
          <h2>Plain text</h2>
          <pre>${mail.text}</pre>`,
      ),
    );
  });

  app.get('/api/v1/messages', (c) => {
    const messages = ctx.mailbox.list().map(summary);
    return c.json({ total: messages.length, messages_count: messages.length, messages });
  });

  app.get('/api/v1/message/:id', (c) => {
    const mail = ctx.mailbox.get(c.req.param('id'));
    if (!mail) return c.json({ error: 'message not found' }, 404);
    return c.json({ ...summary(mail), Text: mail.text, HTML: mail.html });
  });

  app.delete('/api/v1/messages', (c) => {
    ctx.mailbox.clear();
    return c.body(null, 204);
  });

  return app;
}
