/**
 * Settings of the local stack, read from supabase/config.toml like Supabase's CLI reads them,
 * with environment overrides for ports and the database.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'smol-toml';
import type { MailTemplate } from './auth/mail-templates.ts';

export interface StackConfig {
  projectDir: string;
  dataDir: string;
  databaseUrl?: string;
  host: string;
  apiPort: number;
  inboxPort: number;
  /** Where the inbox receives mail over SMTP (`[inbucket] smtp_port`, as Mailpit's). */
  smtpPort: number;
  api: { schemas: string[]; extraSearchPath: string[]; maxRows: number; maxBodyBytes: number };
  auth: {
    siteUrl: string;
    additionalRedirectUrls: string[];
    jwtExpiry: number;
    enableSignup: boolean;
    minimumPasswordLength: number;
    passwordRequirements: string;
    /**
     * `[auth.rate_limit]`, per client address and five minutes: sign_in_sign_ups (sign-up, magic
     * link and recovery mails, as the CLI maps it to GoTrue's RATE_LIMIT_OTP), token_refresh (every
     * /token grant, password sign-ins included), token_verifications (/verify); each a bucket of
     * `burst` requests, GoTrue's 30.
     */
    rateLimit: { signInSignUps: number; tokenRefresh: number; tokenVerifications: number; burst: number; emailSent: number };
    /**
     * The request header whose first value is the client's address for the rate limits, as
     * GoTrue's GOTRUE_RATE_LIMIT_HEADER: set only when a proxy that writes it stands in front
     * (SUPABASE_LOCAL_RATE_LIMIT_HEADER). Without one the socket's address counts, since anyone
     * can send an X-Forwarded-For of their choosing.
     */
    rateLimitHeader?: string;
    refreshTokenReuseInterval: number;
    /** `[auth.email]`: enable_confirmations (GoTrue autoconfirms when it is off), double_confirm_changes, max_frequency and otp_expiry in seconds. */
    email: { enableConfirmations: boolean; doubleConfirmChanges: boolean; maxFrequency: number; otpExpiry: number; otpLength: number };
    /** `[auth.email.template.<type>]`: invite, confirmation, recovery, magic_link. */
    emailTemplates: Record<string, MailTemplate>;
  };
  storage: { fileSizeLimit: number };
  functions: Record<string, { verifyJwt: boolean }>;
  /**
   * `[edge_runtime.secrets]`: the Edge Functions' environment, as the Supabase CLI passes it to
   * them; a value `env(NAME)` is read from the stack's own environment, as the CLI reads it.
   */
  functionSecrets: Record<string, string>;
  /** The functions the stack runs by itself, from `SCHEDULE_<FUNCTION>` secrets (see functionSchedules). */
  schedules: FunctionSchedule[];
}

export interface FunctionSchedule {
  functionName: string;
  /** Five-field cron syntax, in Stockholm time, as the programme counts its days. */
  cron: string;
}

// config.toml is read loosely, as the Supabase CLI reads it: unknown keys are ignored.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Toml = Record<string, any>;

const sizeUnits: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };

export function parseSize(size: string | number): number {
  if (typeof size === 'number') return size;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(size);
  if (!match) throw new Error(`unreadable size: ${size}`);
  const unit = sizeUnits[(match[2] || 'b').toLowerCase()];
  if (!unit) throw new Error(`unknown size unit in ${size}`);
  return Math.round(Number(match[1]) * unit);
}

const durationUnits: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600 };

