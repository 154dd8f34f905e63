/**
 * The inbox's SMTP door, as Mailpit's on port 54325 in Supabase's CLI stack: whatever speaks SMTP
 * to the stack (the Edge Functions' mail, through SMTP_HOST and SMTP_PORT) lands in the Mailbox,
 * so the inbox page and its API show it. Local only: no TLS, any login is accepted, nothing is
 * relayed.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Mailbox } from './mailbox.ts';

export interface RunningSmtpServer {
  port: number;
  close(): Promise<void>;
}

const addressesOf = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((group) => group.value.map((address) => address.address ?? '')).filter(Boolean);

export function startSmtpServer(mailbox: Mailbox, host: string, port: number): Promise<RunningSmtpServer> {
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    // A development inbox accepts every login, as Mailpit does without an auth file.
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? 'local' }),
    size: 10 * 1024 ** 2,
    logger: false,
    banner: 'Local Supabase stack inbox',
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          // The envelope says who it is for (Bcc included), the headers how it reads.
          const to = session.envelope.rcptTo.map((recipient) => recipient.address);
          mailbox.send({
            to: (to.length ? to : addressesOf(parsed.to)).join(', '),
            from: parsed.from?.text || (session.envelope.mailFrom ? session.envelope.mailFrom.address : ''),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: parsed.html || '',
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      // A client that misbehaves must not bring the stack down.
      server.on('error', (error) => console.error('[smtp] ', error.message));
      resolve({
        port: (server.server.address() as AddressInfo).port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
