import { FrozenClock } from '@ladder/api/common';
import { createTestApp, teamIds, type TestApp } from '@ladder/api/testing';
import type { BreachCounts, DrillDownPage, SlaBreachesReport, Status } from '@ladder/contracts';
import { AnalyticsModule } from './analytics.module';
import { ReadModelRefresher } from './read-models/read-model.refresher';

type Team = 'Service Desk' | 'Team Leads' | 'Network';

/** One stay at a level (left null while open); pauses as the workflow records them. */
interface Stay {
  level: number;
  team: Team;
  entered: string;
  left: string | null;
  pausedMinutes?: number;
  /** A pause going on now. */
  pausedSince?: string;
  /** Minutes on the SLA calendar, as the refresher counts a finished stay. */
  businessMinutes?: number;
}

interface Case {
  title: string;
  severity: 'S1' | 'S2';
  status: Status;
  opened: string;
  acknowledged?: string;
  resolved?: string;
  /** The scheduler's resolution due time when not opening + target (a reopening restarts it). */
  resolutionDue?: string;
  stays: Stay[];
  events?: { type: string; at: string; visibility: 'internal' | 'public' }[];
  procedureVersion?: number;
}

/** Seeded procedure version 1 targets, minutes: S1 response 15, resolution 240; S2 30 and 480. */
const TARGETS = { S1: { response: 15, resolution: 240 }, S2: { response: 30, resolution: 480 } };
const plus = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();
const updates = (...times: string[]) =>
  times.map((at) => ({ type: 'stakeholder-update', at, visibility: 'public' as const }));
const hourly = (day: string, hours: number[]) => hours.map((h) => `${day}T${String(h).padStart(2, '0')}:00Z`);

/**
 * Now is Wednesday 11 March 2026 12:00 UTC. Budgets per level for S2 (version 1): L1 30, L2 60, L3 240 minutes;
 * for S1: L1 15, L2 30. Update cadence: S1 30, S2 60 minutes. The report runs 1-11 March; weeks start on Monday.
 *
 * A  S2 Sun 1 Mar 23:30, Network now. Everything met exactly at the limit: acknowledged at its due 00:00, resolved
 *    at its due 07:30, stays of 30 (L1), 60 (L2) and 390 - 150 paused = 240 minutes (L3), updates every 60 minutes.
 * B  S2 Mon 2 Mar 09:00, Team Leads now. Everything missed by one minute: acknowledged 09:31, resolved 17:01, a gap
 *    of 61 minutes between the updates at 10:00 and 11:01 (an internal comment at 10:30 is no update); stays L1
 *    420 (over by 390), L2 61 minutes. Most time at L1: 7 hours.
 * C  S2 Tue 3 Mar 08:00, Service Desk now. Resolved 17:00, an hour past its due 16:00; stays L1 60, L2 09:00-15:00
 *    counted as 300 business minutes, L1 120: over budget, and most time at L2 (300 against 180): 5 hours.
 * D  S1 Tue 10 Mar 09:00, Team Leads now, open and unacknowledged: past its response (09:15) and resolution (13:00)
 *    due times; L1 60 minutes, at L2 since 10:00 (26 hours, over 30); no update for 27 hours. Most time at L2: 26 h.
 * E  S2 Wed 11 Mar 11:00, Service Desk, waiting: at L1 for 60 minutes, 10 paused before and 20 paused now: 30, the
 *    budget exactly; acknowledged 11:10, update 11:30, 30 minutes since. No breach.
 * F  S2 Wed 4 Mar 09:00, Service Desk: resolved 09:20 without acknowledgement, before its response due 09:30.
 * G  S2 Thu 5 Mar 09:00, Team Leads: resolved 09:50, reopened 13:00, update 13:30, resolved 14:00. The resolved
 *    afternoon is no gap in updates; L2 stays of 25 and 60 minutes are each within the budget (not summed).
 * J  S2 Fri 6 Mar 09:00 under version 2 (L1 budget 60 for S2), Service Desk: 50 minutes at L1, within it.
 * K  S2 Mon 9 Mar 09:00, Service Desk: only over its L1 budget, 31 minutes against 30.
 * H  S1 Sat 28 Feb 23:00, open and late on every count: before the range.
 */
