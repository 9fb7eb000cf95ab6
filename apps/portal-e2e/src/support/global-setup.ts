import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { apiEnvironment, e2eConfig, publishBaseUrl, publishInboxDir } from './e2e-env';
import { type E2eRun, psql, serverReachable, setRun, stopRun, WORKSPACE_ROOT } from './run';
import { startSmtpInbox } from './smtp-inbox';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(url: string, run: E2eRun, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (run.api.exitCode !== null)
      throw new Error(`The API exited with code ${run.api.exitCode} before it was healthy`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API was not healthy within ${timeoutMs} ms`);
}

/** A new database on the test server, or null (embedded engine) when no server answers outside CI. */
function freshServerDatabase(): string | null {
  if (!serverReachable(e2eConfig.databaseTestUrl)) {
    if (e2eConfig.ci) throw new Error(`CI: no PostgreSQL server at ${e2eConfig.databaseTestUrl}`);
    console.warn('\n*** No PostgreSQL server: the browser journeys run against the embedded engine (PGlite). ***\n');
    return null;
  }
  const database = `ladder_e2e_${randomBytes(6).toString('hex')}`;
  psql(e2eConfig.databaseTestUrl, `CREATE DATABASE ${database}`);
  return database;
}

function databaseOn(database: string): string {
  const url = new URL(e2eConfig.databaseTestUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Starts the built API against a fresh database (server, else embedded); its first start seeds the organisation. */
export default async function globalSetup(): Promise<void> {
  const main = resolve(WORKSPACE_ROOT, e2eConfig.apiMain);
  if (!existsSync(main) || !existsSync(join(dirname(main), '../portal/browser/index.html'))) {
    throw new Error('Build first: npx nx run-many -t build -p api portal');
  }
  const database = freshServerDatabase();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'ladder-e2e-'));
  const inbox = join(dataDir, 'inbox');
  mkdirSync(inbox);
  const smtp = await startSmtpInbox(inbox);
  const api = spawn(process.execPath, [main], {
    cwd: WORKSPACE_ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: apiEnvironment({
      PORT: String(port),
      ...(database ? { DATABASE_URL: databaseOn(database) } : {}),
      LADDER_DATA_DIR: dataDir,
      SMTP_URL: smtp.url,
      LADDER_SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
    }),
  });
  const run: E2eRun = { api, database, dataDir, smtp: smtp.server };
  setRun(run);
  const url = `http://127.0.0.1:${port}`;
  try {
    // The first start seeds the organisation and a demo history before it listens.
    await waitForHealth(`${url}/api/health`, run, 180_000);
  } catch (error) {
    await stopRun(run);
    throw error;
  }
  publishBaseUrl(url);
  publishInboxDir(inbox);
}
