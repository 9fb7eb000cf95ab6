import { FrozenClock } from '@ladder/api/common';
import { createTestApp, teamIds, type TestApp, userId } from '@ladder/api/testing';
import type { ActionItem, ProcedureVersionDetail, ProcessReview, ProcessReviewSummary } from '@ladder/contracts';
import { ReviewFollowUp } from './review-follow-up';
import { ReviewsModule } from './reviews.module';

type Team = 'Service Desk' | 'Team Leads';
type Exit = 'escalated' | 'resolved';

/** An S1 escalation of procedure version 1: acknowledged `ackMinutes` after opening; stays of so many minutes each. */
interface Case {
  opened: string;
  ackMinutes: number;
  stays: [level: number, team: Team, minutes: number, exit: Exit][];
}

const MINUTE = 60_000;
const at = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * MINUTE).toISOString();

/**
 * Seeded procedure version 1, S1: response 15 and resolution 240 minutes, update cadence 30, level budgets L1 15
 * and L2 30 minutes; one manager. The review covers 1-14 March 2026 and is made on 16 March 09:00.
 *
 * A  2 Mar 09:00, acknowledged +5, resolved at L1 after 12 minutes. No breach.
 * B  3 Mar 10:00, acknowledged +20 (response breached), 30 at L1 (15 over), 60 at L2 (30 over), resolved at +90:
 *    update cadence breached (90 minutes without a public update).
 * C  5 Mar 08:00, acknowledged +10, 40 at L1 (25 over), 260 at L2 (230 over), resolved at +300 (resolution and
 *    update cadence breached).
 * D  10 Mar 12:00, acknowledged +5, resolved at L1 after 10 minutes. No breach.
 * Escalations 4, all resolved, never escalated A and D: 0.5; MTTA (5 + 20 + 10 + 5) / 4 = 10 minutes; MTTR
 * (12 + 90 + 300 + 10) / 4 = 103 minutes; response or resolution breached B, C: 0.5; response 1/4, resolution 1/4,
 * level budget 2/4, update cadence 2/4. Survey responses A 5, B 2: CSAT 1/2.
 * Time at L1: A 12, B 30, C 40, D 10 minutes, sorted 10, 12, 30, 40: p90 at position 2.7 is 30 + 0.7 * 10 = 37
 * minutes. L2: B 60, C 260: p90 at position 0.9 is 60 + 0.9 * 200 = 240 minutes = 4 hours.
 * Bottlenecks: L2 Team Leads 260 minutes over (2 of 2 stays), 320 of all 412 counted minutes; L1 Service Desk 40
 * minutes over (2 of 4), 92 of 412.
 *
 * After the review (for action items due 31 March, measured over 18-31 March: 14 days ending on the due date):
 * F  20 Mar 10:00, acknowledged +5, resolved at L1 after 45 minutes; survey response 3.
 * G  25 Mar 10:00, acknowledged +5, resolved at L1 after 75 minutes.
 * H  16 Mar 10:00, resolved at L1 after 600 minutes: before the window, so not counted.
 * MTTR (45 + 75) / 2 = 60 minutes = 1 hour; CSAT 0 of 1; no stay at L2.
 */
