import { randomBytes } from 'node:crypto';
import type { ModuleMetadata } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import {
  Clock,
  configureHttpApp,
  HTTP_APP_OPTIONS,
  parseAppConfig,
  PlatformModule,
  SystemClock,
} from '@ladder/api/common';
import { DatabaseModule } from '@ladder/api/database';
import { seedOrganisation } from '@ladder/api/demo-data';
import { IdentityModule, SessionTokenService, toUser, UserEntity } from '@ladder/api/identity';
import { ProceduresModule } from '@ladder/api/procedures';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { acquireTestDatabase, embeddedDatabase, type TestDatabase } from './test-database';

export interface TestAppOptions {
  /** Capability modules under test; identity and procedures (and the database, platform) are always there. */
  imports?: ModuleMetadata['imports'];
  /** Replaces the system clock everywhere, e.g. a FrozenClock for SLA math. */
  clock?: Clock;
  /** `embedded` forces PGlite; `auto` (default) uses the server and falls back to PGlite off CI. */
  engine?: 'auto' | 'embedded';
  /** Environment overrides, e.g. `{ LADDER_SCHEDULER: 'on', SMTP_URL }`; the scheduler is off unless turned on. */
  env?: Record<string, string>;
  /** A second API instance on the first one's database (server engine); closing it leaves the database. */
  sharing?: TestApp;
}

export interface TestApp {
  app: NestExpressApplication;
  /** supertest bound to the app: `t.http.get('/api/me').set('Authorization', `Bearer ${token}`)`. */
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  clock: Clock;
  engine: 'server' | 'embedded';
  /** The database settings this app runs on, for `sharing`. */
  databaseEnv: Record<string, string>;
  /** A bearer token for a seeded user (no password, no rate limit); no CSRF header needed with it. */
  signIn(email: string): Promise<string>;
  /** Closes the app and drops this spec file's database. */
  close(): Promise<void>;
}

/** The real HTTP stack (pipe, filter, guard, logger) on a database of this spec file's own. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.sharing
    ? sharedDatabase(options.sharing)
    : options.engine === 'embedded'
      ? await embeddedDatabase()
      : await acquireTestDatabase();
  const config = parseAppConfig({
    ...database.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_POOL_SIZE: '4',
    LADDER_SESSION_SECRET: randomBytes(32).toString('hex'),
    LADDER_SEED_DEMO: 'false',
    LADDER_SCHEDULER: 'off',
    ...options.env,
  });
  const clock = options.clock ?? new SystemClock();
  const moduleRef = await Test.createTestingModule({
    imports: [
      PlatformModule.forRoot(config),
      DatabaseModule.forRoot({ entities: [] }),
      IdentityModule,
      ProceduresModule,
      ...(options.imports ?? []),
    ],
  })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>(HTTP_APP_OPTIONS);
  configureHttpApp(app);
  try {
    await app.init();
  } catch (error) {
    await app.close();
    await database.drop();
    throw error;
  }
  const dataSource = app.get(DataSource);
  if (database.needsSeed) await seedOrganisation(dataSource);
  const tokens = app.get(SessionTokenService);

  return {
    app,
    http: request(app.getHttpServer()),
    dataSource,
    clock,
    engine: database.engine,
    databaseEnv: database.env,
    async signIn(email) {
      const user = await dataSource.getRepository(UserEntity).findOneByOrFail({ email });
      return tokens.issue(toUser(user)).token;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

function sharedDatabase(first: TestApp): TestDatabase {
  if (first.engine !== 'server') throw new Error('only a server database can be shared by two apps');
  return { engine: 'server', env: first.databaseEnv, needsSeed: false, drop: () => Promise.resolve() };
}
