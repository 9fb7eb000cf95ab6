import { FrozenClock } from '@ladder/api/common';
import type { TimeAtLevelReport } from '@ladder/contracts';
import { createTestApp, insertEscalationWithStays, type TestApp } from '@ladder/api/testing';
import { AnalyticsModule } from '../analytics.module';
import { ReadModelRefresher } from './read-model.refresher';

describe('ReadModelRefresher', () => {
  const clock = new FrozenClock(new Date('2026-11-10T12:00:00Z'));
  let t: TestApp;
  let s3Id: string;

  beforeAll(async () => {
    t = await createTestApp({ imports: [AnalyticsModule], clock });
    // S3 counts on the team's calendar; the Service Desk has none, so business hours: New York, Mon-Fri 09-17
    // (EST, UTC-5). Friday 16:00 to Monday 10:00 local, waiting for a response until Monday 09:45, paused 09:00-09:30.
    s3Id = await insertEscalationWithStays(
      t.dataSource,
      [
        {
          level: 1,
          team: 'Service Desk',
          entered: '2026-11-06T21:00Z',
          left: '2026-11-09T15:00Z',
          firstResponse: '2026-11-09T14:45Z',
          pausedMinutes: 30,
        },
      ],
      'S3',
    );
    await t.dataSource.query(
      `INSERT INTO escalation_event (escalation_id, type, at, from_status, to_status)
       VALUES ($1, 'wait', '2026-11-09T14:00Z', 'acknowledged', 'waiting'),
              ($1, 'resume', '2026-11-09T14:30Z', 'waiting', 'acknowledged')`,
      [s3Id],
    );
    // S1 counts around the clock: 40 minutes, nobody responded.
    await insertEscalationWithStays(t.dataSource, [
      { level: 1, team: 'Service Desk', entered: '2026-11-09T15:00Z', left: '2026-11-09T15:40Z' },
    ]);
    // A climb L1 -> L2 -> L3 the same afternoon, still at L3.
    await insertEscalationWithStays(t.dataSource, [
      { level: 1, team: 'Service Desk', entered: '2026-11-09T16:00Z', left: '2026-11-09T16:10Z' },
      { level: 2, team: 'Team Leads', entered: '2026-11-09T16:10Z', left: '2026-11-09T16:30Z' },
      { level: 3, team: 'Network', entered: '2026-11-09T16:30Z', left: null },
    ]);
    // Still open: nothing to count yet.
    await insertEscalationWithStays(t.dataSource, [
      { level: 1, team: 'Service Desk', entered: '2026-11-09T15:00Z', left: null },
    ]);
  });
  afterAll(() => t.close());

  it('counts finished stints on their SLA calendar with pauses cut out, once', async () => {
    const refresher = t.app.get(ReadModelRefresher);
    expect(await refresher.refresh()).toBe(4);
    expect(await refresher.refresh()).toBe(0);
    const rows: { severity: string; business_seconds: number | null; business_waiting_seconds: number | null }[] =
      await t.dataSource.query(
        `SELECT e.severity, s.business_seconds, s.business_waiting_seconds
           FROM level_stint s JOIN escalation e ON e.id = s.escalation_id
          WHERE s.level = 1 ORDER BY e.severity, s.left_at NULLS LAST`,
      );
    expect(rows).toEqual([
      { severity: 'S1', business_seconds: 2400, business_waiting_seconds: 2400 },
      // The climb's first 10 minutes, nobody responding.
      { severity: 'S1', business_seconds: 600, business_waiting_seconds: 600 },
      { severity: 'S1', business_seconds: null, business_waiting_seconds: null },
      // Friday 16:00-17:00 + Monday 09:00-10:00 less the 30-minute pause = 90 min; waiting: Friday's hour + 09:30-09:45.
      { severity: 'S3', business_seconds: 5400, business_waiting_seconds: 4500 },
    ]);
  });

  it('records how the escalation moved around each finished stint', async () => {
    const climb = await t.dataSource.query(
      `SELECT level, previous_level, previous_exit, earlier_exit, next_level, refreshed_at IS NOT NULL AS refreshed
         FROM level_stint WHERE entered_at >= '2026-11-09T16:00Z' ORDER BY entered_at`,
    );
    expect(climb).toEqual([
      { level: 1, previous_level: null, previous_exit: null, earlier_exit: null, next_level: 2, refreshed: true },
      { level: 2, previous_level: 1, previous_exit: 'escalated', earlier_exit: null, next_level: 3, refreshed: true },
      // Still open: refreshed once it is finished.
      { level: 3, previous_level: null, previous_exit: null, earlier_exit: null, next_level: null, refreshed: false },
    ]);
  });

  it('feeds the business-hours figures of the time-at-level report', async () => {
    const token = await t.signIn('manager@ladder.demo');
    const response = await t.http
      .get('/api/analytics/time-at-level?from=2026-11-09&to=2026-11-09&groupBy=severity')
      .set('Authorization', `Bearer ${token}`);
    const body = response.body as TimeAtLevelReport;
    const s3 = body.rows.find((r) => r.groupKey === 'S3');
    // Wall-clock: Friday 21:00Z to Monday 15:00Z = 66 h, less 30 min paused = 3930 min.
    expect(s3?.wallClock.total.meanMinutes).toBe(3930);
    expect(s3?.businessHours.total.meanMinutes).toBe(90);
    expect(s3?.businessHours.waiting.meanMinutes).toBe(75);
    expect(s3?.businessHours.handling.meanMinutes).toBe(15);
  });
});
