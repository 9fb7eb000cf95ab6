import { FrozenClock } from '@ladder/api/common';
import type { TimeAtLevelReport } from '@ladder/contracts';
import { createTestApp, type TestApp } from '@ladder/api/testing';
import { AnalyticsModule } from './analytics.module';

/** One stay at a level: entered and left as ISO times (left null while open), paused minutes excluded. */
interface Stay {
  level: number;
  team: string;
  entered: string;
  left: string | null;
  pausedMinutes?: number;
}

describe('GET /api/analytics/time-at-level', () => {
  const clock = new FrozenClock(new Date('2026-11-02T12:00:00Z'));
  let t: TestApp;
  let token: string;

  /** An escalation with the given stays, written straight to the tables (the workflow has its own specs). */
  async function escalationWith(stays: Stay[]): Promise<void> {
    const [first] = stays;
    if (!first) throw new Error('no stays');
    const [row]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO escalation (title, category, affected_service, impact, urgency, severity, status, level, team_id,
         procedure_version_id, source, created_at, updated_at, response_due_at, resolution_due_at)
       SELECT 'x', 'network', 'VPN', 'high', 'high', 'S1', 'open', $1, t.id, pv.id, 'api', $2, $2, $2, $2
         FROM team t, procedure_version pv WHERE t.name = $3 AND pv.version = 1
       RETURNING id`,
      [first.level, first.entered, first.team],
    );
    for (const stay of stays) {
      await t.dataSource.query(
        `INSERT INTO level_stint (escalation_id, level, team_id, entered_at, left_at, exit, paused_seconds)
         SELECT $1, $2, t.id, $3, $4::timestamptz, CASE WHEN $4::timestamptz IS NULL THEN NULL ELSE 'escalated' END, $5
           FROM team t WHERE t.name = $6`,
        [row?.id, stay.level, stay.entered, stay.left, (stay.pausedMinutes ?? 0) * 60, stay.team],
      );
    }
  }

  const report = (query: string) =>
    t.http.get(`/api/analytics/time-at-level${query}`).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    t = await createTestApp({ imports: [AnalyticsModule], clock });
    token = await t.signIn('manager@ladder.demo');
    const sd = (entered: string, left: string | null, pausedMinutes = 0) => ({
      level: 1,
      team: 'Service Desk',
      entered,
      left,
      pausedMinutes,
    });
    // Service Desk stays leaving on 2 November: 10, 50 - 30 paused = 20, 30 and 100 minutes.
    await escalationWith([
      sd('2026-11-02T08:00Z', '2026-11-02T08:10Z'),
      { level: 2, team: 'Team Leads', entered: '2026-11-02T08:10Z', left: '2026-11-02T10:10Z' },
    ]);
    await escalationWith([
      sd('2026-11-02T08:00Z', '2026-11-02T08:50Z', 30),
      { level: 2, team: 'Team Leads', entered: '2026-11-02T08:50Z', left: null },
    ]);
    await escalationWith([sd('2026-11-02T08:00Z', '2026-11-02T08:30Z')]);
    await escalationWith([
      sd('2026-11-02T08:00Z', '2026-11-02T09:40Z'),
      { level: 2, team: 'Team Leads', entered: '2026-11-02T09:40Z', left: null },
    ]);
    // Still at Service Desk since 08:00; and a 50-minute stay that left late on 1 November.
    await escalationWith([sd('2026-11-02T08:00Z', null)]);
    await escalationWith([sd('2026-11-01T23:00Z', '2026-11-01T23:50Z')]);
    // Left at the last instant of 2 November / the first of 3 November.
    await escalationWith([
      { level: 3, team: 'Network', entered: '2026-11-02T23:00Z', left: '2026-11-02T23:59:59.999Z' },
    ]);
    await escalationWith([{ level: 3, team: 'Database', entered: '2026-11-02T23:00Z', left: '2026-11-03T00:00Z' }]);
  });
  afterAll(() => t.close());

  const stillAtLevel = [
    { level: 1, teamName: 'Service Desk', count: 1, oldestMinutes: 240 },
    { level: 2, teamName: 'Team Leads', count: 2, oldestMinutes: 190 },
  ];

  it('gives count, mean, p50 and p90 per level x team for stays that left in the range, open ones apart', async () => {
    const response = await report('?from=2026-11-02&to=2026-11-02');
    expect(response.status).toBe(200);
    const body = response.body as TimeAtLevelReport;
    expect(body).toMatchObject({ from: '2026-11-02', to: '2026-11-02' });
    expect(body.rows).toMatchObject([
      // [10, 20, 30, 100]: mean 40; p50 between 20 and 30; p90 at rank 2.7 = 30 + 0.7 x 70 = 79.
      { level: 1, teamName: 'Service Desk', count: 4, meanMinutes: 40, p50Minutes: 25 },
      { level: 2, teamName: 'Team Leads', count: 1, meanMinutes: 120, p50Minutes: 120 },
      // Left at 23:59:59.999 on 2 November: inside; the Database stay left at midnight: outside.
      { level: 3, teamName: 'Network', count: 1 },
    ]);
    expect(body.rows[2]?.meanMinutes).toBeCloseTo(3599.999 / 60, 9);
    expect(body.rows[0]?.p90Minutes).toBeCloseTo(79, 9);
    expect(body.rows[1]?.p90Minutes).toBe(120);
    expect(body.stillAtLevel).toMatchObject(stillAtLevel);
    expect(body.rows[0]?.levelName).toEqual(expect.any(String));
  });

  it('widens with the range: from 1 November adds the 50-minute stay', async () => {
    const body = (await report('?from=2026-11-01&to=2026-11-02')).body as TimeAtLevelReport;
    // [10, 20, 30, 50, 100]: mean 42, p50 30, p90 at rank 3.6 = 50 + 0.6 x 50 = 80.
    expect(body.rows[0]).toMatchObject({ level: 1, count: 5, meanMinutes: 42, p50Minutes: 30 });
    expect(body.rows[0]?.p90Minutes).toBeCloseTo(80, 9);
  });

  it('has no finished rows for a day nothing left, but still the open stays', async () => {
    const body = (await report('?from=2026-11-04&to=2026-11-05')).body as TimeAtLevelReport;
    expect(body.rows).toEqual([]);
    expect(body.stillAtLevel).toMatchObject(stillAtLevel);
  });

  it.each([
    ['?from=2026-11-31&to=2026-12-01', 'from'],
    ['?from=2026-11-01&to=tomorrow', 'to'],
    ['?from=2026-11-01', 'to'],
    ['?from=2026-11-03&to=2026-11-02', 'from'],
  ])('answers %s with 400 invalid_filter naming %s', async (query, filter) => {
    const response = await report(query);
    expect([response.status, response.body.code, response.body.details]).toEqual([400, 'invalid_filter', { filter }]);
    expect(response.body.message).toContain(`"${filter}"`);
  });

  it('is open to agents and process owners too', async () => {
    for (const email of ['l1.agent@ladder.demo', 'owner@ladder.demo']) {
      const other = await t.signIn(email);
      const response = await t.http
        .get('/api/analytics/time-at-level?from=2026-11-02&to=2026-11-02')
        .set('Authorization', `Bearer ${other}`);
      expect(response.status).toBe(200);
    }
  });
});
