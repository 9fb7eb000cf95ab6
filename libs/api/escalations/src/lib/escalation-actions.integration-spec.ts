import { FrozenClock } from '@ladder/api/common';
import type { Escalation, TimelineEvent } from '@ladder/contracts';
import { createTestApp, EscalationClient, teamIds, type TestApp, userId, written } from '@ladder/api/testing';
import { EscalationsModule } from './escalations.module';

const at = (hhmm: string) => new Date(`2026-11-02T${hhmm}:00Z`);

describe('escalation actions', () => {
  const clock = new FrozenClock(at('09:00'));
  let t: TestApp;
  let agent: EscalationClient;
  let teams: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp({ imports: [EscalationsModule], clock });
    agent = await EscalationClient.as(t, 'l1.agent@ladder.demo');
    teams = await teamIds(t);
  });
  afterAll(() => t.close());

  const stints = (id: string) =>
    t.dataSource.query(
      `SELECT level, team_id, entered_at, first_response_at, paused_since, paused_seconds, left_at, exit
         FROM level_stint WHERE escalation_id = $1 ORDER BY entered_at, id`,
      [id],
    );
  const stint = (
    level: number,
    team: string,
    entered: string,
    left: string | null,
    exit: string | null,
    more = {},
  ) => ({
    level,
    team_id: teams[team],
    entered_at: at(entered),
    first_response_at: null,
    paused_since: null,
    paused_seconds: 0,
    left_at: left ? at(left) : null,
    exit,
    ...more,
  });

  describe('a whole life: every action in turn', () => {
    let e: Escalation;
    const step = async (hhmm: string, action: Parameters<EscalationClient['ok']>[1], body: object = {}) => {
      clock.set(at(hhmm));
      e = await agent.ok(e.id, action, { version: e.version, ...body });
      return e;
    };

    beforeAll(async () => {
      clock.set(at('09:00'));
      e = await agent.create();
    });

    it('acknowledge marks the first response on the escalation and its stint', async () => {
      expect(await step('09:10', 'acknowledge')).toMatchObject({
        status: 'acknowledged',
        version: 2,
        acknowledgedAt: '2026-11-02T09:10:00.000Z',
        updatedAt: '2026-11-02T09:10:00.000Z',
      });
      expect(await stints(e.id)).toEqual([
        stint(1, 'Service Desk', '09:00', null, null, { first_response_at: at('09:10') }),
      ]);
    });

    it('assign sets the assignee and keeps the status', async () => {
      const alex = await userId(t, 'l1.agent@ladder.demo');
      expect(await step('09:12', 'assign', { assigneeId: alex })).toMatchObject({
        status: 'acknowledged',
        assigneeId: alex,
        assigneeName: 'Alex Rivera',
        version: 3,
      });
    });

    it('wait pauses the stint and resume adds the paused seconds', async () => {
      expect(await step('09:20', 'wait', { reason: 'waiting for the user' })).toMatchObject({
        status: 'waiting',
        version: 4,
      });
      expect((await stints(e.id))[0]).toMatchObject({ paused_since: at('09:20') });
      expect(await step('09:50', 'resume')).toMatchObject({ status: 'acknowledged', version: 5 });
      expect((await stints(e.id))[0]).toMatchObject({ paused_since: null, paused_seconds: 1800 });
    });

    it('escalate goes to the next level, its default team, back to open and unassigned', async () => {
      expect(await step('10:00', 'escalate', { reason: 'needs a lead' })).toMatchObject({
        status: 'open',
        level: 2,
        teamName: 'Team Leads',
        assigneeId: null,
        assigneeName: null,
        version: 6,
        acknowledgedAt: '2026-11-02T09:10:00.000Z',
      });
    });

    it('escalate to a named level routes the category; de-escalate and a named team follow', async () => {
      expect(await step('10:30', 'escalate', { reason: 'network specialist', toLevel: 3 })).toMatchObject({
        level: 3,
        teamName: 'Network',
      });
      expect(await step('11:00', 'de-escalate', { reason: 'lead to decide' })).toMatchObject({
        level: 2,
        teamName: 'Team Leads',
        status: 'open',
      });
      expect(
        await step('11:15', 'escalate', { reason: 'it is the database', toLevel: 3, teamId: teams['Database'] }),
      ).toMatchObject({
        level: 3,
        teamName: 'Database',
        version: 9,
      });
    });

    it('comment and stakeholder update keep the status and bump the version', async () => {
      expect(await step('11:20', 'comment', { body: 'checked replication' })).toMatchObject({
        status: 'open',
        version: 10,
      });
      expect(await step('11:25', 'stakeholder-update', { body: 'We found the cause' })).toMatchObject({
        status: 'open',
        version: 11,
      });
    });

    it('acknowledge at the new level keeps the first acknowledgement time', async () => {
      expect(await step('11:30', 'acknowledge')).toMatchObject({
        acknowledgedAt: '2026-11-02T09:10:00.000Z',
        version: 12,
      });
    });

    it('resolve closes the stint; reopen opens one at the same level; close ends it', async () => {
      expect(await step('12:00', 'resolve', { summary: 'Replica restarted' })).toMatchObject({
        status: 'resolved',
        resolvedAt: '2026-11-02T12:00:00.000Z',
        resolutionSummary: 'Replica restarted',
        version: 13,
      });
      expect(await step('12:30', 'reopen', { reason: 'it is back' })).toMatchObject({
        status: 'reopened',
        resolvedAt: null,
        level: 3,
        teamName: 'Database',
        version: 14,
      });
      await step('13:00', 'resolve', { summary: 'Disk replaced' });
      expect(await step('13:30', 'close')).toMatchObject({
        status: 'closed',
        closedAt: '2026-11-02T13:30:00.000Z',
        version: 16,
      });
    });

    it('leaves one stint per stay at a level, in order', async () => {
      expect(await stints(e.id)).toEqual([
        stint(1, 'Service Desk', '09:00', '10:00', 'escalated', {
          first_response_at: at('09:10'),
          paused_seconds: 1800,
        }),
        stint(2, 'Team Leads', '10:00', '10:30', 'escalated'),
        stint(3, 'Network', '10:30', '11:00', 'de-escalated'),
        stint(2, 'Team Leads', '11:00', '11:15', 'escalated'),
        stint(3, 'Database', '11:15', '12:00', 'resolved', { first_response_at: at('11:30') }),
        stint(3, 'Database', '12:30', '13:00', 'resolved'),
      ]);
    });

    it('shows the timeline oldest first with actor and team names and each event visibility', async () => {
      const response = await agent.get(`/api/escalations/${e.id}/timeline`);
      expect(response.status).toBe(200);
      const events = response.body as TimelineEvent[];
      expect(
        events.map((ev) => [ev.type, ev.at.slice(11, 16), ev.fromStatus, ev.toStatus, ev.teamName, ev.visibility]),
      ).toEqual([
        ['created', '09:00', null, 'open', 'Service Desk', 'internal'],
        ['acknowledge', '09:10', 'open', 'acknowledged', 'Service Desk', 'internal'],
        ['assign', '09:12', 'acknowledged', 'acknowledged', 'Service Desk', 'internal'],
        ['wait', '09:20', 'acknowledged', 'waiting', 'Service Desk', 'internal'],
        ['resume', '09:50', 'waiting', 'acknowledged', 'Service Desk', 'internal'],
        ['escalate', '10:00', 'acknowledged', 'open', 'Team Leads', 'internal'],
        ['escalate', '10:30', 'open', 'open', 'Network', 'internal'],
        ['de-escalate', '11:00', 'open', 'open', 'Team Leads', 'internal'],
        ['escalate', '11:15', 'open', 'open', 'Database', 'internal'],
        ['comment', '11:20', 'open', 'open', 'Database', 'internal'],
        ['stakeholder-update', '11:25', 'open', 'open', 'Database', 'public'],
        ['acknowledge', '11:30', 'open', 'acknowledged', 'Database', 'internal'],
        ['resolve', '12:00', 'acknowledged', 'resolved', 'Database', 'internal'],
        ['reopen', '12:30', 'resolved', 'reopened', 'Database', 'internal'],
        ['resolve', '13:00', 'reopened', 'resolved', 'Database', 'internal'],
        ['close', '13:30', 'resolved', 'closed', 'Database', 'internal'],
      ]);
      expect(events.every((ev) => ev.actorName === 'Alex Rivera' && ev.channel === 'api')).toBe(true);
      expect(events[6]).toMatchObject({ fromLevel: 2, toLevel: 3, body: 'network specialist' });
      expect(events[12]?.body).toBe('Replica restarted');
    });

    it('refuses an illegal transition with 409 naming the status, and writes nothing', async () => {
      const before = await written(t, e.id);
      const response = await agent.act(e.id, 'acknowledge', { version: 16 });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({
        code: 'illegal_transition',
        message: 'cannot acknowledge an escalation that is closed',
        details: { status: 'closed', version: 16 },
      });
      expect(await written(t, e.id)).toEqual(before);
    });
  });

  it('resolving while waiting counts the pause up to the resolution', async () => {
    clock.set(at('14:00'));
    const e = await agent.create();
    await agent.ok(e.id, 'acknowledge', { version: 1 });
    clock.set(at('14:05'));
    await agent.ok(e.id, 'wait', { version: 2, reason: 'user away' });
    clock.set(at('14:20'));
    await agent.ok(e.id, 'resolve', { version: 3, summary: 'user confirmed' });
    expect(await stints(e.id)).toEqual([
      stint(1, 'Service Desk', '14:00', '14:20', 'resolved', { first_response_at: at('14:00'), paused_seconds: 900 }),
    ]);
  });

  describe('refusals', () => {
    it('answers a stale version with 409 stale_version and writes nothing', async () => {
      const e = await agent.create();
      await agent.ok(e.id, 'acknowledge', { version: 1 });
      const before = await written(t, e.id);
      const response = await agent.act(e.id, 'escalate', { version: 1, reason: 'too late' });
      expect([response.status, response.body.code]).toEqual([409, 'stale_version']);
      expect(response.body.details).toEqual({ status: 'acknowledged', version: 2 });
      expect(await written(t, e.id)).toEqual(before);
    });

    it('lets exactly one of two concurrent actions on the same version through', async () => {
      const e = await agent.create();
      const answers = await Promise.all([
        agent.act(e.id, 'acknowledge', { version: 1 }),
        agent.act(e.id, 'escalate', { version: 1, reason: 'at once' }),
      ]);
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(answers.find((r) => r.status === 409)?.body.code).toBe('stale_version');
      expect(await written(t, e.id)).toMatchObject({ events: 2, version: 2 });
    });

    it('answers a level or team the procedure does not allow with 400 invalid_level and writes nothing', async () => {
      const e = await agent.create();
      const before = await written(t, e.id);
      const cases = [
        ['escalate', { toLevel: 9 }],
        ['escalate', { toLevel: 3, teamId: teams['Team Leads'] }],
        ['de-escalate', {}],
      ] as const;
      for (const [action, body] of cases) {
        const response = await agent.act(e.id, action, { version: 1, reason: 'try', ...body });
        expect([action, response.status, response.body.code]).toEqual([action, 400, 'invalid_level']);
      }
      await agent.ok(e.id, 'escalate', { version: 1, reason: 'up', toLevel: 3 });
      const down = await agent.act(e.id, 'de-escalate', { version: 2, reason: 'down', toLevel: 4 });
      expect([down.status, down.body.code]).toEqual([400, 'invalid_level']);
      expect(await written(t, e.id)).toEqual({ ...before, events: 2, stints: 2, version: 2 });
    });

    it('answers 404 for an unknown escalation and 400 for a bad id or body', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      for (const response of [
        await agent.act(unknown, 'acknowledge', { version: 1 }),
        await agent.get(`/api/escalations/${unknown}`),
        await agent.get(`/api/escalations/${unknown}/timeline`),
      ]) {
        expect([response.status, response.body.code]).toEqual([404, 'not_found']);
      }
      const e = await agent.create();
      for (const response of [
        await agent.get('/api/escalations/not-a-uuid'),
        await agent.act('not-a-uuid', 'acknowledge', { version: 1 }),
        await agent.act(e.id, 'acknowledge', {}),
        await agent.act(e.id, 'resolve', { version: 1 }),
        await agent.act(e.id, 'assign', { version: 1, assigneeId: '00000000-0000-4000-8000-000000000000' }),
      ]) {
        expect([response.status, response.body.code]).toEqual([400, 'validation_failed']);
      }
      expect(await written(t, e.id)).toEqual({ events: 1, stints: 1, version: 1 });
    });

    it('lets a process owner read but not act', async () => {
      const e = await agent.create();
      const owner = await EscalationClient.as(t, 'owner@ladder.demo');
      expect((await owner.get(`/api/escalations/${e.id}`)).status).toBe(200);
      expect((await owner.act(e.id, 'acknowledge', { version: 1 })).status).toBe(403);
      const manager = await EscalationClient.as(t, 'manager@ladder.demo');
      expect((await manager.act(e.id, 'acknowledge', { version: 1 })).status).toBe(200);
    });
  });
});