/** A Go duration as config.toml writes them ("1s", "1m30s"), in seconds. */
export function parseDuration(duration: string | number): number {
  if (typeof duration === 'number') return duration;
  const parts = [...duration.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (!parts.length || parts.map((part) => part[0]).join('') !== duration.trim()) throw new Error(`unreadable duration: ${duration}`);
  return parts.reduce((total, [, amount, unit]) => total + Number(amount) * durationUnits[unit], 0);
}

function resolveSecret(value: string): string {
  const fromEnvironment = /^env\((.+)\)$/.exec(value.trim());
  return fromEnvironment ? (process.env[fromEnvironment[1]] ?? '') : value;
}

/**
 * On Supabase, pg_cron runs scheduled functions (see the migrations); locally the stack does, for
 * each secret `SCHEDULE_<FUNCTION>` (the function's name in capitals, hyphens as underscores). A
 * secret, because the Supabase CLI refuses keys it does not know in config.toml; as a function's
 * environment variable it does no harm.
 */
export function functionSchedules(secrets: Record<string, string>): FunctionSchedule[] {
  return Object.entries(secrets).flatMap(([name, cron]) => {
    const scheduled = /^SCHEDULE_([A-Z0-9_]+)$/.exec(name);
    return scheduled && cron ? [{ functionName: scheduled[1].toLowerCase().replaceAll('_', '-'), cron }] : [];
  });
}

export type ConfigOverrides = Partial<Omit<StackConfig, 'api' | 'auth' | 'storage'>> & {
  api?: Partial<StackConfig['api']>;
  auth?: Partial<Omit<StackConfig['auth'], 'rateLimit' | 'email'>> & {
    rateLimit?: Partial<StackConfig['auth']['rateLimit']>;
    email?: Partial<StackConfig['auth']['email']>;
  };
  storage?: Partial<StackConfig['storage']>;
};

export function loadConfig(projectDir: string, overrides: ConfigOverrides = {}): StackConfig {
  const toml: Toml = parse(readFileSync(path.join(projectDir, 'supabase', 'config.toml'), 'utf8'));
  const env = process.env;
  const functions: StackConfig['functions'] = {};
  for (const [name, settings] of Object.entries<Toml>(toml.functions ?? {})) {
    functions[name] = { verifyJwt: settings.verify_jwt !== false };
  }
  const functionSecrets = Object.fromEntries(
    Object.entries<string>(toml.edge_runtime?.secrets ?? {}).map(([name, value]) => [name.toUpperCase(), resolveSecret(String(value))]),
  );
  const base: StackConfig = {
    projectDir,
    dataDir: env.SUPABASE_LOCAL_DATA_DIR ?? path.join(projectDir, '.local'),
    databaseUrl: env.DATABASE_URL || undefined,
    host: env.SUPABASE_LOCAL_HOST ?? '127.0.0.1',
    apiPort: Number(env.SUPABASE_LOCAL_API_PORT ?? toml.api?.port ?? 54321),
    inboxPort: Number(env.SUPABASE_LOCAL_INBOX_PORT ?? toml.inbucket?.port ?? 54324),
    smtpPort: Number(env.SUPABASE_LOCAL_SMTP_PORT ?? toml.inbucket?.smtp_port ?? 54325),
    api: {
      schemas: toml.api?.schemas ?? ['public'],
      extraSearchPath: toml.api?.extra_search_path ?? ['public', 'extensions'],
      maxRows: toml.api?.max_rows ?? 1000,
      maxBodyBytes: 10 * 1024 ** 2,
    },
    auth: {
      siteUrl: toml.auth?.site_url ?? 'http://127.0.0.1:3000',
      additionalRedirectUrls: toml.auth?.additional_redirect_urls ?? [],
      jwtExpiry: toml.auth?.jwt_expiry ?? 3600,
      enableSignup: toml.auth?.enable_signup ?? true,
      minimumPasswordLength: toml.auth?.minimum_password_length ?? 6,
      passwordRequirements: toml.auth?.password_requirements ?? '',
      rateLimit: {
        signInSignUps: toml.auth?.rate_limit?.sign_in_sign_ups ?? 30,
        tokenRefresh: toml.auth?.rate_limit?.token_refresh ?? 150,
        tokenVerifications: toml.auth?.rate_limit?.token_verifications ?? 30,
        burst: 30,
        // Mails per hour for the whole project, as GoTrue counts them.
        emailSent: toml.auth?.rate_limit?.email_sent ?? 2,
      },
      rateLimitHeader: env.SUPABASE_LOCAL_RATE_LIMIT_HEADER || undefined,
      email: {
        enableConfirmations: toml.auth?.email?.enable_confirmations ?? false,
        doubleConfirmChanges: toml.auth?.email?.double_confirm_changes ?? true,
        maxFrequency: parseDuration(toml.auth?.email?.max_frequency ?? '1m0s'),
        otpExpiry: toml.auth?.email?.otp_expiry ?? 3600,
        otpLength: toml.auth?.email?.otp_length ?? 6,
      },
      refreshTokenReuseInterval: toml.auth?.refresh_token_reuse_interval ?? 10,
      emailTemplates: Object.fromEntries(
        Object.entries<Toml>(toml.auth?.email?.template ?? {}).map(([type, template]) => [type, { subject: template.subject ?? '', contentPath: template.content_path }]),
      ),
    },
    storage: { fileSizeLimit: parseSize(toml.storage?.file_size_limit ?? '50MiB') },
    functions,
    functionSecrets,
    schedules: functionSchedules(functionSecrets),
  };
  return {
    ...base,
    ...overrides,
    api: { ...base.api, ...overrides.api },
    auth: { ...base.auth, ...overrides.auth, rateLimit: { ...base.auth.rateLimit, ...overrides.auth?.rateLimit }, email: { ...base.auth.email, ...overrides.auth?.email } },
    storage: { ...base.storage, ...overrides.storage },
  };
}
