import { FrozenClock } from '@ladder/api/common';
import type { DrillDownPage, TimeAtLevelReport } from '@ladder/contracts';
import { durationBucket, HISTOGRAM_BUCKETS, histogramPercentile } from '@ladder/domain';
import { createTestApp, insertEscalationWithStays, type Stay, type TestApp } from '@ladder/api/testing';
import { AnalyticsModule } from './analytics.module';
import { ReadModelRefresher } from './read-models/read-model.refresher';

describe('GET /api/analytics/time-at-level', () => {
  const clock = new FrozenClock(new Date('2026-11-02T12:00:00Z'));
  let t: TestApp;
  let token: string;

  const escalationWith = (stays: Stay[], severity?: string) => insertEscalationWithStays(t.dataSource, stays, severity);

  /** The exact figures by default: the hand-worked ones below; `rollup` reads the daily rollup instead. */
  const report = (query: string, read: 'exact' | 'rollup' = 'exact') =>
    t.http
      .get(`/api/analytics/time-at-level${query}${read === 'exact' ? '&exact=true' : ''}`)
      .set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    t = await createTestApp({ imports: [AnalyticsModule], clock });
    token = await t.signIn('manager@ladder.demo');
    const sd = (entered: string, left: string | null, more: Partial<Stay> = {}): Stay => ({
      level: 1,
      team: 'Service Desk',
      entered,
      left,
      ...more,
    });
    // Service Desk stays leaving on 2 November: 10, 50 - 30 paused = 20, 30 and 100 minutes; first responses after
    // 4, 5, none and 20 minutes; the 100-minute stay counted 45 minutes on its calendar, 10 of them waiting.
    await escalationWith([
      sd('2026-11-02T08:00Z', '2026-11-02T08:10Z', { firstResponse: '2026-11-02T08:04Z' }),
      { level: 2, team: 'Team Leads', entered: '2026-11-02T08:10Z', left: '2026-11-02T10:10Z' },
    ]);
    await escalationWith([
      sd('2026-11-02T08:00Z', '2026-11-02T08:50Z', { pausedMinutes: 30, firstResponse: '2026-11-02T08:05Z' }),
      { level: 2, team: 'Team Leads', entered: '2026-11-02T08:50Z', left: null },
    ]);
    await escalationWith([sd('2026-11-02T08:00Z', '2026-11-02T08:30Z')]);
    await escalationWith([
      sd('2026-11-02T08:00Z', '2026-11-02T09:40Z', {
        firstResponse: '2026-11-02T08:20Z',
        businessMinutes: 45,
        businessWaitingMinutes: 10,
      }),
      { level: 2, team: 'Team Leads', entered: '2026-11-02T09:40Z', left: null },
    ]);
    // Still at Service Desk since 08:00; and a 50-minute stay that left late on 1 November.
    await escalationWith([sd('2026-11-02T08:00Z', null)]);
    await escalationWith([sd('2026-11-01T23:00Z', '2026-11-01T23:50Z')]);
    // Left at the last instant of 2 November / the first of 3 November.
    await escalationWith(
      [{ level: 3, team: 'Network', entered: '2026-11-02T23:00Z', left: '2026-11-02T23:59:59.999Z' }],
      'S2',
    );
    await escalationWith([{ level: 3, team: 'Database', entered: '2026-11-02T23:00Z', left: '2026-11-03T00:00Z' }]);
  });
  afterAll(() => t.close());

  const stillAtLevel = [
    { level: 1, groupLabel: 'Service Desk', count: 1, oldestMinutes: 240 },
    { level: 2, groupLabel: 'Team Leads', count: 2, oldestMinutes: 190 },
  ];
  const stats = (mean: number, [p10, p25, p50, p75, p90, p95]: number[]) => ({
    meanMinutes: mean,
    p10Minutes: p10,
    p25Minutes: p25,
    p50Minutes: p50,
    p75Minutes: p75,
    p90Minutes: p90,
    p95Minutes: p95,
  });
  /** Every figure of a row to 9 decimals: percentiles interpolate, so floats. */
  const rounded = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value), (_, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v));

  it('gives count, mean and percentiles per level x team for stays that left in the range, open ones apart', async () => {
    const response = await report('?from=2026-11-02&to=2026-11-02');
    expect(response.status).toBe(200);
    const body = response.body as TimeAtLevelReport;
    expect(body).toMatchObject({ from: '2026-11-02', to: '2026-11-02', groupBy: 'team', percentiles: 'exact' });
    expect(body.rows.map((r) => [r.level, r.groupLabel, r.count])).toEqual([
      [1, 'Service Desk', 4],
      [2, 'Team Leads', 1],
      // Left at 23:59:59.999 on 2 November: inside; the Database stay left at midnight: outside.
      [3, 'Network', 1],
    ]);
    // Percentiles interpolate linearly between sorted values (percentile_cont): over 4 values the fraction f sits at
    // rank 3f from 0, so p10 at 0.3, p25 at 0.75, p50 at 1.5, p75 at 2.25, p90 at 2.7, p95 at 2.85.
    expect(rounded(body.rows[0]?.wallClock)).toEqual({
      // [10, 20, 30, 100]: mean 40; p10 10 + 0.3 x 10, p25 10 + 0.75 x 10, p50 between 20 and 30,
      // p75 30 + 0.25 x 70, p90 30 + 0.7 x 70, p95 30 + 0.85 x 70.
      total: stats(40, [13, 17.5, 25, 47.5, 79, 89.5]),
      // [4, 5, 20, 30] (nobody answered the 30-minute stay): p10 4 + 0.3, p25 4 + 0.75, p50 12.5,
      // p75 20 + 0.25 x 10, p90 20 + 0.7 x 10, p95 20 + 0.85 x 10.
      waiting: stats(14.75, [4.3, 4.75, 12.5, 22.5, 27, 28.5]),
      // [6, 15 (50 - 30 paused - 5), 0, 80] sorted [0, 6, 15, 80]: p10 0.3 x 6, p25 0.75 x 6,
      // p75 15 + 0.25 x 65, p90 15 + 0.7 x 65, p95 15 + 0.85 x 65.
      handling: stats(25.25, [1.8, 4.5, 10.5, 31.25, 60.5, 70.25]),
    });
    expect(rounded(body.rows[0]?.businessHours)).toEqual({
      // Counted 45 instead of 100; the others not yet counted, so their wall-clock: [10, 20, 30, 45];
      // p75 30 + 0.25 x 15.
      total: stats(26.25, [13, 17.5, 25, 33.75, 40.5, 42.75]),
      // [4, 5, 30, 10] sorted [4, 5, 10, 30]: p75 10 + 0.25 x 20.
      waiting: stats(12.25, [4.3, 4.75, 7.5, 15, 24, 27]),
      // [6, 15, 0, 45 - 10] sorted [0, 6, 15, 35]: p75 15 + 0.25 x 20.
      handling: stats(14, [1.8, 4.5, 10.5, 20, 29, 32]),
    });
    expect(body.rows[1]?.wallClock.total).toEqual(stats(120, [120, 120, 120, 120, 120, 120]));
    expect(body.rows[2]?.wallClock.total.meanMinutes).toBeCloseTo(3599.999 / 60, 9);
    expect(body.stillAtLevel).toMatchObject(stillAtLevel);
    expect(body.rows[0]?.levelName).toEqual(expect.any(String));
  });

  it('widens with the range: from 1 November adds the 50-minute stay', async () => {
    const body = (await report('?from=2026-11-01&to=2026-11-02')).body as TimeAtLevelReport;
    // [10, 20, 30, 50, 100], ranks 4f from 0: mean 42, p10 at 0.4 = 10 + 0.4 x 10 = 14, p25 at 1 = 20, p50 30,
    // p75 at 3 = 50, p90 at 3.6 = 50 + 0.6 x 50 = 80, p95 at 3.8 = 90.
    expect(body.rows[0]).toMatchObject({ level: 1, count: 5 });
    expect(rounded(body.rows[0]?.wallClock.total)).toEqual(stats(42, [14, 20, 30, 50, 80, 90]));
  });

  it('groups by severity, category or procedure version instead of team', async () => {
    const bySeverity = (await report('?from=2026-11-02&to=2026-11-02&groupBy=severity')).body as TimeAtLevelReport;
    expect(bySeverity.rows.map((r) => [r.level, r.groupKey, r.count])).toEqual([
      [1, 'S1', 4],
      [2, 'S1', 1],
      [3, 'S2', 1],
    ]);
    const byVersion = (await report('?from=2026-11-02&to=2026-11-02&groupBy=procedureVersion'))
      .body as TimeAtLevelReport;
    expect(byVersion.rows.map((r) => [r.level, r.groupLabel, r.count])).toEqual([
      [1, 'Version 1', 4],
      [2, 'Version 1', 1],
      [3, 'Version 1', 1],
    ]);
    expect(byVersion.stillAtLevel.map((r) => [r.level, r.groupLabel, r.count])).toEqual([
      [1, 'Version 1', 1],
      [2, 'Version 1', 2],
    ]);
  });

  it('keeps only the levels, severities and teams asked for, open stays included', async () => {
    const level1 = (await report('?from=2026-11-02&to=2026-11-02&level=1')).body as TimeAtLevelReport;
    expect(level1.rows.map((r) => r.level)).toEqual([1]);
    expect(level1.stillAtLevel.map((r) => r.level)).toEqual([1]);
    const s2 = (await report('?from=2026-11-02&to=2026-11-02&severity=S2')).body as TimeAtLevelReport;
    expect(s2.rows.map((r) => r.groupLabel)).toEqual(['Network']);
    expect(s2.stillAtLevel).toEqual([]);
    const [network]: { id: string }[] = await t.dataSource.query(`SELECT id FROM team WHERE name = 'Network'`);
    const byTeam = (await report(`?from=2026-11-02&to=2026-11-02&teamId=${network?.id}`)).body as TimeAtLevelReport;
    expect(byTeam.rows.map((r) => r.groupLabel)).toEqual(['Network']);
  });

  it('has no finished rows for a day nothing left, but still the open stays', async () => {
    const body = (await report('?from=2026-11-04&to=2026-11-05')).body as TimeAtLevelReport;
    expect(body.rows).toEqual([]);
    expect(body.stillAtLevel).toMatchObject(stillAtLevel);
  });

  it('reads the daily rollup by default: the same counts and means, percentiles read off its histograms', async () => {
    await t.app.get(ReadModelRefresher).refreshAll();
    // Days only; November whole from the monthly rollup; and days around a whole month.
    for (const query of [
      '?from=2026-11-01&to=2026-11-02',
      '?from=2026-11-02&to=2026-11-02&groupBy=severity&level=1',
      '?from=2026-11-01&to=2026-11-30',
      '?from=2026-10-31&to=2026-12-01&groupBy=procedureVersion',
    ]) {
      const exact = (await report(query)).body as TimeAtLevelReport;
      const rollup = (await report(query, 'rollup')).body as TimeAtLevelReport;
      expect(rollup.percentiles).toBe('histogram');
      expect(rollup.rows.map((r) => [r.level, r.groupLabel, r.count])).toEqual(
        exact.rows.map((r) => [r.level, r.groupLabel, r.count]),
      );
      rollup.rows.forEach((row, i) => {
        for (const clock of ['wallClock', 'businessHours'] as const) {
          for (const part of ['total', 'waiting', 'handling'] as const) {
            expect(row[clock][part].meanMinutes).toBeCloseTo(exact.rows[i]?.[clock][part].meanMinutes ?? NaN, 9);
          }
        }
      });
    }
    // Service Desk stays of 10, 20, 30, 50 and 100 minutes, each in a bucket of its own, read as the domain reads one.
    const buckets = new Array<number>(HISTOGRAM_BUCKETS).fill(0);
    for (const minutes of [10, 20, 30, 50, 100]) buckets[durationBucket(minutes * 60)] = 1;
    const [serviceDesk] = ((await report('?from=2026-11-01&to=2026-11-02', 'rollup')).body as TimeAtLevelReport).rows;
    for (const [fraction, figure] of [
      [0.1, 'p10Minutes'],
      [0.25, 'p25Minutes'],
      [0.5, 'p50Minutes'],
      [0.75, 'p75Minutes'],
      [0.9, 'p90Minutes'],
      [0.95, 'p95Minutes'],
    ] as const) {
      expect(serviceDesk?.wallClock.total[figure]).toBeCloseTo((histogramPercentile(buckets, fraction) ?? NaN) / 60, 9);
    }
    // Category filters and grouping are not in the rollup: always exact.
    const byCategory = (await report('?from=2026-11-02&to=2026-11-02&groupBy=category', 'rollup')).body;
    expect((byCategory as TimeAtLevelReport).percentiles).toBe('exact');
  });

  it('drills down from a cell to the stays behind it, longest first, and to the open ones with their age', async () => {
    const drill = (query: string) =>
      t.http.get(`/api/analytics/drill-down${query}`).set('Authorization', `Bearer ${token}`);
    const stays = (await drill('?basis=stints&from=2026-11-02&to=2026-11-02&level=1')).body as DrillDownPage;
    expect(stays.total).toBe(4);
    expect(stays.items.map((i) => Math.round((i.minutes ?? 0) * 1e6) / 1e6)).toEqual([100, 30, 20, 10]);
    expect(stays.items[0]).toMatchObject({ level: 1, teamName: 'Service Desk', severity: 'S1', status: 'open' });
    const second = (await drill('?basis=stints&from=2026-11-02&to=2026-11-02&level=1&pageSize=3&page=2'))
      .body as DrillDownPage;
    expect([second.total, second.items.length]).toEqual([4, 1]);
    const open = (await drill('?basis=still-at-level&from=2026-11-02&to=2026-11-02&level=2')).body as DrillDownPage;
    // Entered 08:50 and 09:40; now is 12:00.
    expect([open.total, open.items.map((i) => i.minutes)]).toEqual([2, [190, 140]]);
  });

  it('answers CSV with every figure of a row', async () => {
    const response = await report('?from=2026-11-02&to=2026-11-02&format=csv');
    expect(response.headers['content-type']).toContain('text/csv');
    const [header, first] = response.text.split('\r\n');
    expect(header?.split(',').slice(0, 11)).toEqual([
      'level',
      'level_name',
      'team',
      'count',
      'wall_total_mean_minutes',
      'wall_total_p10_minutes',
      'wall_total_p25_minutes',
      'wall_total_p50_minutes',
      'wall_total_p75_minutes',
      'wall_total_p90_minutes',
      'wall_total_p95_minutes',
    ]);
    // 4 columns, then 7 figures x 3 parts x 2 clocks.
    expect(header?.split(',')).toHaveLength(46);
    expect(first?.split(',').slice(2, 11)).toEqual([
      'Service Desk',
      '4',
      '40',
      '13',
      '17.5',
      '25',
      '47.5',
      '79',
      '89.5',
    ]);
  });

  it.each([
    ['?from=2026-11-31&to=2026-12-01', 'from'],
    ['?from=2026-11-01&to=tomorrow', 'to'],
    ['?from=2026-11-01', 'to'],
    ['?from=2026-11-03&to=2026-11-02', 'from'],
    ['?from=2024-01-01&to=2026-01-01', 'to'],
    ['?from=2026-11-01&to=2026-11-02&groupBy=assignee', 'groupBy'],
    ['?from=2026-11-01&to=2026-11-02&exact=yes', 'exact'],
    ['?from=2026-11-01&to=2026-11-02&level=9', 'level'],
    ['?from=2026-11-01&to=2026-11-02&teamId=00000000-0000-4000-8000-000000000009', 'teamId'],
    ['?from=2026-11-01&to=2026-11-02&procedureVersionId=00000000-0000-4000-8000-000000000009', 'procedureVersionId'],
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
