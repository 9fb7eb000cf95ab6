import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

type Env = Record<string, string | undefined>;

/** An unset variable and an empty one mean the same: take the default. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const EnvSchema = z.object({
  PORT: optional(z.coerce.number().int().min(0).max(65535)).default(3000),
  DATABASE_URL: optional(z.string()),
  DATABASE_POOL_SIZE: optional(z.coerce.number().int().min(1).max(100)).default(8),
  LADDER_DATA_DIR: optional(z.string()).default('./.ladder'),
  LADDER_SESSION_SECRET: optional(z.string().min(32, 'LADDER_SESSION_SECRET needs at least 32 characters')),
  LADDER_SESSION_TTL_MINUTES: optional(z.coerce.number().int().min(5).max(43200)).default(720),
  LADDER_SEED_DEMO: optional(z.enum(['true', 'false'])),
  LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])).default('info'),
  NODE_ENV: optional(z.enum(['development', 'production', 'test'])).default('development'),
  PUBLIC_URL: optional(z.url()),
  SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')),
  MAIL_FROM: optional(z.string()).default('Ladder <ladder@localhost>'),
  NOTIFY_MAX_ATTEMPTS: optional(z.coerce.number().int().min(1).max(50)).default(8),
  NOTIFY_BACKOFF_MS: optional(z.coerce.number().int().min(10).max(3_600_000)).default(30_000),
  LADDER_SCHEDULER: optional(z.enum(['on', 'off'])).default('on'),
  LADDER_SCHEDULER_POLL_MS: optional(z.coerce.number().int().min(10).max(60_000)).default(250),
});

/** Outbox delivery: where mail goes, how links are built, how hard to retry. */
export interface NotificationSettings {
  /** Base address of the portal for links in emails and webhooks. */
  publicUrl: string;
  /** Unset: emails are written as .eml files under `<dataDir>/mail` instead of being sent. */
  smtpUrl: string | undefined;
  mailFrom: string;
  maxAttempts: number;
  /** First retry delay; each further retry doubles it. */
  backoffMs: number;
}

/** The deadline scheduler and outbox workers of this instance. */
export interface SchedulerSettings {
  enabled: boolean;
  pollMs: number;
}

/** The typed configuration; the DI token for it too. Built only by `parseAppConfig`. */
export class AppConfig {
  constructor(
    readonly port: number,
    /** Unset: the embedded engine (PGlite) persisted in `dataDir`. */
    readonly databaseUrl: string | undefined,
    readonly dbPoolSize: number,
    readonly dataDir: string,
    /** HS256 key, imported once: verifying with a string secret costs most of a request. */
    readonly sessionSecret: KeyObject,
    readonly sessionTtlMinutes: number,
    /** Seed the organisation and demo history on an empty database. */
    readonly seedDemo: boolean,
    readonly logLevel: string,
    readonly nodeEnv: 'development' | 'production' | 'test',
    readonly notifications: NotificationSettings,
    readonly scheduler: SchedulerSettings,
  ) {}

  get embedded(): boolean {
    return this.databaseUrl === undefined;
  }
}

export function parseAppConfig(env: Env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid configuration: ${z.prettifyError(parsed.error)}`);
  const e = parsed.data;
  const dataDir = resolve(e.LADDER_DATA_DIR);
  const secret = e.LADDER_SESSION_SECRET ?? persistedSecret(dataDir, e.NODE_ENV);
  return new AppConfig(
    e.PORT,
    e.DATABASE_URL,
    e.DATABASE_POOL_SIZE,
    dataDir,
    createSecretKey(Buffer.from(secret, 'utf8')),
    e.LADDER_SESSION_TTL_MINUTES,
    e.LADDER_SEED_DEMO === undefined ? e.DATABASE_URL === undefined : e.LADDER_SEED_DEMO === 'true',
    e.LOG_LEVEL,
    e.NODE_ENV,
    {
      publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
      smtpUrl: e.SMTP_URL,
      mailFrom: e.MAIL_FROM,
      maxAttempts: e.NOTIFY_MAX_ATTEMPTS,
      backoffMs: e.NOTIFY_BACKOFF_MS,
    },
    { enabled: e.LADDER_SCHEDULER === 'on', pollMs: e.LADDER_SCHEDULER_POLL_MS },
  );
}

/** Outside production a missing secret is generated once and kept in the data dir, so sessions survive restarts. */
function persistedSecret(dataDir: string, nodeEnv: string): string {
  if (nodeEnv === 'production')
    throw new Error('Invalid configuration: LADDER_SESSION_SECRET is required in production');
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** The single place that reads the process environment for the app. */
export function loadAppConfig(): AppConfig {
  // eslint-disable-next-line no-restricted-syntax -- the one config parser
  return parseAppConfig(process.env);
}

const TestEnvSchema = z.object({
  DATABASE_TEST_URL: optional(z.string()).default('postgres://root@127.0.0.1:5432/postgres'),
  CI: optional(z.string()),
});

/** Settings of the integration-test harness (libs/api/testing). */
export function loadTestEnv(): { databaseTestUrl: string; ci: boolean } {
  // eslint-disable-next-line no-restricted-syntax -- the one config parser
  const e = TestEnvSchema.parse(process.env);
  return { databaseTestUrl: e.DATABASE_TEST_URL, ci: e.CI === 'true' || e.CI === '1' };
}