describe('process reviews', () => {
  const clock = new FrozenClock(new Date('2026-03-16T09:00:00Z'));
  let t: TestApp;
  let team: Record<string, string>;
  let ownerId: string;
  let review: ProcessReview;

  async function escalation(c: Case): Promise<string> {
    const total = c.stays.reduce((sum, [, , minutes]) => sum + minutes, 0);
    const [last] = c.stays.slice(-1);
    const [row]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO escalation (title, category, affected_service, impact, urgency, severity, status, level, team_id,
         procedure_version_id, source, created_at, updated_at, acknowledged_at, resolved_at, response_due_at,
         resolution_due_at)
       SELECT 'x', 'network', 'VPN', 'high', 'high', 'S1', 'resolved', $1, $2, pv.id, 'api', $3, $3, $4, $5, $6, $7
         FROM procedure_version pv WHERE pv.version = 1
       RETURNING id`,
      [
        last?.[0],
        team[last?.[1] ?? ''],
        c.opened,
        at(c.opened, c.ackMinutes),
        at(c.opened, total),
        at(c.opened, 15),
        at(c.opened, 240),
      ],
    );
    let entered = c.opened;
    for (const [level, stayTeam, minutes, exit] of c.stays) {
      await t.dataSource.query(
        `INSERT INTO level_stint (escalation_id, level, team_id, entered_at, left_at, exit) VALUES ($1, $2, $3, $4, $5, $6)`,
        [row?.id, level, team[stayTeam], entered, at(entered, minutes), exit],
      );
      entered = at(entered, minutes);
    }
    return row?.id ?? '';
  }

  /** One answered survey invitation with this overall score. */
  async function surveyed(escalationId: string, overall: number): Promise<void> {
    await t.dataSource.query(
      `WITH resolve AS (
         INSERT INTO escalation_event (escalation_id, type, at, visibility)
         SELECT id, 'resolve', resolved_at, 'internal' FROM escalation WHERE id = $1 RETURNING id),
       invitation AS (
         INSERT INTO survey_invitation (escalation_id, resolve_event_id, template_id, email, token_hash, status, send_at,
                                        created_at)
         SELECT $1::uuid, resolve.id, st.id, 's@example.com', md5($1::text), 'answered', now(), now()
           FROM resolve, survey_template st WHERE st.version = 1
         RETURNING id, template_id)
       INSERT INTO survey_response (invitation_id, template_id, answers, overall, submitted_at)
       SELECT id, template_id, jsonb_build_object('overall', $2::int), $2::int, now() FROM invitation`,
      [escalationId, overall],
    );
  }

  const ACCOUNTS = { manager: 'manager@ladder.demo', owner: 'owner@ladder.demo', agent: 'l1.agent@ladder.demo' };
  /** Signs in at each call: the frozen clock moves past a session's lifetime. */
  const call = async (
    method: 'get' | 'post' | 'put' | 'patch' | 'delete',
    path: string,
    who: keyof typeof ACCOUNTS,
    body?: object,
  ) => {
    const request = t.http[method](`/api${path}`).set('Authorization', `Bearer ${await t.signIn(ACCOUNTS[who])}`);
    return body === undefined ? request : request.send(body);
  };
  const followUp = () => t.app.get(ReviewFollowUp).followUp();
  const item = (title: string) => review.actionItems.find((i) => i.title === title) as ActionItem;

  beforeAll(async () => {
    t = await createTestApp({ imports: [ReviewsModule], clock });
    team = await teamIds(t);
    ownerId = await userId(t, 'owner@ladder.demo');
    const a = await escalation({
      opened: '2026-03-02T09:00Z',
      ackMinutes: 5,
      stays: [[1, 'Service Desk', 12, 'resolved']],
    });
    const b = await escalation({
      opened: '2026-03-03T10:00Z',
      ackMinutes: 20,
      stays: [
        [1, 'Service Desk', 30, 'escalated'],
        [2, 'Team Leads', 60, 'resolved'],
      ],
    });
    await escalation({
      opened: '2026-03-05T08:00Z',
      ackMinutes: 10,
      stays: [
        [1, 'Service Desk', 40, 'escalated'],
        [2, 'Team Leads', 260, 'resolved'],
      ],
    });
    await escalation({ opened: '2026-03-10T12:00Z', ackMinutes: 5, stays: [[1, 'Service Desk', 10, 'resolved']] });
    await surveyed(a, 5);
    await surveyed(b, 2);
  });
  afterAll(() => t.close());

  it('freezes the period metrics from the analytics reports when the review is created', async () => {
    const response = await call('post', '/reviews', 'manager', {
      title: 'March review',
      from: '2026-03-01',
      to: '2026-03-14',
    });
    expect(response.status).toBe(201);
    review = response.body as ProcessReview;
    expect(review).toMatchObject({
      title: 'March review',
      from: '2026-03-01',
      to: '2026-03-14',
      status: 'open',
      createdByName: 'Dana Whitfield',
      openActionItems: 0,
      overdueActionItems: 0,
      draftProcedure: null,
      findings: [],
      actionItems: [],
    });
    expect(review.procedureVersions.map((v) => v.version)).toEqual([1]);
    expect(review.snapshot).toEqual({
      takenAt: '2026-03-16T09:00:00.000Z',
      escalations: 4,
      resolved: 4,
      firstLevelResolutionRate: 0.5,
      mttaMinutes: 10,
      mttrMinutes: 103,
      slaBreachRate: 0.5,
      breachRates: { response: 0.25, resolution: 0.25, levelBudget: 0.5, updateCadence: 0.5 },
      surveyResponses: 2,
      csat: 0.5,
      timeAtLevel: [
        { level: 1, stints: 4, p90Hours: expect.closeTo(37 / 60, 9) },
        { level: 2, stints: 2, p90Hours: expect.closeTo(4, 9) },
      ],
      bottlenecks: [
        {
          level: 2,
          levelName: 'Team Lead',
          teamId: team['Team Leads'],
          teamName: 'Team Leads',
          stints: 2,
          overBudgetStints: 2,
          hoursOverBudget: expect.closeTo(260 / 60, 9),
          shareOfAllHours: expect.closeTo(320 / 412, 9),
        },
        {
          level: 1,
          levelName: 'Service Desk',
          teamId: team['Service Desk'],
          teamName: 'Service Desk',
          stints: 4,
          overBudgetStints: 2,
          hoursOverBudget: expect.closeTo(40 / 60, 9),
          shareOfAllHours: expect.closeTo(92 / 412, 9),
        },
      ],
    });
  });

  it('keeps the snapshot as taken: a later escalation in the period does not change it, nor may SQL', async () => {
    await escalation({ opened: '2026-03-12T09:00Z', ackMinutes: 60, stays: [[1, 'Service Desk', 600, 'resolved']] });
    const response = await call('get', `/reviews/${review.id}`, 'owner');
    expect(response.status).toBe(200);
    expect((response.body as ProcessReview).snapshot).toEqual(review.snapshot);
    await expect(
      t.dataSource.query(`UPDATE process_review SET snapshot = '{}' WHERE id = $1`, [review.id]),
    ).rejects.toThrow(/snapshot is frozen/);
  });

  it('is not for agents', async () => {
    expect((await call('get', '/reviews', 'agent')).status).toBe(403);
    expect((await call('post', '/reviews', 'agent', {})).status).toBe(403);
  });

  it('records findings linked to a bottleneck, and refuses a link to what does not exist', async () => {
    const link = { level: 2, teamId: team['Team Leads'] };
    const added = await call('post', `/reviews/${review.id}/findings`, 'manager', {
      kind: 'bottleneck',
      text: 'L2 holds escalations for hours',
      link,
    });
    expect(added.status).toBe(201);
    const [finding] = (added.body as ProcessReview).findings;
    expect(finding).toMatchObject({ kind: 'bottleneck', text: 'L2 holds escalations for hours', link });

    const edited = await call('put', `/reviews/${review.id}/findings/${finding?.id}`, 'owner', {
      kind: 'breach-pattern',
      text: 'S1 resolutions run late',
      link: { breachKind: 'resolution', severity: 'S1' },
    });
    expect((edited.body as ProcessReview).findings).toMatchObject([
      { id: finding?.id, kind: 'breach-pattern', link: { breachKind: 'resolution', severity: 'S1' } },
    ]);

    const unknown = await call('post', `/reviews/${review.id}/findings`, 'manager', {
      kind: 'survey-comments',
      text: 'Stakeholders were not kept informed',
      link: { surveyResponseIds: [], escalationIds: [review.id] },
    });
    expect([unknown.status, unknown.body.code, unknown.body.details]).toEqual([
      400,
      'validation_failed',
      { fields: { 'link.escalationIds': ['an escalation does not exist'] } },
    ]);

    const removed = await call('delete', `/reviews/${review.id}/findings/${finding?.id}`, 'manager');
    expect((removed.body as ProcessReview).findings).toEqual([]);
  });

  it('adds action items with their baseline from the snapshot', async () => {
    const add = (body: object) => call('post', `/reviews/${review.id}/action-items`, 'manager', body);
    const base = { ownerId, dueDate: '2026-03-31' };
    await add({ ...base, title: 'Faster L2 pickup', metric: 'mttr-hours', target: 1.5 });
    await add({ ...base, title: 'Keep stakeholders informed', metric: 'csat', target: 0.8 });
    await add({ ...base, title: 'Shorter L2 stays', metric: 'time-at-level-p90-hours', level: 2, target: 2 });
    const last = await add({ ...base, title: 'Dropped idea', metric: 'mtta-minutes', target: 5 });
    expect(last.status).toBe(201);
    review = last.body as ProcessReview;
    expect(
      review.actionItems.map((i) => [i.title, i.ownerName, i.metric, i.level, i.direction, i.baseline, i.target]),
    ).toEqual([
      ['Dropped idea', 'Lee Tanaka', 'mtta-minutes', null, 'decrease', 10, 5],
      ['Faster L2 pickup', 'Lee Tanaka', 'mttr-hours', null, 'decrease', 103 / 60, 1.5],
      ['Keep stakeholders informed', 'Lee Tanaka', 'csat', null, 'increase', 0.5, 0.8],
      ['Shorter L2 stays', 'Lee Tanaka', 'time-at-level-p90-hours', 2, 'decrease', expect.closeTo(4, 9), 2],
    ]);
    expect(review.actionItems.every((i) => i.outcome === null && !i.overdue && i.status === 'open')).toBe(true);

    const early = await add({ ...base, dueDate: '2026-03-14', title: 'Too early', metric: 'csat', target: 1 });
    expect([early.status, early.body.details]).toEqual([
      400,
      { fields: { dueDate: ["the due date must be after the review's period, which ends 2026-03-14"] } },
    ]);
    const noLevel = await add({ ...base, title: 'Which level?', metric: 'time-at-level-p90-hours', target: 1 });
    expect([noLevel.status, Object.keys(noLevel.body.details.fields)]).toEqual([400, ['level']]);
  });

  it('changes an action item status against its row version: a stale one is a 409', async () => {
    const patch = (i: ActionItem, body: object) =>
      call('patch', `/reviews/${review.id}/action-items/${i.id}`, 'owner', body);
    const done = await patch(item('Faster L2 pickup'), { status: 'done', rowVersion: 1 });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', rowVersion: 2 });
    const stale = await patch(item('Faster L2 pickup'), { status: 'open', rowVersion: 1 });
    expect([stale.status, stale.body.code]).toEqual([409, 'stale_version']);
    expect((await patch(item('Dropped idea'), { status: 'dropped', rowVersion: 1 })).status).toBe(200);
  });

  it('measures each metric again once the due date has passed, once, and tells managers of overdue items once', async () => {
    const f = await escalation({
      opened: '2026-03-20T10:00Z',
      ackMinutes: 5,
      stays: [[1, 'Service Desk', 45, 'resolved']],
    });
    await escalation({ opened: '2026-03-25T10:00Z', ackMinutes: 5, stays: [[1, 'Service Desk', 75, 'resolved']] });
    await escalation({ opened: '2026-03-16T10:00Z', ackMinutes: 5, stays: [[1, 'Service Desk', 600, 'resolved']] });
    await surveyed(f, 3);

    clock.set(new Date('2026-03-31T23:59:00Z'));
    expect(await followUp()).toBe(0);

    clock.set(new Date('2026-04-01T00:00:00Z'));
    await followUp();
    const detail = (await call('get', `/reviews/${review.id}`, 'manager')).body as ProcessReview;
    const measured = (title: string) => {
      const i = detail.actionItems.find((x) => x.title === title);
      return [i?.measuredValue, i?.measuredFrom, i?.measuredTo, i?.outcome, i?.overdue];
    };
    expect(measured('Faster L2 pickup')).toEqual([1, '2026-03-18', '2026-03-31', 'met', false]);
    expect(measured('Keep stakeholders informed')).toEqual([0, '2026-03-18', '2026-03-31', 'not-met', true]);
    expect(measured('Shorter L2 stays')).toEqual([null, '2026-03-18', '2026-03-31', 'no-data', true]);
    expect(measured('Dropped idea')).toEqual([null, null, null, null, false]);
    expect([detail.openActionItems, detail.overdueActionItems]).toEqual([2, 2]);

    const notified = () =>
      t.dataSource.query(
        `SELECT u.email, n.subject, n.link FROM notification n JOIN app_user u ON u.id = n.user_id
          WHERE n.channel = 'in-app' ORDER BY n.subject`,
      );
    const expected = [
      {
        email: 'manager@ladder.demo',
        subject: 'Overdue action item: Keep stakeholders informed',
        link: `/reviews/${review.id}`,
      },
      { email: 'manager@ladder.demo', subject: 'Overdue action item: Shorter L2 stays', link: `/reviews/${review.id}` },
    ];
    expect(await notified()).toEqual(expected);

    clock.set(new Date('2026-04-02T08:00:00Z'));
    expect(await followUp()).toBe(0);
    expect(await notified()).toEqual(expected);
    const again = (await call('get', `/reviews/${review.id}`, 'manager')).body as ProcessReview;
    expect(again.actionItems.map((i) => i.measuredAt)).toEqual(detail.actionItems.map((i) => i.measuredAt));

    const overdue = await call('get', '/reviews/action-items?overdue=true', 'manager');
    expect((overdue.body as ActionItem[]).map((i) => [i.title, i.reviewTitle])).toEqual([
      ['Keep stakeholders informed', 'March review'],
      ['Shorter L2 stays', 'March review'],
    ]);
    const all = await call('get', '/reviews/action-items', 'manager');
    expect((all.body as ActionItem[]).length).toBe(4);
    const list = await call('get', '/reviews', 'owner');
    expect(
      (list.body as ProcessReviewSummary[]).map((r) => [r.title, r.openActionItems, r.overdueActionItems]),
    ).toEqual([['March review', 2, 2]]);
  });

  it('leads to one draft revision, linked both ways; only process owners and admins start it', async () => {
    expect((await call('post', `/reviews/${review.id}/draft`, 'manager', {})).status).toBe(403);
    const started = await call('post', `/reviews/${review.id}/draft`, 'owner', {});
    expect(started.status).toBe(201);
    const draft = started.body as ProcedureVersionDetail;
    expect(draft).toMatchObject({ status: 'draft', name: 'Revision after review: March review', reviewId: review.id });
    const read = await call('get', `/procedures/${draft.id}`, 'owner');
    expect((read.body as ProcedureVersionDetail).reviewId).toBe(review.id);
    const detail = (await call('get', `/reviews/${review.id}`, 'owner')).body as ProcessReview;
    expect(detail.draftProcedure).toEqual({ id: draft.id, version: draft.version, status: 'draft' });
    const twice = await call('post', `/reviews/${review.id}/draft`, 'owner', {});
    expect([twice.status, twice.body.code]).toEqual([409, 'illegal_transition']);
  });

  it('closes once; a closed review takes no more findings, while its action items still move', async () => {
    const closed = await call('post', `/reviews/${review.id}/close`, 'manager');
    expect([closed.status, (closed.body as ProcessReview).status, (closed.body as ProcessReview).closedAt]).toEqual([
      200,
      'closed',
      '2026-04-02T08:00:00.000Z',
    ]);
    expect((await call('post', `/reviews/${review.id}/close`, 'manager')).status).toBe(409);
    const finding = await call('post', `/reviews/${review.id}/findings`, 'manager', {
      kind: 'other',
      text: 'Too late',
      link: null,
    });
    expect([finding.status, finding.body.code]).toEqual([409, 'illegal_transition']);
    const keep = item('Keep stakeholders informed');
    const moved = await call('patch', `/reviews/${review.id}/action-items/${keep.id}`, 'manager', {
      status: 'done',
      rowVersion: 1,
    });
    expect(moved.body).toMatchObject({ status: 'done', overdue: false });
  });
});
