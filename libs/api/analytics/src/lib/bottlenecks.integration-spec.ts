import { FrozenClock } from '@ladder/api/common';
import { createTestApp, teamIds, type TestApp } from '@ladder/api/testing';
import type { BottlenecksReport, DrillDownPage, Severity } from '@ladder/contracts';
import { durationBucket, HISTOGRAM_BUCKETS, histogramPercentile } from '@ladder/domain';
import { AnalyticsModule } from './analytics.module';
import { ReadModelRefresher } from './read-models/read-model.refresher';

/**
 * One stay at a level, times in UTC ('11-10T08:00' is 2026-11-10 08:00Z); `left` null while open. Its exit follows
 * from the next stay: up is an escalation, down a de-escalation, none a resolution.
 */
interface Stay {
  level: number;
  team: string;
  entered: string;
  left: string | null;
  /** Counted time set by the refresher; without it the report counts wall-clock time. */
  businessMinutes?: number;
  pausedMinutes?: number;
  pausedSince?: string;
}

const time = (at: string) => `2026-${at}:00Z`;
const { closeTo } = expect;

/*
 * Procedure version 1 budgets (minutes): L1 S1 15, S2 30; L2 S2 60; L3 S2 240, S3 1440.
 *
 * The day ranked, 10 November (previous period: 9 November). Counted minutes per stay, over budget after the arrow:
 *   L1 Service Desk: A1 S2 08:00-09:00 60 -> 30; A2 S2 20 -> 0; A3 S1 60 wall but 10 counted -> 0 (wall would be 45).
 *       3 stays, 1 over, 0.5 h over, 90 min = 1.5 h; p90 of [10, 20, 60] at rank 1.8 = 20 + 0.8 x 40 = 52.
 *   L2 Team Leads: A1 went on 09:00-11:00 120 -> 60; B2 S2 180 wall but 90 counted -> 30.
 *       2 stays, 2 over, 1.5 h over, 210 min = 3.5 h; p90 of [90, 120] at rank 0.9 = 90 + 0.9 x 30 = 117.
 *   L3 Network: C1 S2 00:00-06:00 360 -> 120: 2 h over, 6 h; p90 360.
 *   L3 Database: D1 S3 60 -> 0: 1 h; p90 60.
 *   All hours 1.5 + 3.5 + 6 + 1 = 12: shares 0.125, 3.5 / 12, 0.5, 1 / 12.
 * 9 November: L3 Network S2 300 min -> 60 = 1 h over (change +1 h, x2); L2 Team Leads S2 30 -> 0 (change +1.5 h, no
 * ratio from 0); L1 and Database had no stay then (no change).
 *
 * Now is 11 November 12:00. Stuck means open for longer than the p90 of the level's stays that left on 10 November,
 * all teams, wall-clock with pauses excluded:
 *   L1 [20, 60 (A3's wall time), 60]: p90 at rank 1.8 = 60. K1 open 60 min: not stuck; K2 61: stuck; K3 180 wall
 *       minus 30 paused minus 120 of the pause still running = 30: not stuck.
 *   L2 [120, 180]: 120 + 0.9 x 60 = 174. K4 180: stuck; K5 170: not.
 *   L3 [60, 360]: 60 + 0.9 x 300 = 330. K6 Network 360 and K7 Database 720: stuck.
 *   L4 no stay left then, so no p90: K8, open for ten days, is not stuck.
 *
 * Moves, all S3 within budget, on 5 November (P2 began on the 4th, N3 was escalated again on the 6th):
 *   P1 1 -> 2 -> 1 -> 2: a round trip sent back by 2 to 1. P2 the same, escalated again at 02:00 on the 5th.
 *   P3 2 -> 3 -> 2 -> 3: sent back by 3 to 2. P4 1 -> 2 -> 1 -> 2 -> 3 -> 2 -> 3: both pairs.
 *   N1 1 -> 2 -> 1 resolved; N2 opened at 2 -> 1 -> 2 (it did not arrive at 2 by an escalation); N3 as P1 but escalated
 *   again on the 6th. Ping-pong: 4 escalations; (2 -> 1) P1, P2, P4 = 3; (3 -> 2) P3, P4 = 2.
 *   S1 1 -> 3 (Network), S2 1 -> 3 (Database), S3 1 -> 2 -> 4; O1 opened at 3; N4 1 -> 2 -> 3 -> 1 (down is no skip).
 *   Skipped: (1 -> 3) 2 moves, (2 -> 4) 1.
 */
