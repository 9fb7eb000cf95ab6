import { createTestApp, type TestApp } from '@ladder/api/testing';
import { ImportClient, sampleFile } from '../testing/import-client';
import { ImportsModule } from './imports.module';

/** The embedded engine (PGlite) that `npm start` uses without a DATABASE_URL: INSERT instead of COPY, one connection. */
describe('history imports on the embedded engine', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ imports: [ImportsModule], engine: 'embedded' });
  }, 120_000);
  afterAll(() => t.close());

  it('writes the CSV sample, and nothing the second time', async () => {
    expect(t.engine).toBe('embedded');
    const manager = new ImportClient(t, 'manager@ladder.demo');
    expect(await manager.imported(sampleFile('csv'), 'csv', 'Zendesk')).toMatchObject({ status: 'done', written: 4 });
    // 4 created + 11 + 5 + 4 + 12 events in the sample; stints 3 + 1 + 3 + 4 (ZD-1004: L1, reopened L1, L2, L1).
    const counts = `SELECT (SELECT count(*)::int FROM escalation) AS escalations,
      (SELECT count(*)::int FROM escalation_event) AS events, (SELECT count(*)::int FROM level_stint) AS stints`;
    expect(await t.dataSource.query(counts)).toEqual([{ escalations: 4, events: 36, stints: 11 }]);
    expect(await manager.imported(sampleFile('csv'), 'csv', 'Zendesk')).toMatchObject({ written: 0, skipped: 4 });
    expect(await t.dataSource.query(counts)).toEqual([{ escalations: 4, events: 36, stints: 11 }]);
  });
});
