import { FrozenClock } from '@ladder/api/common';
import { ProcedureWatch } from '@ladder/api/procedures';
import { createTestApp, type TestApp } from '@ladder/api/testing';
import type { ProcedureVersionDetail } from '@ladder/contracts';

const PUBLISHED = new Date('2026-01-05T00:00:00.000Z');
/** 70 days on: baseline 5 Jan..2 Feb, current 16 Feb..16 Mar (a day later 17 Feb..17 Mar). */
const NOW = new Date('2026-03-16T00:00:00.000Z');
const OWNER = 'owner@ladder.demo';
const SECOND_OWNER = 'owner2@ladder.demo';
const AGENT = 'l1.agent@ladder.demo';

interface Window {
  versionId: string;
  /** First escalation opened then, the next ones an hour apart. */
  from: string;
  escalations: number;
  /** The first this many breached their resolution target. */
  breaches: number;
  /** Business seconds of an L1 stay, then of an L2 stay, of the first escalations in turn (left 30 min after opening). */
  l1Seconds: readonly number[];
  l2Seconds: readonly number[];
}

/**
 * Hand-built history of one window, written straight to the read models the drift check reads: escalations with
 * their SLA-breach facts and finished level stints.
 */
async function history(t: TestApp, w: Window): Promise<void> {
  const ids = (
    (await t.dataSource.query(
      `INSERT INTO escalation (title, category, affected_service, impact, urgency, severity, status, level, team_id,
         procedure_version_id, source, created_at, updated_at, response_due_at, resolution_due_at)
       SELECT 'x', 'network', 'VPN', 'high', 'high', 'S2', 'open', 1, tm.id, $1, 'api', a.at, a.at, a.at, a.at
         FROM (SELECT id FROM team WHERE name = 'Service Desk') tm,
              generate_series(0, $3 - 1) i, LATERAL (SELECT $2::timestamptz + i * interval '1 hour' AS at) a
        ORDER BY i
       RETURNING id`,
      [w.versionId, w.from, w.escalations],
    )) as { id: string }[]
  ).map((row) => row.id);
  await t.dataSource.query(
    `INSERT INTO escalation_breach (id, created_at, severity, team_id, category, affected_service, level,
       procedure_version_id, levels, response_over, resolution_over, level_budget_over, update_cadence_over)
     SELECT e.id, e.created_at, e.severity, e.team_id, e.category, e.affected_service, 1, e.procedure_version_id,
            '{1}', 0, CASE WHEN x.n <= $2 THEN 600 ELSE 0 END, 0, 0
       FROM unnest($1::uuid[]) WITH ORDINALITY x (id, n) JOIN escalation e ON e.id = x.id`,
    [ids, w.breaches],
  );
  for (const [level, seconds] of [
    [1, w.l1Seconds],
    [2, w.l2Seconds],
  ] as const) {
    await t.dataSource.query(
      `INSERT INTO level_stint (escalation_id, level, team_id, entered_at, left_at, exit, business_seconds)
       SELECT e.id, $2, e.team_id, e.created_at, e.created_at + interval '30 minutes', 'escalated', x.seconds
         FROM unnest($1::uuid[], $3::float8[]) x (id, seconds) JOIN escalation e ON e.id = x.id`,
      [ids.slice(0, seconds.length), level, seconds],
    );
  }
}

const times = (count: number, seconds: (k: number) => number) =>
  Array.from({ length: count }, (_, i) => seconds(i + 1));

