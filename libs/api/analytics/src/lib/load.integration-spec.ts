import { FrozenClock } from '@ladder/api/common';
import { EscalationsModule } from '@ladder/api/escalations';
import { createTestApp, EscalationClient, type TestApp } from '@ladder/api/testing';
import type { LoadReport } from '@ladder/contracts';
import { AnalyticsModule } from './analytics.module';

/**
 * Three S2 escalations at L1 (Service Desk, capacity 8): Monday 2 March 2026 09:00Z and 09:30Z, Tuesday 14:00Z.
 * In New York (EST, UTC-5) those are Monday 04:00 and 04:30, Tuesday 09:00. One S3 at L3 Applications (capacity 4),
 * resolved, so not open work.
 */
describe('GET /api/analytics/load', () => {
  const clock = new FrozenClock(new Date('2026-03-02T09:00:00Z'));
  let t: TestApp;

  let manager: EscalationClient;
  const openAt = (iso: string, body: object = {}) => {
    clock.set(new Date(iso));
    return manager.create(body);
  };
  const report = (query: string, headers: Record<string, string> = {}) =>
    manager.get(`/api/analytics/load?${query}`, headers);

  beforeAll(async () => {
    t = await createTestApp({ imports: [EscalationsModule, AnalyticsModule], clock });
    manager = await EscalationClient.as(t, 'manager@ladder.demo');
    await openAt('2026-03-02T09:00:00Z');
    await openAt('2026-03-02T09:30:00Z');
    await openAt('2026-03-03T14:00:00Z');
    const s3 = await openAt('2026-03-03T15:00:00Z', {
      category: 'application',
      impact: 'medium',
      urgency: 'medium',
      level: 3,
    });
    await manager.ok(s3.id, 'resolve', { version: s3.version, summary: 'Fixed' });
  });
  afterAll(() => t.close());

  it('counts arrivals per local hour of the week and per day, and open work against capacity', async () => {
    const response = await report('from=2026-03-02&to=2026-03-04&timeZone=America/New_York');
    expect(response.status).toBe(200);
    const body = response.body as LoadReport;
    expect(body.byHourOfWeek).toHaveLength(168);
    expect(body.byHourOfWeek.filter((h) => h.count > 0)).toEqual([
      { weekday: 'mon', hour: 4, count: 2 },
      { weekday: 'tue', hour: 9, count: 1 },
      { weekday: 'tue', hour: 10, count: 1 },
    ]);
    expect(body.byDay).toEqual([
      { date: '2026-03-02', count: 2 },
      { date: '2026-03-03', count: 2 },
      { date: '2026-03-04', count: 0 },
    ]);
    expect(body.teams.map((team) => [team.teamName, team.open, team.capacity, team.openPerAgent])).toEqual([
      ['Service Desk', 3, 8, 0.375],
      ['Team Leads', 0, 3, 0],
      ['Applications', 0, 4, 0],
      ['Database', 0, 2, 0],
      ['Network', 0, 3, 0],
      ['Security', 0, 2, 0],
      ['IT Management', 0, 2, 0],
    ]);
  });

  it('answers the hour-of-week heatmap as CSV, one line per hour', async () => {
    const csv = await report('from=2026-03-02&to=2026-03-04&timeZone=America/New_York', { Accept: 'text/csv' });
    const lines = csv.text.split('\r\n');
    expect(lines).toHaveLength(1 + 168 + 1);
    expect(lines.slice(0, 1)).toEqual(['weekday,hour,arrivals']);
    expect(lines).toContain('mon,4,2');
    expect(lines).toContain('tue,10,1');
  });

  it('counts hours in UTC by default, filters by severity, and names an unknown time zone', async () => {
    const utc = (await report('from=2026-03-02&to=2026-03-02')).body as LoadReport;
    expect(utc.timeZone).toBe('UTC');
    expect(utc.byHourOfWeek.filter((h) => h.count > 0)).toEqual([{ weekday: 'mon', hour: 9, count: 2 }]);
    const s3 = (await report('from=2026-03-02&to=2026-03-04&severity=S3')).body as LoadReport;
    expect(s3.byDay.map((d) => d.count)).toEqual([0, 1, 0]);
    const bad = await report('from=2026-03-02&to=2026-03-04&timeZone=Mars/Olympus');
    expect([bad.status, bad.body.code, bad.body.details]).toEqual([400, 'invalid_filter', { filter: 'timeZone' }]);
    expect(bad.body.message).toContain('unknown IANA time zone "Mars/Olympus"');
  });
});
