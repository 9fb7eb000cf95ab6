import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The built API (`node dist/apps/api/main.js`) on a free port of 127.0.0.1, against the bench database. */
export class ApiProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly origin: string,
  ) {}

  static async start(
    main: string,
    databaseUrl: string,
    poolSize: number,
    env: Record<string, string> = {},
  ): Promise<ApiProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, [main], {
      env: {
        NODE_ENV: 'production',
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        DATABASE_POOL_SIZE: String(poolSize),
        LADDER_SESSION_SECRET: randomBytes(48).toString('base64url'),
        LADDER_SEED_DEMO: 'false',
        LADDER_DATA_DIR: mkdtempSync(join(tmpdir(), 'ladder-bench-')),
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const api = new ApiProcess(child, `http://127.0.0.1:${port}`);
    await api.waitUntilHealthy();
    return api;
  }

  /** The API's process id, to read its CPU time. */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Signs in and returns the bearer token. */
  async signIn(email: string, password: string): Promise<string> {
    const response = await fetch(`${this.origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!response.ok) throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { token: string }).token;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await Promise.race([exited, sleep(10_000).then(() => this.child.kill('SIGKILL'))]);
  }

  private async waitUntilHealthy(): Promise<void> {
    for (let attempt = 0; attempt < 120; attempt++) {
      if (this.child.exitCode !== null) throw new Error(`the API exited with code ${this.child.exitCode}`);
      const healthy = await fetch(`${this.origin}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (healthy) return;
      await sleep(500);
    }
    throw new Error('the API did not become healthy within 60 s');
  }
}

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
