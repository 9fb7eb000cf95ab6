/** The only place the e2e suite reads the environment. */
// eslint-disable-next-line no-restricted-syntax -- the e2e suite's single configuration reader
const env = process.env;

const BASE_URL = 'LADDER_E2E_BASE_URL';
const INBOX = 'LADDER_E2E_INBOX';

export const e2eConfig = {
  /** Server on which a fresh database is created and dropped for the run. */
  databaseTestUrl: env['DATABASE_TEST_URL'] ?? 'postgres://root@127.0.0.1:5432/postgres',
  chromium: env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  /** The built API to start (it serves the built portal next to it); relative to the workspace root. */
  apiMain: env['LADDER_E2E_API_MAIN'] ?? 'dist/apps/api/main.js',
  /** In CI a missing PostgreSQL server is a failure; elsewhere the run falls back to the embedded engine. */
  ci: env['CI'] === 'true',
};

/** Environment for the API child process: ours plus the run's overrides. */
export function apiEnvironment(overrides: Record<string, string>): Record<string, string | undefined> {
  return { ...env, ...overrides };
}

/** Global setup hands the API's address to the test files (workers inherit the environment). */
export function publishBaseUrl(url: string): void {
  env[BASE_URL] = url;
}

export function baseUrl(): string {
  const url = env[BASE_URL];
  if (!url) throw new Error('The e2e global setup did not start the API');
  return url;
}

/** Global setup hands the folder its SMTP inbox writes to (support/smtp-inbox.ts) to the test files. */
export function publishInboxDir(dir: string): void {
  env[INBOX] = dir;
}

export function inboxDir(): string {
  const dir = env[INBOX];
  if (!dir) throw new Error('The e2e global setup did not start the SMTP inbox');
  return dir;
}
