import { seedOrganisation } from '@ladder/api/demo-data';
import { createTestApp, type TestApp } from '@ladder/api/testing';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ALL_ENTITIES } from './all-entities';

describe('database schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('matches the entities exactly: the schema builder finds nothing to change after the migrations', async () => {
    const options = { ...t.dataSource.options, entities: ALL_ENTITIES, migrationsRun: false } as DataSourceOptions;
    const check = await new DataSource(options).initialize();
    try {
      const diff = await check.driver.createSchemaBuilder().log();
      expect(diff.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await check.destroy();
    }
  });

  it('seeds the organisation only once', async () => {
    await seedOrganisation(t.dataSource);
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM team)::int AS teams, (SELECT count(*) FROM app_user)::int AS users, (SELECT count(*) FROM procedure_version)::int AS versions`,
    );
    expect(counts).toEqual({ teams: 7, users: 8, versions: 1 });
  });

  describe('escalation_event', () => {
    beforeAll(async () => {
      await t.dataSource.query(`
        WITH p AS (SELECT id FROM procedure_version WHERE version = 1), tm AS (SELECT id FROM team WHERE name = 'Service Desk'),
        e AS (
          INSERT INTO escalation (title, category, affected_service, impact, urgency, severity, status, level, team_id,
            procedure_version_id, source, created_at, updated_at, response_due_at, resolution_due_at)
          SELECT 'VPN down', 'network', 'VPN', 'high', 'high', 'S1', 'open', 1, tm.id, p.id, 'portal', now(), now(), now(), now()
          FROM p, tm RETURNING id)
        INSERT INTO escalation_event (escalation_id, type, at) SELECT id, 'created', now() FROM e`);
    });

    it('rejects UPDATE', async () => {
      await expect(t.dataSource.query(`UPDATE escalation_event SET body = 'rewritten'`)).rejects.toThrow(
        /append-only: UPDATE is not allowed/,
      );
    });

    it('rejects DELETE', async () => {
      await expect(t.dataSource.query(`DELETE FROM escalation_event`)).rejects.toThrow(
        /append-only: DELETE is not allowed/,
      );
    });

    it('still holds the event', async () => {
      expect(await t.dataSource.query(`SELECT type, body FROM escalation_event`)).toEqual([
        { type: 'created', body: null },
      ]);
    });
  });
});
