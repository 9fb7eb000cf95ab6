import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SMTPServer } from 'smtp-server';
import { e2eConfig } from './e2e-env';
import { stopSmtpInbox } from './smtp-inbox';

export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');

/** What global setup started and global teardown stops (both run in the same context). */
export interface E2eRun {
  api: ChildProcess;
  /** The fresh database on the server; null when the API runs on the embedded engine. */
  database: string | null;
  dataDir: string;
  smtp: SMTPServer;
}

const holder = globalThis as typeof globalThis & { ladderE2eRun?: E2eRun };

export function setRun(run: E2eRun): void {
  holder.ladderE2eRun = run;
}

export function currentRun(): E2eRun | undefined {
  return holder.ladderE2eRun;
}

export function psql(url: string, sql: string): void {
  execFileSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qc', sql], { stdio: 'inherit' });
}

/** Whether the test server answers (psql installed and the server up). */
export function serverReachable(url: string): boolean {
  try {
    execFileSync('psql', [url, '-qtc', 'SELECT 1'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export async function stopRun(run: E2eRun): Promise<void> {
  if (run.api.exitCode === null) {
    const exited = new Promise((done) => run.api.once('exit', done));
    run.api.kill('SIGTERM');
    let grace: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((done) => (grace = setTimeout(done, 10_000)))]);
    // A pending grace timer would keep Jest from exiting for its full 10 s.
    clearTimeout(grace);
    if (run.api.exitCode === null) run.api.kill('SIGKILL');
  }
  await stopSmtpInbox(run.smtp);
  if (run.database) psql(e2eConfig.databaseTestUrl, `DROP DATABASE IF EXISTS ${run.database} WITH (FORCE)`);
  rmSync(run.dataDir, { recursive: true, force: true });
}
