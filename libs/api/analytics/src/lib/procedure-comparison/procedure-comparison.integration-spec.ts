import { createTestApp, teamIds, type TestApp } from '@ladder/api/testing';
import type { ComparisonMetric, ProcedureComparisonReport } from '@ladder/contracts';
import { AnalyticsModule } from '../analytics.module';

type Team = 'Service Desk' | 'Team Leads';

/** `count` escalations alike, opened a minute apart from 09:00 of `day`, under procedure version `version`. */
interface Group {
  version: 1 | 2;
  severity: 'S1' | 'S2' | 'S3';
  category: string;
  count: number;
  day: string;
  /** Consecutive stays from the opening; the last one ends at the resolution (or is still open). */
  stays: { level: number; team: Team; minutes: number; businessMinutes?: number }[];
  /** The first this many miss their resolution target (due 30 minutes after opening, else 12 hours). */
  resolutionBreached?: number;
  /** The overall score of the one survey response about escalation i, if any. */
  score?: (i: number) => number | undefined;
  open?: boolean;
}

const plus = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/**
 * Version 1 (side A), all opened Monday 2 March 2026:
 *  A1  S1 network x30: L1 60 min, L2 120 min (60 on the SLA calendar); the first 10 miss their resolution target;
 *      one response each, 15 scoring 5 and 15 scoring 2 (CSAT 0.5).
 *  A2  S2 database x10: L1 30 min; each answered 4 (CSAT 1).
 * Version 2 (side B), all opened Thursday 12 March 2026:
 *  B1  S1 network x10: L1 30 min, L2 60 min; each answered 5 (CSAT 1).
 *  B2  S2 database x30: L1 30 min; each answered 3 (CSAT 0).
 *  B3  S3 network x2: L1 30 min: a stratum side A lacks, so left out of every estimate.
 *  B4  S1 network x1, still open at L1: not finished, so not measured.
 * Every escalation is acknowledged 5 minutes after opening, within its 15-minute response target.
 *
 * The compared strata weigh the same, (30 + 10) / 80 = 0.5 each, for every metric. Side A is mostly S1, side B mostly
 * S2, so a comparison blind to case mix overstates the improvement:
 *  time at L1 (mean h)   A 0.5*1 + 0.5*0.5 = 0.75, B 0.5*0.5 + 0.5*0.5 = 0.5: -0.25; naive 35/40 = 0.875 vs 0.5: -0.375
 *  time at L2 (mean h)   only S1 network: A 2, B 1: -1, but side B has 10 (< 20): too few
 *  resolution breaches   A 0.5*(10/30) + 0 = 1/6, B 0: -1/6; naive 10/40 = 0.25 vs 0
 *  response breaches     0 against 0
 *  MTTR (median h)       A 0.5*3 + 0.5*0.5 = 1.75, B 0.5*1.5 + 0.5*0.5 = 1: -0.75; naive medians 3 vs 0.5: -2.5
 *  CSAT                  A 0.5*0.5 + 0.5*1 = 0.75, B 0.5*1 + 0.5*0 = 0.5: -0.25; naive 25/40 = 0.625 vs 10/40 = 0.25
 * Every stratum of a time and of the response breaches holds equal values, so its bootstrap interval is the point.
 * On business hours A1's L2 stays count 60 minutes: time at L2 is 1 against 1, and A's MTTR 0.5*2 + 0.5*0.5 = 1.25.
 */
const GROUPS: Group[] = [
  {
    version: 1,
    severity: 'S1',
    category: 'network',
    count: 30,
    day: '2026-03-02',
    stays: [
      { level: 1, team: 'Service Desk', minutes: 60 },
      { level: 2, team: 'Team Leads', minutes: 120, businessMinutes: 60 },
    ],
    resolutionBreached: 10,
    score: (i) => (i < 15 ? 5 : 2),
  },
  {
    version: 1,
    severity: 'S2',
    category: 'database',
    count: 10,
    day: '2026-03-02',
    stays: [{ level: 1, team: 'Service Desk', minutes: 30 }],
    score: () => 4,
  },
  {
    version: 2,
    severity: 'S1',
    category: 'network',
    count: 10,
    day: '2026-03-12',
    stays: [
      { level: 1, team: 'Service Desk', minutes: 30 },
      { level: 2, team: 'Team Leads', minutes: 60 },
    ],
    score: () => 5,
  },
  {
    version: 2,
    severity: 'S2',
    category: 'database',
    count: 30,
    day: '2026-03-12',
    stays: [{ level: 1, team: 'Service Desk', minutes: 30 }],
    score: () => 3,
  },
  {
    version: 2,
    severity: 'S3',
    category: 'network',
    count: 2,
    day: '2026-03-12',
    stays: [{ level: 1, team: 'Service Desk', minutes: 30 }],
  },
  {
    version: 2,
    severity: 'S1',
    category: 'network',
    count: 1,
    day: '2026-03-12',
    stays: [{ level: 1, team: 'Service Desk', minutes: 30 }],
    open: true,
  },
];

