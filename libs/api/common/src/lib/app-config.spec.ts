import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAppConfig } from './app-config';

describe('parseAppConfig', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'ladder-config-'));
  const secret = 'x'.repeat(32);

  it('applies the defaults: port 3000, embedded engine, pool of 8, 12 h sessions, demo seeding', () => {
    const config = parseAppConfig({ LADDER_SESSION_SECRET: secret, PORT: '' });
    expect([
      config.port,
      config.databaseUrl,
      config.embedded,
      config.dbPoolSize,
      config.sessionTtlMinutes,
      config.seedDemo,
      config.logLevel,
      config.nodeEnv,
    ]).toEqual([3000, undefined, true, 8, 720, true, 'info', 'development']);
    expect(config.sessionSecret.type).toBe('secret');
  });

  it('uses the server and does not seed when DATABASE_URL is set', () => {
    const config = parseAppConfig({
      LADDER_SESSION_SECRET: secret,
      DATABASE_URL: 'postgres://db/ladder',
      DATABASE_POOL_SIZE: '4',
    });
    expect([config.embedded, config.seedDemo, config.dbPoolSize]).toEqual([false, false, 4]);
  });

  it('generates a session secret once and reuses it from the data dir', () => {
    const dir = dataDir();
    const first = parseAppConfig({ LADDER_DATA_DIR: dir });
    const stored = readFileSync(join(dir, 'session-secret'), 'utf8');
    const second = parseAppConfig({ LADDER_DATA_DIR: dir });
    expect(stored).toHaveLength(64);
    expect(second.sessionSecret.export().toString()).toBe(stored);
    expect(first.sessionSecret.export().equals(second.sessionSecret.export())).toBe(true);
  });

  it('requires the secret in production', () => {
    expect(() => parseAppConfig({ NODE_ENV: 'production', LADDER_DATA_DIR: dataDir() })).toThrow(
      'LADDER_SESSION_SECRET is required in production',
    );
  });

  it('names the variable that is wrong', () => {
    expect(() => parseAppConfig({ LADDER_SESSION_SECRET: secret, PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => parseAppConfig({ LADDER_SESSION_SECRET: 'short' })).toThrow(/at least 32 characters/);
  });
});
