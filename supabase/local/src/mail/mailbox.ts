/**
 * Captures the mails the stack would send (invitations, password recovery, and whatever the Edge
 * Functions send over SMTP), like the Mailpit inbox of Supabase's CLI stack. Kept in memory: a
 * restart empties the inbox.
 */
import { randomUUID } from 'node:crypto';

export interface Mail {
  id: string;
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  sentAt: string;
}

export class Mailbox {
  private readonly mails: Mail[] = [];

  send(mail: Omit<Mail, 'id' | 'sentAt' | 'from'> & { from?: string }): Mail {
    const stored: Mail = {
      id: randomUUID(),
      from: mail.from ?? 'Agenda 2030 Partnerships <noreply@local.test>',
      sentAt: new Date().toISOString(),
      ...mail,
    };
    this.mails.unshift(stored);
    return stored;
  }

  /** Newest first. */
  list(): readonly Mail[] {
    return this.mails;
  }

  get(id: string): Mail | undefined {
    return this.mails.find((mail) => mail.id === id);
  }

  clear() {
    this.mails.length = 0;
  }
}
