import { FrozenClock } from '@ladder/api/common';
import { createTestApp, teamIds, type TestApp } from '@ladder/api/testing';
import type { OverviewFigures, OverviewReport, SlaBreachesReport } from '@ladder/contracts';
import { AnalyticsModule } from './analytics.module';

type Team = 'Service Desk' | 'Team Leads';
type Exit = 'escalated' | 'de-escalated' | 'resolved';

interface Case {
  severity: 'S1' | 'S2';
  opened: string;
  acknowledged?: string;
  resolved?: string;
  /** The stays in order, each ending at `until` by `exit`; the last without them while the escalation is open. */
  stays: { level: number; team: Team; until?: string; exit?: Exit }[];
}

/** Seeded procedure version 1, minutes: S1 response 15, resolution 240; S2 30 and 480. */
const TARGETS = { S1: { response: 15, resolution: 240 }, S2: { response: 30, resolution: 480 } };
const plus = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/**
 * Now is Saturday 14 March 2026 12:00 UTC. The range is 8-14 March, so the period before it is 1-7 March.
 *
 * This week (due times: S1 response +15, resolution +240 minutes; S2 +30 and +480):
 * A  S1 Sun 8 Mar 00:00 (the range's first instant), acknowledged 00:10, resolved at L1 01:00. No breach.
 * B  S2 Tue 10 Mar 09:00, acknowledged 09:40 (due 09:30: response breached), escalated 10:00, resolved at L2 12:00.
 * C  S1 Wed 11 Mar 09:00, acknowledged 09:05, escalated 09:30, sent back 10:00, resolved at L1 14:00 (due 13:00:
 *    resolution breached). Escalated once, so no first-level resolution although it ended at L1.
 * D  S1 Fri 13 Mar 09:00, open and unacknowledged: past both due times (09:15, 13:00); counted once.
 * E  S2 Sat 14 Mar 11:00, acknowledged 11:20, open, due to be resolved at 19:00. No breach.
 * Escalations 5; resolved 3 (A, B, C), never escalated A alone: 1/3; MTTA over A, B, C, E: (10 + 40 + 5 + 20) / 4
 * = 18.75; MTTR over A, B, C: (60 + 180 + 300) / 3 = 180; breached B, C, D: 3 of 5.
 *
 * The week before:
 * P  S1 Mon 2 Mar 09:00, acknowledged 09:20 (due 09:15: response breached), resolved at L1 10:00.
 * Q  S2 Sat 7 Mar 23:59 (the period's last minute), acknowledged 8 Mar 00:29 exactly at its due time (no breach),
 *    resolved at L1 01:59.
 * R  S2 Thu 5 Mar 09:00, acknowledged 09:10, escalated 09:30, resolved at L2 18:00 (due 17:00: resolution breached).
 * Escalations 3; resolved 3, never escalated P and Q: 2/3; MTTA (20 + 30 + 10) / 3 = 20; MTTR (60 + 120 + 540) / 3
 * = 240; breached P and R: 2 of 3.
 *
 * Z  S1 Sat 28 Feb 23:00, open and late on both counts: before either period.
 *
 * Survey responses (overall score), whenever given: A 5 and 3, B 2 (a second invitation expired), P 4. This week 3
 * responses, 1 satisfied (4 or 5); the week before 1 of 1.
 */