describe('GET /api/analytics/procedure-comparison', () => {
  let t: TestApp;
  let token: string;
  let team: Record<string, string>;
  const version: Record<1 | 2, string> = { 1: '', 2: '' };

  async function insertEscalation(g: Group, i: number): Promise<void> {
    const opened = plus(`${g.day}T09:00:00Z`, i);
    const minutes = g.stays.reduce((sum, s) => sum + s.minutes, 0);
    const resolved = g.open ? null : plus(opened, minutes);
    const last = g.stays.at(-1);
    const [row]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO escalation (title, category, affected_service, impact, urgency, severity, status, level, team_id,
         procedure_version_id, source, created_at, updated_at, acknowledged_at, resolved_at, response_due_at,
         resolution_due_at)
       VALUES ($1, $2, 'VPN', 'high', 'high', $3, $4, $5, $6, $7, 'api', $8, $8, $9, $10, $11, $12)
       RETURNING id`,
      [
        `${g.severity} ${g.category} ${i}`,
        g.category,
        g.severity,
        g.open ? 'open' : 'resolved',
        last?.level,
        team[last?.team ?? 'Service Desk'],
        version[g.version],
        opened,
        plus(opened, 5),
        resolved,
        plus(opened, 15),
        plus(opened, i < (g.resolutionBreached ?? 0) ? 30 : 720),
      ],
    );
    let entered = opened;
    for (const [k, stay] of g.stays.entries()) {
      const finished = !(g.open && k === g.stays.length - 1);
      const left = plus(entered, stay.minutes);
      await t.dataSource.query(
        `INSERT INTO level_stint (escalation_id, level, team_id, entered_at, left_at, exit, business_seconds)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          row?.id,
          stay.level,
          team[stay.team],
          entered,
          finished ? left : null,
          finished ? (k === g.stays.length - 1 ? 'resolved' : 'escalated') : null,
          stay.businessMinutes === undefined ? null : stay.businessMinutes * 60,
        ],
      );
      entered = left;
    }
    const score = g.score?.(i);
    if (score !== undefined && resolved) await respond(row?.id ?? '', resolved, score);
  }

  async function respond(escalationId: string, resolved: string, overall: number): Promise<void> {
    await t.dataSource.query(
      `WITH resolve AS (
         INSERT INTO escalation_event (escalation_id, type, at, visibility) VALUES ($1, 'resolve', $2, 'internal')
         RETURNING id),
       invitation AS (
         INSERT INTO survey_invitation (escalation_id, resolve_event_id, template_id, email, token_hash, status,
           send_at, created_at)
         SELECT $1, r.id, st.id, 'requester@example.com', md5($1::text), 'answered', $2, $2
           FROM resolve r CROSS JOIN survey_template st WHERE st.version = 1
         RETURNING id, template_id)
       INSERT INTO survey_response (invitation_id, template_id, answers, overall, submitted_at)
       SELECT i.id, i.template_id, jsonb_build_object('overall', $3::int), $3, $2 FROM invitation i`,
      [escalationId, resolved, overall],
    );
  }

  const get = (query: string, bearer = token) =>
    t.http.get(`/api/analytics/procedure-comparison?${query}`).set('Authorization', `Bearer ${bearer}`);
  const compare = async (query: string) => {
    const response = await get(query);
    expect(response.status).toBe(200);
    return response.body as ProcedureComparisonReport;
  };
  const versions = () => `a=${version[1]}&b=${version[2]}`;
  const metric = (report: ProcedureComparisonReport, key: string): ComparisonMetric => {
    const found = report.metrics.find((m) => m.key === key);
    if (!found) throw new Error(`no metric ${key}`);
    return found;
  };
  /** Two equal strata, S1 network then S2 database, with each side's estimate. */
  const strata = (s1: [number, number], s2: [number, number]) => [
    { severity: 'S1', category: 'network', weight: 0.5, a: { n: 30, estimate: s1[0] }, b: { n: 10, estimate: s1[1] } },
    { severity: 'S2', category: 'database', weight: 0.5, a: { n: 10, estimate: s2[0] }, b: { n: 30, estimate: s2[1] } },
  ];
  const S3_ONLY_IN_B = [{ severity: 'S3', category: 'network', nA: 0, nB: 2 }];

  beforeAll(async () => {
    t = await createTestApp({ imports: [AnalyticsModule] });
    token = await t.signIn('manager@ladder.demo');
    team = await teamIds(t);
    const rows: { id: string; version: 1 | 2 }[] = await t.dataSource.query(
      `WITH added AS (
         INSERT INTO procedure_version (version, name, status, definition, published_at)
         SELECT 2, 'Shorter L2', 'retired', definition, now() FROM procedure_version WHERE version = 1
         RETURNING id, version)
       SELECT id, version FROM added UNION ALL SELECT id, version FROM procedure_version WHERE version = 1`,
    );
    for (const row of rows) version[row.version] = row.id;
    for (const g of GROUPS) for (let i = 0; i < g.count; i++) await insertEscalation(g, i);
  }, 60_000);
  afterAll(() => t.close());

  it('compares two versions per metric at the same case mix, with the sides and their sizes', async () => {
    const report = await compare(versions());
    expect(report).toMatchObject({
      mode: 'versions',
      timeBasis: 'wall',
      a: {
        label: 'v1 ' + (await versionName(1)),
        procedureVersionId: version[1],
        version: 1,
        from: null,
        to: null,
        escalations: 40,
        firstOpened: '2026-03-02',
        lastOpened: '2026-03-02',
      },
      b: { label: 'v2 Shorter L2', version: 2, escalations: 42, firstOpened: '2026-03-12', lastOpened: '2026-03-12' },
      confidence: 0.95,
      minimumPerSide: 20,
    });
    expect(report.metrics.map((m) => m.key)).toEqual([
      'time-at-level:1',
      'time-at-level:2',
      'resolution-breach-rate',
      'response-breach-rate',
      'mttr',
      'csat',
    ]);
  });

  it('gives time at a level as the mean hours per escalation, exact where every stratum is constant', async () => {
    const l1 = metric(await compare(versions()), 'time-at-level:1');
    expect(l1).toMatchObject({
      metric: 'time-at-level',
      level: 1,
      unit: 'hours',
      statistic: 'mean',
      better: 'lower',
      resamples: 2000,
      a: { n: 40, compared: 40, naive: 0.875, standardised: 0.75 },
      b: { n: 42, compared: 40, naive: 0.5, standardised: 0.5 },
      strata: strata([1, 0.5], [0.5, 0.5]).map((s, i) => ({ ...s, difference: [-0.5, 0][i] })),
      excluded: S3_ONLY_IN_B,
      naiveDifference: -0.375,
      difference: -0.25,
      ciLow: -0.25,
      ciHigh: -0.25,
      tooFew: false,
      direction: 'better',
    });
    expect(l1.label).toMatch(/^Time at L1\b/);
    expect(l1.sentence).toBe(
      `${l1.label} was 15 min shorter under v2 than under v1 at the same mix of severities and categories ` +
        '(95 % CI 15 min shorter; n = 40 vs 40 escalations): better. Not adjusted for case mix it would read 23 min shorter.',
    );
  });

  it('says when a side has too few escalations at a level to tell', async () => {
    const l2 = metric(await compare(versions()), 'time-at-level:2');
    expect(l2).toMatchObject({
      a: { n: 30, compared: 30, naive: 2, standardised: 2 },
      b: { n: 10, compared: 10, naive: 1, standardised: 1 },
      strata: [
        { severity: 'S1', category: 'network', weight: 1, a: { n: 30, estimate: 2 }, b: { n: 10, estimate: 1 } },
      ],
      excluded: [],
      difference: -1,
      ciLow: -1,
      ciHigh: -1,
      tooFew: true,
      direction: 'unclear',
    });
    expect(l2.sentence).toBe(
      `${l2.label}: not enough escalations yet to tell (n = 30 vs 10 escalations with a severity and category both ` +
        'sides have; at least 20 each needed).',
    );
  });

  it('gives breach rates as shares, the interval around the estimate', async () => {
    const report = await compare(versions());
    const resolution = metric(report, 'resolution-breach-rate');
    expect(resolution).toMatchObject({
      unit: 'share',
      statistic: 'rate',
      a: { n: 40, compared: 40, naive: 0.25 },
      b: { n: 42, compared: 40, naive: 0, standardised: 0 },
      naiveDifference: -0.25,
      excluded: S3_ONLY_IN_B,
      tooFew: false,
      direction: 'better',
    });
    expect(resolution.a.standardised).toBeCloseTo(1 / 6, 12);
    expect(resolution.difference).toBeCloseTo(-1 / 6, 12);
    expect(resolution.ciLow).toBeLessThan(-1 / 6);
    expect(resolution.ciHigh).toBeGreaterThan(-1 / 6);
    expect(resolution.ciHigh).toBeLessThan(0);
    expect(metric(report, 'response-breach-rate')).toMatchObject({
      a: { naive: 0, standardised: 0 },
      b: { naive: 0, standardised: 0 },
      difference: 0,
      ciLow: 0,
      ciHigh: 0,
      direction: 'unclear',
    });
  });

  it('gives MTTR as the median hours on the ladder, and CSAT as the share of 4 and 5', async () => {
    const report = await compare(versions());
    expect(metric(report, 'mttr')).toMatchObject({
      statistic: 'median',
      a: { n: 40, compared: 40, naive: 3, standardised: 1.75 },
      b: { n: 42, compared: 40, naive: 0.5, standardised: 1 },
      naiveDifference: -2.5,
      difference: -0.75,
      ciLow: -0.75,
      ciHigh: -0.75,
      direction: 'better',
    });
    const csat = metric(report, 'csat');
    expect(csat).toMatchObject({
      better: 'higher',
      a: { n: 40, compared: 40, naive: 0.625, standardised: 0.75 },
      b: { n: 40, compared: 40, naive: 0.25, standardised: 0.5 },
      strata: strata([0.5, 1], [1, 0]),
      excluded: [],
      naiveDifference: -0.375,
      difference: -0.25,
      tooFew: false,
      direction: 'worse',
    });
    expect(csat.ciLow).toBeLessThan(-0.25);
    expect(csat.ciHigh).toBeGreaterThan(-0.25);
    expect(csat.ciHigh).toBeLessThan(0);
    expect(csat.sentence).toContain('n = 40 vs 40 survey responses');
  });

  it('answers the same question with the same intervals', async () => {
    expect(await compare(versions())).toEqual(await compare(versions()));
  });

  it('compares two periods the same way, naming them', async () => {
    const byPeriod = await compare('aFrom=2026-03-01&aTo=2026-03-10&bFrom=2026-03-11&bTo=2026-03-20');
    const byVersion = await compare(versions());
    expect(byPeriod.mode).toBe('periods');
    expect(byPeriod.a).toMatchObject({ label: '2026-03-01 to 2026-03-10', procedureVersionId: null, escalations: 40 });
    expect(byPeriod.b).toMatchObject({ from: '2026-03-11', to: '2026-03-20', escalations: 42 });
    const withoutSentence = (metrics: ComparisonMetric[]) => metrics.map((m) => ({ ...m, sentence: '' }));
    expect(withoutSentence(byPeriod.metrics)).toEqual(withoutSentence(byVersion.metrics));
    expect(metric(byPeriod, 'mttr').sentence).toMatch(
      /^MTTR \(median\) was 45 min shorter in period B than in period A/,
    );
  });

  it('counts time in business hours when asked', async () => {
    const report = await compare(`${versions()}&timeBasis=business`);
    expect(report.timeBasis).toBe('business');
    expect(metric(report, 'time-at-level:2')).toMatchObject({ difference: 0, ciLow: 0, ciHigh: 0 });
    expect(metric(report, 'mttr')).toMatchObject({
      a: { naive: 2, standardised: 1.25 },
      b: { naive: 0.5, standardised: 1 },
      difference: -0.25,
      ciLow: -0.25,
      ciHigh: -0.25,
    });
  });

  it('applies the filters to both sides', async () => {
    const report = await compare(`${versions()}&severity=S1`);
    expect(report.a.escalations).toBe(30);
    expect(report.b.escalations).toBe(10);
    expect(metric(report, 'time-at-level:1')).toMatchObject({
      a: { n: 30, standardised: 1 },
      b: { n: 10, standardised: 0.5 },
      difference: -0.5,
      excluded: [],
      tooFew: true,
      direction: 'unclear',
    });
  });

  it('refuses a question it cannot answer with a 400 naming the filter', async () => {
    const refused = async (query: string, filter: string) => {
      const response = await get(query);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'invalid_filter', details: { filter } });
    };
    await refused('', 'a');
    await refused(`${versions()}&aFrom=2026-03-01`, 'aFrom');
    await refused(`a=${version[1]}`, 'b');
    await refused('aFrom=2026-03-10&aTo=2026-03-01&bFrom=2026-03-11&bTo=2026-03-20', 'aFrom');
    await refused(`a=${version[1]}&b=0b6c3f4e-8d2a-4c1b-9e7f-5a4d3c2b1a09`, 'b');
    await refused(`${versions()}&teamId=0b6c3f4e-8d2a-4c1b-9e7f-5a4d3c2b1a09`, 'teamId');
    await refused(`${versions()}&timeBasis=moon`, 'timeBasis');
  });

  it('is for managers, process owners and admins', async () => {
    const agent = await t.signIn('l1.agent@ladder.demo');
    expect((await get(versions(), agent)).status).toBe(403);
    expect((await get(versions(), await t.signIn('owner@ladder.demo'))).status).toBe(200);
  });

  async function versionName(v: 1 | 2): Promise<string> {
    const [row]: { name: string }[] = await t.dataSource.query(
      `SELECT name FROM procedure_version WHERE version = $1`,
      [v],
    );
    return row?.name ?? '';
  }
});
