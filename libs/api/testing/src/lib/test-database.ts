import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadTestEnv } from '@ladder/api/common';
import { Client } from 'pg';
import { cloneTemplate, databaseUrl } from './template-database';

/** Where one spec file's app keeps its data, and how to throw it away afterwards. */
export interface TestDatabase {
  engine: 'server' | 'embedded';
  /** Environment for `parseAppConfig`: DATABASE_URL on the server, LADDER_DATA_DIR for the embedded engine. */
  env: Record<string, string>;
  /** The organisation still has to be seeded (the server's template already holds it). */
  needsSeed: boolean;
  drop(): Promise<void>;
}

let warned = false;

async function connect(url: string): Promise<Client | undefined> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return client;
  } catch {
    await client.end().catch(() => undefined);
    return undefined;
  }
}

async function serverDatabase(admin: Client, serverUrl: string): Promise<TestDatabase> {
  const name = `ladder_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await cloneTemplate(admin, serverUrl, name);
  // Files the app writes (e.g. mail without SMTP) go to a temporary dir, not the checkout's ./.ladder.
  const dir = await mkdtemp(join(tmpdir(), 'ladder-test-'));
  return {
    engine: 'server',
    env: { DATABASE_URL: databaseUrl(serverUrl, name), LADDER_DATA_DIR: dir },
    needsSeed: false,
    drop: async () => {
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await admin.end();
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

/** The embedded engine in a temporary data dir: the app starts PGlite there itself, exactly as in a demo. */
export async function embeddedDatabase(): Promise<TestDatabase> {
  const dir = await mkdtemp(join(tmpdir(), 'ladder-test-'));
  return {
    engine: 'embedded',
    env: { LADDER_DATA_DIR: dir },
    needsSeed: true,
    drop: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * A database of its own for one spec file: cloned from `ladder_template` on DATABASE_TEST_URL, or, when no server
 * answers on a laptop, the embedded engine (announced loudly). In CI a missing server fails the run.
 */
export async function acquireTestDatabase(): Promise<TestDatabase> {
  const { databaseTestUrl, ci } = loadTestEnv();
  const admin = await connect(databaseTestUrl);
  if (admin) return serverDatabase(admin, databaseTestUrl);
  if (ci)
    throw new Error(`CI: no PostgreSQL server at DATABASE_TEST_URL (${databaseTestUrl}); integration tests need one`);
  if (!warned) {
    warned = true;
    console.warn(
      `\n*** No PostgreSQL at ${databaseTestUrl}: integration tests run on the EMBEDDED engine (PGlite). ***\n`,
    );
  }
  return embeddedDatabase();
}