describe('GET /api/analytics/overview', () => {
  const clock = new FrozenClock(new Date('2026-03-14T12:00:00Z'));
  let t: TestApp;
  let token: string;
  let team: Record<string, string>;

  async function escalation(c: Case): Promise<string> {
    const last = c.stays.at(-1);
    if (!last) throw new Error('no stays');
    const status = c.resolved ? 'resolved' : c.acknowledged ? 'acknowledged' : 'open';
    const [row]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO escalation (title, category, affected_service, impact, urgency, severity, status, level, team_id,
         procedure_version_id, source, created_at, updated_at, acknowledged_at, resolved_at, response_due_at,
         resolution_due_at)
       SELECT 'x', 'network', 'VPN', 'high', 'high', $1, $2, $3, $4, pv.id, 'api', $5, $5, $6, $7, $8, $9
         FROM procedure_version pv WHERE pv.version = 1
       RETURNING id`,
      [
        c.severity,
        status,
        last.level,
        team[last.team],
        c.opened,
        c.acknowledged ?? null,
        c.resolved ?? null,
        plus(c.opened, TARGETS[c.severity].response),
        plus(c.opened, TARGETS[c.severity].resolution),
      ],
    );
    let entered = c.opened;
    for (const stay of c.stays) {
      await t.dataSource.query(
        `INSERT INTO level_stint (escalation_id, level, team_id, entered_at, left_at, exit) VALUES ($1, $2, $3, $4, $5, $6)`,
        [row?.id, stay.level, team[stay.team], entered, stay.until ?? null, stay.exit ?? null],
      );
      entered = stay.until ?? entered;
    }
    return row?.id ?? '';
  }

  /** Invitations at the escalation's resolution, answered with the overall scores given (null: not answered). */
  async function surveyed(escalationId: string, scores: (number | null)[]): Promise<void> {
    const [resolve]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO escalation_event (escalation_id, type, at, visibility)
       SELECT id, 'resolve', resolved_at, 'internal' FROM escalation WHERE id = $1 RETURNING id`,
      [escalationId],
    );
    for (const [i, overall] of scores.entries()) {
      await t.dataSource.query(
        `WITH invitation AS (
           INSERT INTO survey_invitation (escalation_id, resolve_event_id, template_id, email, token_hash, status,
             send_at, created_at)
           SELECT $1::uuid, $2, st.id, $3, md5($1::text || $3), CASE WHEN $4::int IS NULL THEN 'expired' ELSE 'answered' END,
                  now(), now()
             FROM survey_template st WHERE st.version = 1
           RETURNING id, template_id)
         INSERT INTO survey_response (invitation_id, template_id, answers, overall, submitted_at)
         SELECT id, template_id, jsonb_build_object('overall', $4::int), $4::int, now() FROM invitation
          WHERE $4::int IS NOT NULL`,
        [escalationId, resolve?.id, `s${i}@example.com`, overall],
      );
    }
  }

  const get = (path: string, bearer = token) => t.http.get(path).set('Authorization', `Bearer ${bearer}`);
  const overview = async (query: string) => {
    const response = await get(`/api/analytics/overview${query}`);
    expect(response.status).toBe(200);
    return response.body as OverviewReport;
  };
  const figures = (
    escalations: number,
    resolved: number,
    neverEscalated: number,
    mttaMinutes: number | null,
    mttrMinutes: number | null,
    slaBreached: number,
    [surveyResponses, satisfied] = [0, 0],
  ): OverviewFigures => ({
    escalations,
    resolved,
    firstLevelResolutionRate: resolved ? neverEscalated / resolved : null,
    mttaMinutes,
    mttrMinutes,
    slaBreached,
    slaBreachRate: escalations ? slaBreached / escalations : null,
    surveyResponses,
    csat: surveyResponses ? satisfied / surveyResponses : null,
  });

  beforeAll(async () => {
    t = await createTestApp({ imports: [AnalyticsModule], clock });
    token = await t.signIn('manager@ladder.demo');
    team = await teamIds(t);
    const desk = (until?: string, exit?: Exit) => ({ level: 1, team: 'Service Desk' as const, until, exit });
    const leads = (until?: string, exit?: Exit) => ({ level: 2, team: 'Team Leads' as const, until, exit });
    // This week.
    const a = await escalation({
      severity: 'S1',
      opened: '2026-03-08T00:00Z',
      acknowledged: '2026-03-08T00:10Z',
      resolved: '2026-03-08T01:00Z',
      stays: [desk('2026-03-08T01:00Z', 'resolved')],
    });
    const b = await escalation({
      severity: 'S2',
      opened: '2026-03-10T09:00Z',
      acknowledged: '2026-03-10T09:40Z',
      resolved: '2026-03-10T12:00Z',
      stays: [desk('2026-03-10T10:00Z', 'escalated'), leads('2026-03-10T12:00Z', 'resolved')],
    });
    await escalation({
      severity: 'S1',
      opened: '2026-03-11T09:00Z',
      acknowledged: '2026-03-11T09:05Z',
      resolved: '2026-03-11T14:00Z',
      stays: [
        desk('2026-03-11T09:30Z', 'escalated'),
        leads('2026-03-11T10:00Z', 'de-escalated'),
        desk('2026-03-11T14:00Z', 'resolved'),
      ],
    });
    await escalation({ severity: 'S1', opened: '2026-03-13T09:00Z', stays: [desk()] });
    await escalation({
      severity: 'S2',
      opened: '2026-03-14T11:00Z',
      acknowledged: '2026-03-14T11:20Z',
      stays: [desk()],
    });
    // The week before, and one before that.
    const p = await escalation({
      severity: 'S1',
      opened: '2026-03-02T09:00Z',
      acknowledged: '2026-03-02T09:20Z',
      resolved: '2026-03-02T10:00Z',
      stays: [desk('2026-03-02T10:00Z', 'resolved')],
    });
    await escalation({
      severity: 'S2',
      opened: '2026-03-07T23:59Z',
      acknowledged: '2026-03-08T00:29Z',
      resolved: '2026-03-08T01:59Z',
      stays: [desk('2026-03-08T01:59Z', 'resolved')],
    });
    await escalation({
      severity: 'S2',
      opened: '2026-03-05T09:00Z',
      acknowledged: '2026-03-05T09:10Z',
      resolved: '2026-03-05T18:00Z',
      stays: [desk('2026-03-05T09:30Z', 'escalated'), leads('2026-03-05T18:00Z', 'resolved')],
    });
    await escalation({ severity: 'S1', opened: '2026-02-28T23:00Z', stays: [desk()] });
    await surveyed(a, [5, 3]);
    await surveyed(b, [2, null]);
    await surveyed(p, [4]);
  });
  afterAll(() => t.close());

  it('gives the week against the week before: counts, first-level resolution, MTTA, MTTR and SLA breaches', async () => {
    expect(await overview('?from=2026-03-08&to=2026-03-14')).toEqual({
      from: '2026-03-08',
      to: '2026-03-14',
      previousFrom: '2026-03-01',
      previousTo: '2026-03-07',
      current: figures(5, 3, 1, 18.75, 180, 3, [3, 1]),
      previous: figures(3, 3, 2, 20, 240, 2, [1, 1]),
    });
  });

  it('counts the breaches the sla-breaches report counts: response B and D, resolution C and D', async () => {
    const breaches = (await get('/api/analytics/sla-breaches?from=2026-03-08&to=2026-03-14')).body as SlaBreachesReport;
    expect([breaches.totals.escalations, breaches.totals.response.count, breaches.totals.resolution.count]).toEqual([
      5, 2, 2,
    ]);
  });

  it('applies the filters to both periods', async () => {
    // S1: A, C, D this week (MTTA (10 + 5) / 2, MTTR (60 + 300) / 2, breached C and D); P the week before.
    const s1 = await overview('?from=2026-03-08&to=2026-03-14&severity=S1');
    expect([s1.current, s1.previous]).toEqual([
      figures(3, 2, 1, 7.5, 180, 2, [2, 1]),
      figures(1, 1, 1, 20, 60, 1, [1, 1]),
    ]);
    // Reached level 2: B and C (C is back at level 1 now), both escalated and breached; R the week before.
    const level2 = await overview('?from=2026-03-08&to=2026-03-14&level=2');
    expect([level2.current, level2.previous]).toEqual([
      figures(2, 2, 0, 22.5, 240, 2, [1, 0]),
      figures(1, 1, 0, 10, 540, 1),
    ]);
  });

  it('compares a month with as many days before it, and answers an empty period with zeros and nulls', async () => {
    // 31 days of March against 29 January to 28 February, which holds Z alone (open, past both due times).
    const march = await overview('?from=2026-03-01&to=2026-03-31');
    expect([march.previousFrom, march.previousTo]).toEqual(['2026-01-29', '2026-02-28']);
    expect([march.current.escalations, march.previous]).toEqual([8, figures(1, 0, 0, null, null, 1)]);
    const january = await overview('?from=2026-01-01&to=2026-01-28');
    expect([january.previousFrom, january.previousTo]).toEqual(['2025-12-04', '2025-12-31']);
    expect([january.current, january.previous]).toEqual([
      figures(0, 0, 0, null, null, 0),
      figures(0, 0, 0, null, null, 0),
    ]);
  });

  it('answers CSV with a row per period', async () => {
    const csv = await get('/api/analytics/overview?from=2026-03-08&to=2026-03-14&format=csv');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="overview-2026-03-08-2026-03-14.csv"');
    expect(csv.text).toBe(
      'period,from,to,escalations,resolved,first_level_resolution_rate,mtta_minutes,mttr_minutes,sla_breached,' +
        'sla_breach_rate,survey_responses,csat\r\n' +
        'current,2026-03-08,2026-03-14,5,3,0.333333,18.75,180,3,0.6,3,0.333333\r\n' +
        'previous,2026-03-01,2026-03-07,3,3,0.666667,20,240,2,0.666667,1,1\r\n',
    );
  });

  it.each([
    ['?from=2026-03-08&to=2026-03-14&severity=S7', 'severity'],
    ['?from=2026-03-08&to=2026-03-14&teamId=00000000-0000-4000-8000-000000000009', 'teamId'],
    ['?from=2026-03-14&to=2026-03-08', 'from'],
  ])('answers %s with 400 invalid_filter naming %s', async (query, filter) => {
    const response = await get(`/api/analytics/overview${query}`);
    expect([response.status, response.body.code, response.body.details]).toEqual([400, 'invalid_filter', { filter }]);
  });

  it('is for managers, process owners and admins, not agents', async () => {
    const statuses: number[] = [];
    for (const email of ['l1.agent@ladder.demo', 'owner@ladder.demo', 'admin@ladder.demo']) {
      statuses.push((await get('/api/analytics/overview?from=2026-03-08&to=2026-03-14', await t.signIn(email))).status);
    }
    expect(statuses).toEqual([403, 200, 200]);
  });
});