describe('drift: a published version worse than in its first weeks', () => {
  const clock = new FrozenClock(PUBLISHED);
  let t: TestApp;
  let v2: ProcedureVersionDetail;

  const call = async (method: 'get' | 'post', path: string, email: string, body: object = {}) => {
    const req = t.http[method](`/api${path}`).set('Authorization', `Bearer ${await t.signIn(email)}`);
    return method === 'get' ? req : req.send(body);
  };
  const round = () => t.app.get(ProcedureWatch).runRound();

  beforeAll(async () => {
    t = await createTestApp({ clock });
    await t.dataSource.query(
      `INSERT INTO app_user (email, name, password_hash, role) VALUES ($1, 'Kim Osei', 'x', 'process_owner')`,
      [SECOND_OWNER],
    );
    const v1 = ((await call('get', '/procedures/current', AGENT)).body as { id: string }).id;
    const draft = (await call('post', '/procedures/drafts', OWNER, { name: 'Quicker L1' })).body as { id: string };
    await call('post', `/procedures/${draft.id}/submit`, OWNER);
    v2 = (await call('post', `/procedures/${draft.id}/approve`, SECOND_OWNER)).body as ProcedureVersionDetail;
    // Baseline: 4 of 40 breached (10 %); L1 p90 of 60..1200 s is 1086 s; L2 600 s.
    await history(t, {
      versionId: v2.id,
      from: '2026-01-06T00:00:00Z',
      escalations: 40,
      breaches: 4,
      l1Seconds: times(20, (k) => 60 * k),
      l2Seconds: times(20, () => 600),
    });
    // The old version's escalations in the current window breach all the time; they are not v2's.
    await history(t, {
      versionId: v1,
      from: '2026-03-01T00:00:00Z',
      escalations: 30,
      breaches: 30,
      l1Seconds: [],
      l2Seconds: [],
    });
  });
  afterAll(() => t.close());

  it('checks nothing before the two windows stop overlapping, and finds nothing without current figures', async () => {
    clock.set(new Date('2026-03-01T23:59:59.999Z'));
    expect((await round()).driftChecks).toBe(0);
    clock.set(NOW);
    expect(await round()).toMatchObject({ driftChecks: 1, driftFlags: 0 });
    expect((await round()).driftChecks).toBe(0);
  });

  it('looks again a day later; flags the version, brings its review forward and tells the owners once', async () => {
    // Current: 8 of 50 breached (16 %, +6 points); L1 p90 of 120..2400 s is 2172 s (+100 %); L2 700 s (+16.7 %).
    await history(t, {
      versionId: v2.id,
      from: '2026-03-02T00:00:00Z',
      escalations: 50,
      breaches: 8,
      l1Seconds: times(20, (k) => 120 * k),
      l2Seconds: times(20, () => 700),
    });
    clock.set(new Date(NOW.getTime() + 86_400_000 - 1));
    expect((await round()).driftChecks).toBe(0);
    const flaggedAt = new Date(NOW.getTime() + 86_400_000);
    clock.set(flaggedAt);
    expect(await round()).toMatchObject({ driftChecks: 1, driftFlags: 1 });

    const detail = (await call('get', `/procedures/${v2.id}`, AGENT)).body as ProcedureVersionDetail;
    expect(detail.reviewDueAt).toBe('2026-03-31T00:00:00.000Z');
    expect(detail.drift).toEqual({
      flaggedAt: flaggedAt.toISOString(),
      baseline: { from: '2026-01-05T00:00:00.000Z', to: '2026-02-02T00:00:00.000Z' },
      current: { from: '2026-02-17T00:00:00.000Z', to: '2026-03-17T00:00:00.000Z' },
      findings: [
        {
          measure: 'resolution-breach-rate',
          level: null,
          baseline: 0.1,
          current: 0.16,
          change: 6,
          baselineCount: 40,
          currentCount: 50,
        },
        {
          measure: 'level-p90',
          level: 1,
          baseline: 1086,
          current: 2172,
          change: 100,
          baselineCount: 20,
          currentCount: 20,
        },
      ],
    });
    const sent = (await t.dataSource.query(
      `SELECT u.email, n.subject, n.body_text FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE n.subject LIKE '%flagged%' ORDER BY u.email COLLATE "C"`,
    )) as { email: string; subject: string; body_text: string }[];
    expect(sent.map((n) => [n.email, n.subject])).toEqual([
      [SECOND_OWNER, 'Procedure v2 flagged for early review'],
      [OWNER, 'Procedure v2 flagged for early review'],
    ]);
    expect(sent[0]?.body_text).toBe(
      [
        'Procedure v2 "Quicker L1" got worse than in its first weeks:',
        '- resolution breach rate 10.0 % → 16.0 % (+6.0 points; 40 and 50 escalations)',
        '- p90 time at L1 18 min → 36 min (+100 %; 20 and 20 stays)',
        'Its review is now due on 31 March 2026.',
      ].join('\n'),
    );
  });

  it('never flags it twice, and the earlier review date brings the owners their review reminder', async () => {
    clock.set(new Date('2026-03-25T00:00:00.000Z'));
    expect(await round()).toMatchObject({ driftChecks: 0, reviewReminders: 2 });
    const [{ flags }] = await t.dataSource.query(
      `SELECT count(*)::int AS flags FROM notification WHERE subject LIKE '%flagged%'`,
    );
    expect(flags).toBe(2);
  });
});