describe('GET /api/analytics/bottlenecks', () => {
  const clock = new FrozenClock(new Date(time('11-11T12:00')));
  let t: TestApp;
  let token: string;
  let team: Record<string, string>;

  /** An escalation with the given stays, written straight to the tables (the workflow has its own specs). */
  async function escalation(severity: Severity, stays: Stay[]): Promise<void> {
    const [first] = stays;
    const last = stays[stays.length - 1];
    if (!first || !last) throw new Error('no stays');
    const [row]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO escalation (title, category, affected_service, impact, urgency, severity, status, level, team_id,
         procedure_version_id, source, created_at, updated_at, response_due_at, resolution_due_at, resolved_at)
       SELECT 'x', 'network', 'VPN', 'high', 'high', $1, $2, $3, $4, pv.id, 'api', $5, $5, $5, $5, $6::timestamptz
         FROM procedure_version pv WHERE pv.version = 1
       RETURNING id`,
      [
        severity,
        last.left ? 'resolved' : 'open',
        last.level,
        team[last.team],
        time(first.entered),
        last.left && time(last.left),
      ],
    );
    for (const [i, stay] of stays.entries()) {
      const next = stays[i + 1];
      const exit = !stay.left ? null : !next ? 'resolved' : next.level > stay.level ? 'escalated' : 'de-escalated';
      await t.dataSource.query(
        `INSERT INTO level_stint (escalation_id, level, team_id, entered_at, left_at, exit, paused_seconds,
           paused_since, business_seconds)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          row?.id,
          stay.level,
          team[stay.team],
          time(stay.entered),
          stay.left && time(stay.left),
          exit,
          (stay.pausedMinutes ?? 0) * 60,
          stay.pausedSince && time(stay.pausedSince),
          stay.businessMinutes === undefined ? null : stay.businessMinutes * 60,
        ],
      );
    }
  }

  /** Stays of a ladder walked on 5 November, one hour each from `start`, resolved at the last level. */
  const ladder = (levels: number[], start = '11-05T08:00'): Stay[] =>
    levels.map((level, i) => {
      const at = (hours: number) => new Date(Date.parse(time(start)) + hours * 3_600_000).toISOString().slice(5, 16);
      return { level, team: TEAM_AT[level] ?? 'Network', entered: at(i), left: at(i + 1) };
    });
  const TEAM_AT: Record<number, string> = { 1: 'Service Desk', 2: 'Team Leads', 3: 'Network', 4: 'IT Management' };

  /** Exact percentiles unless `read` is `rollup`: the figures below are worked by hand from every stay. */
  const get = (path: string, query: string, as = token, read: 'exact' | 'rollup' = 'exact') =>
    t.http
      .get(`/api/analytics/${path}?${query}${read === 'exact' ? '&exact=true' : ''}`)
      .set('Authorization', `Bearer ${as}`);
  const report = async (query: string) => {
    const response = await get('bottlenecks', query);
    expect(response.status).toBe(200);
    return response.body as BottlenecksReport;
  };
  const drill = async (query: string) => {
    const response = await get('drill-down', query);
    expect(response.status).toBe(200);
    return response.body as DrillDownPage;
  };
  const day10 = 'from=2026-11-10&to=2026-11-10';
  const day5 = 'from=2026-11-05&to=2026-11-05';

  beforeAll(async () => {
    t = await createTestApp({ imports: [AnalyticsModule], clock });
    token = await t.signIn('manager@ladder.demo');
    team = await teamIds(t);
    const desk = (entered: string, left: string | null, more: Partial<Stay> = {}): Stay => ({
      level: 1,
      team: 'Service Desk',
      entered,
      left,
      ...more,
    });
    const leads = (entered: string, left: string | null, more: Partial<Stay> = {}): Stay => ({
      ...desk(entered, left, more),
      level: 2,
      team: 'Team Leads',
    });
    const l3 = (name: string, entered: string, left: string | null): Stay => ({ level: 3, team: name, entered, left });

    // 10 November.
    await escalation('S2', [desk('11-10T08:00', '11-10T09:00'), leads('11-10T09:00', '11-10T11:00')]);
    await escalation('S2', [desk('11-10T08:00', '11-10T08:20')]);
    await escalation('S1', [desk('11-10T08:00', '11-10T09:00', { businessMinutes: 10 })]);
    await escalation('S2', [leads('11-10T08:00', '11-10T11:00', { businessMinutes: 90 })]);
    await escalation('S2', [l3('Network', '11-10T00:00', '11-10T06:00')]);
    await escalation('S3', [l3('Database', '11-10T10:00', '11-10T11:00')]);
    // 9 November.
    await escalation('S2', [l3('Network', '11-09T00:00', '11-09T05:00')]);
    await escalation('S2', [leads('11-09T10:00', '11-09T10:30')]);
    // Open now.
    await escalation('S2', [desk('11-11T11:00', null)]);
    await escalation('S2', [desk('11-11T10:59', null)]);
    await escalation('S2', [desk('11-11T09:00', null, { pausedMinutes: 30, pausedSince: '11-11T10:00' })]);
    await escalation('S2', [leads('11-11T09:00', null)]);
    await escalation('S2', [leads('11-11T09:10', null)]);
    await escalation('S2', [l3('Network', '11-11T06:00', null)]);
    await escalation('S2', [l3('Database', '11-11T00:00', null)]);
    await escalation('S2', [{ level: 4, team: 'IT Management', entered: '11-01T00:00', left: null }]);
    // 5 November.
    for (const levels of [
      [1, 2, 1, 2],
      [2, 3, 2, 3],
      [1, 2, 1, 2, 3, 2, 3],
      [1, 2, 1],
      [2, 1, 2],
      [1, 3],
      [1, 2, 4],
      [3],
      [1, 2, 3, 1],
    ]) {
      await escalation('S3', ladder(levels));
    }
    await escalation('S3', ladder([1, 2, 1, 2], '11-04T23:00')); // P2: escalated again at 02:00 on the 5th.
    await escalation('S3', ladder([1, 2, 1, 2], '11-05T23:00')); // N3: escalated again at 02:00 on the 6th.
    await escalation('S3', [
      { level: 1, team: 'Service Desk', entered: '11-05T08:00', left: '11-05T09:00' },
      { level: 3, team: 'Database', entered: '11-05T09:00', left: '11-05T10:00' },
    ]);
  });
  afterAll(() => t.close());

  const network = {
    level: 3,
    levelName: 'Specialist teams',
    teamName: 'Network',
    stints: 1,
    overBudgetStints: 1,
    hoursOverBudget: 2,
    totalHours: 6,
    shareOfAllHours: 0.5,
    p90Minutes: 360,
    previousHoursOverBudget: 1,
    changeHours: 1,
    changeRatio: 1,
  };
  const teamLeads = {
    level: 2,
    levelName: 'Team Lead',
    teamName: 'Team Leads',
    stints: 2,
    overBudgetStints: 2,
    hoursOverBudget: 1.5,
    totalHours: 3.5,
    shareOfAllHours: closeTo(3.5 / 12, 12),
    p90Minutes: closeTo(117, 9),
    previousHoursOverBudget: 0,
    changeHours: 1.5,
    changeRatio: null,
  };
  const serviceDesk = {
    level: 1,
    levelName: 'Service Desk',
    teamName: 'Service Desk',
    stints: 3,
    overBudgetStints: 1,
    hoursOverBudget: 0.5,
    totalHours: 1.5,
    shareOfAllHours: 0.125,
    p90Minutes: closeTo(52, 9),
    previousHoursOverBudget: null,
    changeHours: null,
    changeRatio: null,
  };
  const database = {
    level: 3,
    levelName: 'Specialist teams',
    teamName: 'Database',
    stints: 1,
    overBudgetStints: 0,
    hoursOverBudget: 0,
    totalHours: 1,
    shareOfAllHours: closeTo(1 / 12, 12),
    p90Minutes: 60,
    previousHoursOverBudget: null,
    changeHours: null,
    changeRatio: null,
  };
  const stuck = [
    { level: 1, levelName: 'Service Desk', teamName: 'Service Desk', escalations: 1, oldestMinutes: 61 },
    { level: 2, levelName: 'Team Lead', teamName: 'Team Leads', escalations: 1, oldestMinutes: 180 },
    { level: 3, levelName: 'Specialist teams', teamName: 'Database', escalations: 1, oldestMinutes: 720 },
    { level: 3, levelName: 'Specialist teams', teamName: 'Network', escalations: 1, oldestMinutes: 360 },
  ];
  const stuckP90s = [60, 174, 330, 330];

  it('ranks (level, team) by hours over budget, counted time winning over wall-clock, against the day before', async () => {
    const body = await report(day10);
    expect(body).toMatchObject({ from: '2026-11-10', to: '2026-11-10', previousFrom: '2026-11-09' });
    expect(body.previousTo).toBe('2026-11-09');
    expect(body.ranking).toEqual(
      [network, teamLeads, serviceDesk, database].map((row) => ({
        ...row,
        teamId: team[row.teamName],
      })),
    );
    // Only the move A1 1 -> 2 that day: no round trip, no level skipped.
    expect(body.pingPong).toEqual({ escalations: 0, pairs: [] });
    expect(body.skippedLevels).toEqual([]);
  });

  it('lists what is stuck now past the p90 of its level, not what is open just as long or paused', async () => {
    const body = await report(day10);
    expect(body.stuck).toMatchObject(stuck);
    expect(body.stuck.map((row) => row.levelP90Minutes)).toEqual(stuckP90s.map((p90) => closeTo(p90, 9)));
  });

  it('keeps the first `limit` pairs, shares still of all hours, and compares a two-day range with the two before', async () => {
    const top = await report(`${day10}&limit=2`);
    expect(top.ranking.map((row) => [row.teamName, row.shareOfAllHours])).toEqual([
      ['Network', 0.5],
      ['Team Leads', closeTo(3.5 / 12, 12)],
    ]);
    const twoDays = await report('from=2026-11-09&to=2026-11-10');
    expect([twoDays.previousFrom, twoDays.previousTo]).toEqual(['2026-11-07', '2026-11-08']);
    // Network over the two days: 1 + 2 hours over budget, none the two days before.
    expect(twoDays.ranking[0]).toMatchObject({
      teamName: 'Network',
      hoursOverBudget: 3,
      previousHoursOverBudget: null,
    });
  });

  it('counts round trips and skipped levels when the move is made', async () => {
    const body = await report(day5);
    expect(body.pingPong).toEqual({
      escalations: 4,
      pairs: [
        { sentBackFromLevel: 2, sentBackToLevel: 1, escalations: 3 },
        { sentBackFromLevel: 3, sentBackToLevel: 2, escalations: 2 },
      ],
    });
    expect(body.skippedLevels).toEqual([
      { fromLevel: 1, toLevel: 3, moves: 2 },
      { fromLevel: 2, toLevel: 4, moves: 1 },
    ]);
    // With the 6th, N3 is escalated again from 1 after 2 sent it back.
    const twoDays = await report('from=2026-11-05&to=2026-11-06');
    expect(twoDays.pingPong).toMatchObject({ escalations: 5, pairs: [{ sentBackFromLevel: 2, escalations: 4 }, {}] });
  });

  it('reads the team and level filters as the stay`s, and severity as the escalation`s', async () => {
    const leadsOnly = await report(`${day10}&teamId=${team['Team Leads']}`);
    // Team Leads hold all the hours kept; the stuck threshold stays that of level 2 over all its teams.
    expect(leadsOnly.ranking).toEqual([{ ...teamLeads, teamId: team['Team Leads'], shareOfAllHours: 1 }]);
    expect(leadsOnly.stuck).toMatchObject([{ teamName: 'Team Leads', levelP90Minutes: closeTo(174, 9) }]);
    // Level 3: 6 + 1 hours, shares 6/7 and 1/7.
    const level3 = await report(`${day10}&level=3`);
    expect(level3.ranking.map((row) => [row.teamName, row.shareOfAllHours])).toEqual([
      ['Network', closeTo(6 / 7, 12)],
      ['Database', closeTo(1 / 7, 12)],
    ]);
    expect(level3.stuck.map((row) => row.teamName)).toEqual(['Database', 'Network']);
    // S1: only A3, 10 counted minutes within its 15; the L1 threshold is then A3's 60 wall minutes: K2 is S2, so none.
    const s1 = await report(`${day10}&severity=S1`);
    expect(s1.ranking).toMatchObject([
      { teamName: 'Service Desk', stints: 1, hoursOverBudget: 0, totalHours: closeTo(10 / 60, 12), p90Minutes: 10 },
    ]);
    expect(s1.stuck).toEqual([]);
    // Moves on the 5th made from level 1: round trips sent back to 1 (P1, P2, P4) and the skips 1 -> 3.
    const fromLevel1 = await report(`${day5}&level=1`);
    expect(fromLevel1.pingPong).toEqual({
      escalations: 3,
      pairs: [{ sentBackFromLevel: 2, sentBackToLevel: 1, escalations: 3 }],
    });
    expect(fromLevel1.skippedLevels).toEqual([{ fromLevel: 1, toLevel: 3, moves: 2 }]);
  });

  it('drills every cell down to as many rows as it counts', async () => {
    const cell = (level: number, name: string) => `level=${level}&teamId=${team[name]}`;
    const overBudget = await drill(`basis=over-budget&${day10}&${cell(2, 'Team Leads')}`);
    // 2 stays over budget, 60 + 30 minutes past it = 1.5 hours.
    expect(overBudget.total).toBe(2);
    expect(overBudget.items.map((item) => item.minutes)).toEqual([60, 30]);
    expect((await drill(`basis=over-budget&${day10}`)).total).toBe(4);
    const previous = await drill(`basis=over-budget&from=2026-11-09&to=2026-11-09&${cell(3, 'Network')}`);
    expect([previous.total, previous.items[0]?.minutes]).toEqual([1, 60]);
    expect((await drill(`basis=stints&${day10}&${cell(1, 'Service Desk')}`)).total).toBe(3);

    expect((await drill(`basis=ping-pong&${day5}`)).total).toBe(4);
    expect((await drill(`basis=ping-pong&${day5}&fromLevel=2&toLevel=1`)).total).toBe(3);
    expect((await drill(`basis=ping-pong&${day5}&fromLevel=3&toLevel=2`)).total).toBe(2);
    expect((await drill(`basis=skipped-levels&${day5}&fromLevel=1&toLevel=3`)).total).toBe(2);
    expect((await drill(`basis=skipped-levels&${day5}&fromLevel=2&toLevel=4`)).total).toBe(1);

    expect((await drill(`basis=stuck&${day10}`)).total).toBe(4);
    expect((await drill(`basis=stuck&${day10}&level=3`)).total).toBe(2);
    const desk = await drill(`basis=stuck&${day10}&${cell(1, 'Service Desk')}`);
    expect(desk.items).toMatchObject([{ level: 1, teamName: 'Service Desk', minutes: 61 }]);
  });

  it('answers its ranking as CSV', async () => {
    const csv = await get('bottlenecks', `${day10}&format=csv`);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="bottlenecks-2026-11-10-2026-11-10.csv"');
    expect(csv.text).toBe(
      [
        'level,level_name,team,stints,over_budget_stints,hours_over_budget,total_hours,share_of_all_hours,p90_minutes,' +
          'previous_hours_over_budget,change_hours,change_ratio',
        '3,Specialist teams,Network,1,1,2,6,0.5,360,1,1,1',
        '2,Team Lead,Team Leads,2,2,1.5,3.5,0.291667,117,0,1.5,',
        '1,Service Desk,Service Desk,3,1,0.5,1.5,0.125,52,,,',
        '3,Specialist teams,Database,1,0,0,1,0.083333,60,,,',
        '',
      ].join('\r\n'),
    );
  });

  it('answers a range with nothing in it with empty lists', async () => {
    expect(await report('from=2026-01-01&to=2026-01-01')).toEqual({
      from: '2026-01-01',
      to: '2026-01-01',
      previousFrom: '2025-12-31',
      previousTo: '2025-12-31',
      percentiles: 'exact',
      ranking: [],
      pingPong: { escalations: 0, pairs: [] },
      skippedLevels: [],
      stuck: [],
    });
  });

  it.each([
    [`${day10}&limit=0`, 'limit'],
    [`${day10}&severity=S7`, 'severity'],
    [`${day10}&level=9`, 'level'],
    [`${day10}&teamId=00000000-0000-4000-8000-000000000000`, 'teamId'],
    ['from=2026-11-10&to=2026-11-31', 'to'],
    ['from=2026-11-11&to=2026-11-10', 'from'],
  ])('answers %s with 400 invalid_filter naming %s', async (query, name) => {
    const response = await get('bottlenecks', query);
    expect([response.status, response.body.code, response.body.details]).toEqual([
      400,
      'invalid_filter',
      { filter: name },
    ]);
    expect(response.body.message).toContain(`"${name}"`);
  });

  it('ranks from the daily rollup by default: the same figures, the p90 read off its histogram', async () => {
    await t.app.get(ReadModelRefresher).refreshAll();
    const exact = await report(day10);
    const response = await get('bottlenecks', day10, token, 'rollup');
    const rollup = response.body as BottlenecksReport;
    expect([exact.percentiles, rollup.percentiles]).toEqual(['exact', 'histogram']);
    const withoutP90 = (r: BottlenecksReport) => r.ranking.map(({ p90Minutes: _, ...rest }) => rest);
    expect(withoutP90(rollup)).toEqual(withoutP90(exact));
    // Network's one stay of 6 hours on 10 November: the p90 of a single value, read in its bucket.
    const buckets = new Array<number>(HISTOGRAM_BUCKETS).fill(0);
    buckets[durationBucket(6 * 3600)] = 1;
    const network = rollup.ranking.find((row) => row.teamName === 'Network');
    expect(network?.p90Minutes).toBeCloseTo((histogramPercentile(buckets, 0.9) ?? NaN) / 60, 9);
    // Round trips and skips as the refresher recorded them: the same as read off the ladders.
    for (const range of [day5, day10, 'from=2026-11-01&to=2026-11-11']) {
      const [slow, fast] = [await report(range), (await get('bottlenecks', range, token, 'rollup')).body];
      expect([fast.pingPong, fast.skippedLevels]).toEqual([slow.pingPong, slow.skippedLevels]);
    }
    // Level 3's p90 from the histogram of its stays on 10 November (Network 6 h, Database 1 h, wall-clock): the
    // Database stay open 12 hours is past it.
    const level3 = new Array<number>(HISTOGRAM_BUCKETS).fill(0);
    level3[durationBucket(6 * 3600)] = 1;
    level3[durationBucket(3600)] = 1;
    const database = rollup.stuck.find((row) => row.level === 3 && row.teamName === 'Database');
    expect(database).toMatchObject({ escalations: 1, oldestMinutes: 720 });
    expect(database?.levelP90Minutes).toBeCloseTo((histogramPercentile(level3, 0.9) ?? NaN) / 60, 9);
  });

  it('is for managers, process owners and admins', async () => {
    expect((await get('bottlenecks', day10, await t.signIn('l1.agent@ladder.demo'))).status).toBe(403);
    expect((await get('bottlenecks', day10, await t.signIn('owner@ladder.demo'))).status).toBe(200);
    expect((await get('bottlenecks', day10, await t.signIn('admin@ladder.demo'))).status).toBe(200);
  });
});