describe('GET /api/analytics/sla-breaches', () => {
  const clock = new FrozenClock(new Date('2026-03-11T12:00:00Z'));
  let t: TestApp;
  let token: string;
  let team: Record<string, string>;
  let version2: string;

  async function escalation(c: Case): Promise<void> {
    const last = c.stays.at(-1);
    if (!last) throw new Error('no stays');
    const target = TARGETS[c.severity];
    const [row]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO escalation (title, category, affected_service, impact, urgency, severity, status, level, team_id,
         procedure_version_id, source, created_at, updated_at, acknowledged_at, resolved_at, response_due_at,
         resolution_due_at)
       SELECT $1, 'network', 'VPN', 'high', 'high', $2, $3, $4, $5, pv.id, 'api', $6, $6, $7, $8, $9, $10
         FROM procedure_version pv WHERE pv.version = $11
       RETURNING id`,
      [
        c.title,
        c.severity,
        c.status,
        last.level,
        team[last.team],
        c.opened,
        c.acknowledged ?? null,
        c.resolved ?? null,
        plus(c.opened, target.response),
        c.resolutionDue ?? plus(c.opened, target.resolution),
        c.procedureVersion ?? 1,
      ],
    );
    for (const s of c.stays) {
      await t.dataSource.query(
        `INSERT INTO level_stint (escalation_id, level, team_id, entered_at, left_at, exit, paused_seconds,
           paused_since, business_seconds)
         VALUES ($1, $2, $3, $4, $5::timestamptz, CASE WHEN $5::timestamptz IS NULL THEN NULL ELSE 'escalated' END,
           $6, $7, $8)`,
        [
          row?.id,
          s.level,
          team[s.team],
          s.entered,
          s.left,
          (s.pausedMinutes ?? 0) * 60,
          s.pausedSince ?? null,
          s.businessMinutes === undefined ? null : s.businessMinutes * 60,
        ],
      );
    }
    for (const e of c.events ?? []) {
      await t.dataSource.query(
        `INSERT INTO escalation_event (escalation_id, type, at, visibility) VALUES ($1, $2, $3, $4)`,
        [row?.id, e.type, e.at, e.visibility],
      );
    }
  }

  const get = (path: string) => t.http.get(path).set('Authorization', `Bearer ${token}`);
  const report = async (query: string) => {
    const response = await get(`/api/analytics/sla-breaches?from=2026-03-01&to=2026-03-11${query}`);
    expect(response.status).toBe(200);
    return response.body as SlaBreachesReport;
  };
  const drill = async (query: string) => {
    const response = await get(`/api/analytics/drill-down?${query}`);
    expect(response.status).toBe(200);
    return response.body as DrillDownPage;
  };

  /** Counts per kind in the order response, resolution, level budget, update cadence. */
  const counts = (
    escalations: number,
    response: number,
    resolution: number,
    levelBudget: number,
    updateCadence: number,
  ): BreachCounts => {
    const tally = (count: number) => ({ count, rate: escalations ? count / escalations : null });
    return {
      escalations,
      response: tally(response),
      resolution: tally(resolution),
      levelBudget: tally(levelBudget),
      updateCadence: tally(updateCadence),
    };
  };

  beforeAll(async () => {
    t = await createTestApp({ imports: [AnalyticsModule], clock });
    token = await t.signIn('manager@ladder.demo');
    team = await teamIds(t);
    const [version]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO procedure_version (version, name, status, definition, published_at)
       SELECT 2, 'Longer L1 budget', 'retired', jsonb_set(definition, '{levels,0,budgetMinutes,S2}', '60'), now()
         FROM procedure_version WHERE version = 1
       RETURNING id`,
    );
    version2 = version?.id ?? '';
    await escalation({
      title: 'A',
      severity: 'S2',
      status: 'resolved',
      opened: '2026-03-01T23:30Z',
      acknowledged: '2026-03-02T00:00Z',
      resolved: '2026-03-02T07:30Z',
      stays: [
        { level: 1, team: 'Service Desk', entered: '2026-03-01T23:30Z', left: '2026-03-02T00:00Z' },
        { level: 2, team: 'Team Leads', entered: '2026-03-02T00:00Z', left: '2026-03-02T01:00Z' },
        { level: 3, team: 'Network', entered: '2026-03-02T01:00Z', left: '2026-03-02T07:30Z', pausedMinutes: 150 },
      ],
      events: updates(...hourly('2026-03-02', [0, 1, 2, 3, 4, 5, 6]).map((h) => plus(h, 30))),
    });
    await escalation({
      title: 'B',
      severity: 'S2',
      status: 'resolved',
      opened: '2026-03-02T09:00Z',
      acknowledged: '2026-03-02T09:31Z',
      resolved: '2026-03-02T17:01Z',
      stays: [
        { level: 1, team: 'Service Desk', entered: '2026-03-02T09:00Z', left: '2026-03-02T16:00Z' },
        { level: 2, team: 'Team Leads', entered: '2026-03-02T16:00Z', left: '2026-03-02T17:01Z' },
      ],
      events: [
        ...updates('2026-03-02T10:00Z', '2026-03-02T11:01Z', ...hourly('2026-03-02', [12, 13, 14, 15, 16, 17])),
        { type: 'comment', at: '2026-03-02T10:30Z', visibility: 'internal' },
      ],
    });
    await escalation({
      title: 'C',
      severity: 'S2',
      status: 'resolved',
      opened: '2026-03-03T08:00Z',
      acknowledged: '2026-03-03T08:10Z',
      resolved: '2026-03-03T17:00Z',
      stays: [
        { level: 1, team: 'Service Desk', entered: '2026-03-03T08:00Z', left: '2026-03-03T09:00Z' },
        { level: 2, team: 'Team Leads', entered: '2026-03-03T09:00Z', left: '2026-03-03T15:00Z', businessMinutes: 300 },
        { level: 1, team: 'Service Desk', entered: '2026-03-03T15:00Z', left: '2026-03-03T17:00Z' },
      ],
      events: updates(...hourly('2026-03-03', [9, 10, 11, 12, 13, 14, 15, 16])),
    });
    await escalation({
      title: 'D',
      severity: 'S1',
      status: 'open',
      opened: '2026-03-10T09:00Z',
      stays: [
        { level: 1, team: 'Service Desk', entered: '2026-03-10T09:00Z', left: '2026-03-10T10:00Z' },
        { level: 2, team: 'Team Leads', entered: '2026-03-10T10:00Z', left: null },
      ],
    });
    await escalation({
      title: 'E',
      severity: 'S2',
      status: 'waiting',
      opened: '2026-03-11T11:00Z',
      acknowledged: '2026-03-11T11:10Z',
      stays: [
        {
          level: 1,
          team: 'Service Desk',
          entered: '2026-03-11T11:00Z',
          left: null,
          pausedMinutes: 10,
          pausedSince: '2026-03-11T11:40Z',
        },
      ],
      events: updates('2026-03-11T11:30Z'),
    });
    await escalation({
      title: 'F',
      severity: 'S2',
      status: 'resolved',
      opened: '2026-03-04T09:00Z',
      resolved: '2026-03-04T09:20Z',
      stays: [{ level: 1, team: 'Service Desk', entered: '2026-03-04T09:00Z', left: '2026-03-04T09:20Z' }],
    });
    await escalation({
      title: 'G',
      severity: 'S2',
      status: 'resolved',
      opened: '2026-03-05T09:00Z',
      acknowledged: '2026-03-05T09:05Z',
      resolved: '2026-03-05T14:00Z',
      resolutionDue: '2026-03-05T21:00Z',
      stays: [
        { level: 1, team: 'Service Desk', entered: '2026-03-05T09:00Z', left: '2026-03-05T09:25Z' },
        { level: 2, team: 'Team Leads', entered: '2026-03-05T09:25Z', left: '2026-03-05T09:50Z' },
        { level: 2, team: 'Team Leads', entered: '2026-03-05T13:00Z', left: '2026-03-05T14:00Z' },
      ],
      events: [
        { type: 'resolve', at: '2026-03-05T09:50Z', visibility: 'internal' },
        { type: 'reopen', at: '2026-03-05T13:00Z', visibility: 'internal' },
        ...updates('2026-03-05T13:30Z'),
        { type: 'resolve', at: '2026-03-05T14:00Z', visibility: 'internal' },
      ],
    });
    await escalation({
      title: 'J',
      severity: 'S2',
      status: 'resolved',
      opened: '2026-03-06T09:00Z',
      acknowledged: '2026-03-06T09:10Z',
      resolved: '2026-03-06T09:50Z',
      stays: [{ level: 1, team: 'Service Desk', entered: '2026-03-06T09:00Z', left: '2026-03-06T09:50Z' }],
      procedureVersion: 2,
    });
    await escalation({
      title: 'K',
      severity: 'S2',
      status: 'resolved',
      opened: '2026-03-09T09:00Z',
      acknowledged: '2026-03-09T09:10Z',
      resolved: '2026-03-09T09:31Z',
      stays: [{ level: 1, team: 'Service Desk', entered: '2026-03-09T09:00Z', left: '2026-03-09T09:31Z' }],
    });
    await escalation({
      title: 'H',
      severity: 'S1',
      status: 'open',
      opened: '2026-02-28T23:00Z',
      stays: [{ level: 1, team: 'Team Leads', entered: '2026-02-28T23:00Z', left: null }],
    });
  });
  afterAll(() => t.close());

  it('counts breaches per week x severity x team with their rates, totals and where the time went', async () => {
    const body = await report('');
    expect(body).toEqual({
      from: '2026-03-01',
      to: '2026-03-11',
      bucket: 'week',
      series: [
        // Sunday 1 March belongs to the week of Monday 23 February: A, on time everywhere.
        {
          bucketStart: '2026-02-23',
          severity: 'S2',
          teamId: team['Network'],
          teamName: 'Network',
          ...counts(1, 0, 0, 0, 0),
        },
        // C, F, J: C late to resolve and over budget.
        {
          bucketStart: '2026-03-02',
          severity: 'S2',
          teamId: team['Service Desk'],
          teamName: 'Service Desk',
          ...counts(3, 0, 1, 1, 0),
        },
        // B on every count, G on none.
        {
          bucketStart: '2026-03-02',
          severity: 'S2',
          teamId: team['Team Leads'],
          teamName: 'Team Leads',
          ...counts(2, 1, 1, 1, 1),
        },
        {
          bucketStart: '2026-03-09',
          severity: 'S1',
          teamId: team['Team Leads'],
          teamName: 'Team Leads',
          ...counts(1, 1, 1, 1, 1),
        },
        // K over its L1 budget, E (paused) not.
        {
          bucketStart: '2026-03-09',
          severity: 'S2',
          teamId: team['Service Desk'],
          teamName: 'Service Desk',
          ...counts(2, 0, 0, 1, 0),
        },
      ],
      // 9 escalations (H is before the range): response B, D; resolution B, C, D; budget B, C, D, K; updates B, D.
      totals: counts(9, 2, 3, 4, 2),
      whereBreachedTimeWent: [
        { level: 1, levelName: 'Service Desk', escalations: 1, hours: 7 },
        // C 5 hours + D 26 hours.
        { level: 2, levelName: 'Team Lead', escalations: 2, hours: 31 },
      ],
    });
    expect(body.series[1]?.resolution.rate).toBe(1 / 3);
  });

  it('buckets by UTC day and by month of opening', async () => {
    const days = await report('&bucket=day');
    expect(days.series.map((row) => `${row.bucketStart} ${row.teamName}`)).toEqual([
      '2026-03-01 Network', // A
      '2026-03-02 Team Leads', // B
      '2026-03-03 Service Desk', // C
      '2026-03-04 Service Desk', // F
      '2026-03-05 Team Leads', // G
      '2026-03-06 Service Desk', // J
      '2026-03-09 Service Desk', // K
      '2026-03-10 Team Leads', // D
      '2026-03-11 Service Desk', // E
    ]);
    const months = await report('&bucket=month');
    expect(months.series.map((row) => [row.bucketStart, row.severity, row.teamName, row.escalations])).toEqual([
      ['2026-03-01', 'S1', 'Team Leads', 1], // D
      ['2026-03-01', 'S2', 'Network', 1], // A
      ['2026-03-01', 'S2', 'Service Desk', 5], // C, E, F, J, K
      ['2026-03-01', 'S2', 'Team Leads', 2], // B, G
    ]);
    expect(months.totals).toEqual(counts(9, 2, 3, 4, 2));
  });

  it('keeps what the filters keep: severity, team now, a level reached, procedure version', async () => {
    const s1 = await report('&severity=S1');
    expect(s1.series.map((row) => row.bucketStart)).toEqual(['2026-03-09']);
    expect(s1.totals).toEqual(counts(1, 1, 1, 1, 1));
    expect(s1.whereBreachedTimeWent).toEqual([{ level: 2, levelName: 'Team Lead', escalations: 1, hours: 26 }]);

    // B, G and D are with the Team Leads now; B spent most of its time at L1 (7 h), D at L2 (26 h).
    const leads = await report(`&teamId=${team['Team Leads']}`);
    expect(leads.totals).toEqual(counts(3, 2, 2, 2, 2));
    expect(leads.whereBreachedTimeWent.map((row) => [row.level, row.escalations, row.hours])).toEqual([
      [1, 1, 7],
      [2, 1, 26],
    ]);

    // Reached L2 (now or before): A, B, C, D, G. Response B, D; resolution and budget B, C, D; updates B, D.
    expect((await report('&level=2')).totals).toEqual(counts(5, 2, 3, 3, 2));

    // J alone runs under version 2, whose L1 budget of 60 minutes its 50 minutes keep (30 under version 1).
    const v2 = await report(`&procedureVersionId=${version2}`);
    expect(v2.series).toEqual([
      {
        bucketStart: '2026-03-02',
        severity: 'S2',
        teamId: team['Service Desk'],
        teamName: 'Service Desk',
        ...counts(1, 0, 0, 0, 0),
      },
    ]);
  });

  it('drills every cell down to as many escalations as it counts', async () => {
    const body = await report('');
    const kinds = [
      ['response', 'response'],
      ['resolution', 'resolution'],
      ['level-budget', 'levelBudget'],
      ['update-cadence', 'updateCadence'],
    ] as const;
    for (const row of body.series) {
      // The cell's range is its bucket within the report's range.
      const from = row.bucketStart < body.from ? body.from : row.bucketStart;
      const weekEnd = plus(`${row.bucketStart}T00:00Z`, 6 * 24 * 60).slice(0, 10);
      const to = weekEnd > body.to ? body.to : weekEnd;
      const cell = `from=${from}&to=${to}&severity=${row.severity}&teamId=${row.teamId}`;
      expect((await drill(`${cell}&basis=opened`)).total).toBe(row.escalations);
      for (const [kind, field] of kinds) {
        expect([
          row.bucketStart,
          row.teamName,
          kind,
          (await drill(`${cell}&basis=breaches&kind=${kind}`)).total,
        ]).toEqual([row.bucketStart, row.teamName, kind, row[field].count]);
      }
    }
    const range = 'from=2026-03-01&to=2026-03-11';
    for (const [kind, field] of kinds) {
      expect((await drill(`${range}&basis=breaches&kind=${kind}`)).total).toBe(body.totals[field].count);
    }
  });

  it('lists the escalations behind a breach with the minutes they ran over, and where their time went', async () => {
    // Week of 2 March, Team Leads: B acknowledged a minute late.
    const late = await drill(
      `from=2026-03-02&to=2026-03-08&severity=S2&teamId=${team['Team Leads']}&basis=breaches&kind=response`,
    );
    expect(late.items.map((item) => [item.title, item.minutes])).toEqual([['B', 1]]);
    // Over budget: D's L2 stay 1560 - 30; B's L1 420 - 30; C's L2 300 - 60; K's L1 31 - 30.
    const budget = await drill('from=2026-03-01&to=2026-03-11&basis=breaches&kind=level-budget');
    expect(budget.items.map((item) => [item.title, item.minutes])).toEqual([
      ['D', 1530],
      ['B', 390],
      ['C', 240],
      ['K', 1],
    ]);
    // D: 27 hours without an update, cadence 30 minutes; B: 61 minutes against 60.
    const silent = await drill('from=2026-03-01&to=2026-03-11&basis=breaches&kind=update-cadence');
    expect(silent.items.map((item) => [item.title, item.minutes])).toEqual([
      ['D', 1590],
      ['B', 1],
    ]);
    // The L2 row of where the time went: D 26 hours, C 5 hours at L2.
    const atL2 = await drill('from=2026-03-01&to=2026-03-11&basis=breach-time&atLevel=2');
    expect(atL2.items.map((item) => [item.title, item.level, item.minutes])).toEqual([
      ['D', 2, 1560],
      ['C', 2, 300],
    ]);
    expect((await drill('from=2026-03-01&to=2026-03-11&basis=breach-time')).total).toBe(3);
  });

  it('answers its series as CSV', async () => {
    const csv = await get('/api/analytics/sla-breaches?from=2026-03-01&to=2026-03-11&format=csv');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="sla-breaches-2026-03-01-2026-03-11.csv"');
    expect(csv.text).toBe(
      [
        'bucket_start,severity,team,escalations,response_breaches,response_rate,resolution_breaches,resolution_rate,' +
          'level_budget_breaches,level_budget_rate,update_cadence_breaches,update_cadence_rate',
        '2026-02-23,S2,Network,1,0,0,0,0,0,0,0,0',
        '2026-03-02,S2,Service Desk,3,0,0,1,0.333333,1,0.333333,0,0',
        '2026-03-02,S2,Team Leads,2,1,0.5,1,0.5,1,0.5,1,0.5',
        '2026-03-09,S1,Team Leads,1,1,1,1,1,1,1,1,1',
        '2026-03-09,S2,Service Desk,2,0,0,0,0,1,0.5,0,0',
        '',
      ].join('\r\n'),
    );
  });

  it('gives the same figures and drill-downs from the facts the refresher stores as computed live', async () => {
    const queries = ['', '&bucket=day', '&level=2', `&teamId=${team['Team Leads']}`, '&category=network'];
    const kinds = ['response', 'resolution', 'level-budget', 'update-cadence'].map(
      (kind) => `&basis=breaches&kind=${kind}`,
    );
    const drills = [...kinds, '&basis=breach-time', '&basis=breach-time&atLevel=2'];
    const range = 'from=2026-03-01&to=2026-03-11';
    // Also counts the stays' business time, which moves figures (A's pause has no events, so its 390 minutes count).
    await t.app.get(ReadModelRefresher).refreshAll();
    // A, B, C, F, G, J and K are resolved; D and E are open, H is out of the range.
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM escalation_breach`)).toEqual([{ n: 7 }]);
    const fromFacts = await Promise.all(queries.map((query) => report(query)));
    const drilled = await Promise.all(drills.map((query) => drill(`${range}${query}`)));
    // Queued again, every finished escalation is computed live.
    await t.dataSource.query(
      `INSERT INTO escalation_breach_pending (escalation_id, created_at) SELECT id, created_at FROM escalation_breach`,
    );
    for (const [i, query] of queries.entries()) expect(await report(query)).toEqual(fromFacts[i]);
    for (const [i, query] of drills.entries()) expect(await drill(`${range}${query}`)).toEqual(drilled[i]);
  });

  it('answers a range with nothing opened with an empty series', async () => {
    const response = await get('/api/analytics/sla-breaches?from=2026-01-05&to=2026-01-11');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      from: '2026-01-05',
      to: '2026-01-11',
      bucket: 'week',
      series: [],
      totals: counts(0, 0, 0, 0, 0),
      whereBreachedTimeWent: [],
    });
  });

  it.each([
    ['/api/analytics/sla-breaches?from=2026-03-01&to=2026-03-11&bucket=year', 'bucket'],
    ['/api/analytics/sla-breaches?from=2026-03-01&to=2026-03-11&severity=S9', 'severity'],
    ['/api/analytics/drill-down?from=2026-03-01&to=2026-03-11&basis=breaches&kind=late', 'kind'],
    ['/api/analytics/drill-down?from=2026-03-01&to=2026-03-11&basis=breaches', 'kind'],
  ])('answers %s with 400 invalid_filter naming %s', async (path, filter) => {
    const response = await get(path);
    expect([response.status, response.body.code, response.body.details]).toEqual([400, 'invalid_filter', { filter }]);
    expect(response.body.message).toContain(`"${filter}"`);
  });

  it('is for managers, process owners and admins', async () => {
    const agent = await t.signIn('l1.agent@ladder.demo');
    const response = await t.http
      .get('/api/analytics/sla-breaches?from=2026-03-01&to=2026-03-11')
      .set('Authorization', `Bearer ${agent}`);
    expect(response.status).toBe(403);
  });
});
