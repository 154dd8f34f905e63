import type { StackConfig } from './config.ts';
import type { Database } from './db/database.ts';
import type { Mailbox } from './mail/mailbox.ts';

/** What every part of the stack shares. */
export interface StackContext {
  config: StackConfig;
  db: Database;
  keys: { jwtSecret: string; anonKey: string; serviceRoleKey: string };
  mailbox: Mailbox;
  /** Where storage objects' bytes live (storage.objects holds their rows). */
  storageDir: string;
  /** The Edge Functions served at /functions/v1 (supabase/functions). */
  functionsDir: string;
  /** The API's public address, e.g. http://127.0.0.1:54321 */
  apiUrl: string;
  /** The port the inbox receives mail on over SMTP. */
  smtpPort: number;
}
