import { FrozenClock } from '@ladder/api/common';
import { EscalationsModule } from '@ladder/api/escalations';
import { createTestApp, EscalationClient, type TestApp } from '@ladder/api/testing';
import type { Escalation, EscalationSla, TimelineEvent } from '@ladder/contracts';
import { SlaModule } from '../sla.module';
import { SlaScheduler } from './sla-scheduler.service';

/** Monday 2 March 2026 (EST in New York, where the standard business-hours calendar is). */
const at = (hhmmss: string, day = '2026-03-02') => new Date(`${day}T${hhmmss}Z`);

describe('SLA scheduler (frozen clock, one instance)', () => {
  const clock = new FrozenClock(at('10:00:00'));
  let t: TestApp;
  let scheduler: SlaScheduler;
  let agent: EscalationClient;

  beforeAll(async () => {
    t = await createTestApp({ imports: [EscalationsModule, SlaModule], clock });
    scheduler = t.app.get(SlaScheduler);
    agent = await EscalationClient.as(t, 'l1.agent@ladder.demo');
  });
  afterAll(() => t.close());

  const get = async <T>(path: string): Promise<T> => {
    const response = await agent.get(path);
    expect(response.status).toBe(200);
    return response.body as T;
  };
  const create = (body: object = {}): Promise<Escalation> => agent.create(body);
  /** Moves the clock and runs every job that is due by then, as often as new events make new jobs. */
  const runAt = async (moment: Date) => {
    clock.set(moment);
    while ((await scheduler.drain()) > 0);
  };
  /** Events Ladder wrote itself, as [type, reason, clock or rule, at]. */
  const systemEvents = async (id: string) =>
    (await get<TimelineEvent[]>(`/api/escalations/${id}/timeline`))
      .filter((e) => e.channel === 'system')
      .map((e) => [e.type, e.reason, e.details?.['clock'] ?? e.details?.['ruleId'] ?? null, e.at]);

  describe('an S2 nobody acknowledges', () => {
    let id: string;
    beforeAll(async () => {
      clock.set(at('10:00:00'));
      id = (await create()).id;
      await runAt(at('10:00:00'));
    });

    it('has four clocks on the 24x7 calendar, read from its events', async () => {
      const sla = await get<EscalationSla>(`/api/escalations/${id}/sla`);
      expect(sla).toMatchObject({ state: 'ok', nextDueAt: '2026-03-02T10:30:00.000Z', warningRatio: 0.75 });
      expect(sla.calendar).toMatchObject({ name: '24x7', kind: '24x7' });
      const running = { startedAt: '2026-03-02T10:00:00.000Z', elapsedSeconds: 0, state: 'running', warning: false };
      expect(sla.clocks).toEqual([
        {
          kind: 'response',
          targetMinutes: 30,
          dueAt: '2026-03-02T10:30:00.000Z',
          warningAt: '2026-03-02T10:22:30.000Z',
          remainingSeconds: 1800,
          stoppedAt: null,
          ...running,
        },
        {
          kind: 'resolution',
          targetMinutes: 480,
          dueAt: '2026-03-02T18:00:00.000Z',
          warningAt: '2026-03-02T16:00:00.000Z',
          remainingSeconds: 28800,
          stoppedAt: null,
          ...running,
        },
        {
          kind: 'levelBudget',
          targetMinutes: 30,
          dueAt: '2026-03-02T10:30:00.000Z',
          warningAt: '2026-03-02T10:22:30.000Z',
          remainingSeconds: 1800,
          stoppedAt: null,
          ...running,
        },
        {
          kind: 'updateCadence',
          targetMinutes: 60,
          dueAt: '2026-03-02T11:00:00.000Z',
          warningAt: '2026-03-02T10:45:00.000Z',
          remainingSeconds: 3600,
          stoppedAt: null,
          ...running,
        },
      ]);
    });

    it('stores the summary the queue sorts on and schedules one look at the first warning', async () => {
      expect(await get<Escalation>(`/api/escalations/${id}`)).toMatchObject({
        nextDueAt: '2026-03-02T10:30:00.000Z',
        slaState: 'ok',
        responseDueAt: '2026-03-02T10:30:00.000Z',
        resolutionDueAt: '2026-03-02T18:00:00.000Z',
      });
      expect(await t.dataSource.query(`SELECT kind, run_at FROM job WHERE escalation_id = $1`, [id])).toEqual([
        { kind: 'deadline', run_at: at('10:22:30') },
      ]);
    });

    it('leaves the row and its deadline job alone when an event moves no due time', async () => {
      const versions = () =>
        t.dataSource.query(
          `SELECT (SELECT xmin::text FROM escalation WHERE id = $1) AS escalation,
                  (SELECT xmin::text FROM job WHERE key = 'deadline:' || $1) AS deadline`,
          [id],
        );
      clock.set(at('10:05:00'));
      const { version } = await get<Escalation>(`/api/escalations/${id}`);
      expect((await agent.act(id, 'comment', { version, body: 'Looking at the logs' })).status).toBe(200);
      const before: unknown = await versions();
      await runAt(at('10:05:00'));
      expect(await t.dataSource.query(`SELECT kind FROM job WHERE escalation_id = $1`, [id])).toEqual([
        { kind: 'deadline' },
      ]);
      expect(await versions()).toEqual(before);
    });

    it('warns at 75 %, breaches after the due time and escalates on the timer, each once', async () => {
      await runAt(at('10:22:30'));
      expect(await get<Escalation>(`/api/escalations/${id}`)).toMatchObject({ slaState: 'warning', level: 1 });
      await runAt(at('10:30:01'));
      await runAt(at('10:31:00'));
      expect(await systemEvents(id)).toEqual([
        ['sla-warning', 'timer', 'response', '2026-03-02T10:22:30.000Z'],
        ['sla-warning', 'timer', 'levelBudget', '2026-03-02T10:22:30.000Z'],
        ['sla-breach', 'timer', 'response', '2026-03-02T10:30:01.000Z'],
        ['sla-breach', 'timer', 'levelBudget', '2026-03-02T10:30:01.000Z'],
        ['escalate', 'timer', null, '2026-03-02T10:30:01.000Z'],
      ]);
      expect(await get<Escalation>(`/api/escalations/${id}`)).toMatchObject({
        level: 2,
        teamName: 'Team Leads',
        status: 'open',
        slaState: 'breached',
      });
    });

    it('reminds every 15 minutes until someone acknowledges', async () => {
      await runAt(at('10:45:00'));
      await runAt(at('11:00:00'));
      const { version } = await get<Escalation>(`/api/escalations/${id}`);
      const lead = await EscalationClient.as(t, 'l2.lead@ladder.demo');
      expect((await lead.act(id, 'acknowledge', { version })).status).toBe(200);
      await runAt(at('11:20:00'));
      const reminders = (await systemEvents(id)).filter(([type]) => type === 'reminder');
      expect(reminders).toEqual([
        ['reminder', 'timer', null, '2026-03-02T10:45:00.000Z'],
        ['reminder', 'timer', null, '2026-03-02T11:00:00.000Z'],
      ]);
    });
  });

  it('sends an S1 straight to the Team Lead and tells IT Management, by rule', async () => {
    clock.set(at('12:00:00'));
    const { id } = await create({ title: 'Payroll down', urgency: 'high', affectedService: 'Payroll' });
    await runAt(at('12:00:00'));
    expect(await systemEvents(id)).toEqual([
      ['rule-fired', 'rule', 's1-straight-to-l2', '2026-03-02T12:00:00.000Z'],
      ['rule-fired', 'rule', 's1-notify-management', '2026-03-02T12:00:00.000Z'],
      ['escalate', 'rule', 's1-straight-to-l2', '2026-03-02T12:00:00.000Z'],
    ]);
    expect(await get<Escalation>(`/api/escalations/${id}`)).toMatchObject({ severity: 'S1', level: 2 });
  });

  it('raises a security escalation to at least S2, by rule', async () => {
    clock.set(at('12:10:00'));
    const { id } = await create({ title: 'Phishing mail', category: 'security', impact: 'medium', urgency: 'low' });
    await runAt(at('12:10:00'));
    expect((await systemEvents(id)).map(([type, , rule]) => [type, rule])).toEqual([
      ['rule-fired', 'security-at-least-s2'],
      ['raise-severity', 'security-at-least-s2'],
    ]);
    expect(await get<Escalation>(`/api/escalations/${id}`)).toMatchObject({ severity: 'S2', version: 2 });
  });

  describe('calendars', () => {
    let businessHours: { id: string; version: number };
    beforeAll(async () => {
      const calendars = await get<{ id: string; name: string; version: number }[]>('/api/calendars');
      businessHours = calendars.find((c) => c.name === 'business-hours') ?? { id: '', version: 0 };
    });
    const put = async (body: object) =>
      t.http
        .put(`/api/calendars/${businessHours.id}`)
        .set('Authorization', `Bearer ${await t.signIn('admin@ladder.demo')}`)
        .send(body);
    const hours = { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] };

    it('refuses overlapping hours, an unknown time zone and a stale version, and changes nothing', async () => {
      const overlapping = {
        ...hours,
        mon: [
          ['09:00', '13:00'],
          ['12:00', '17:00'],
        ],
      };
      const bad = await put({
        version: businessHours.version,
        definition: { kind: 'business-hours', timeZone: 'America/New_York', hours: overlapping, holidays: [] },
      });
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ code: 'validation_failed' });
      expect(JSON.stringify(bad.body.details)).toContain('12:00-17:00 starts before 09:00-13:00 ends');
      const zone = await put({
        version: businessHours.version,
        definition: { kind: 'business-hours', timeZone: 'Mars/Olympus', hours, holidays: [] },
      });
      expect(zone.status).toBe(400);
      expect(JSON.stringify(zone.body.details)).toContain('unknown IANA time zone \\"Mars/Olympus\\"');
      const stale = await put({
        version: businessHours.version + 1,
        definition: { kind: 'business-hours', timeZone: 'Europe/London', hours, holidays: [] },
      });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ code: 'stale_version' });
      const unchanged = await get<{ name: string; version: number }[]>('/api/calendars');
      expect(unchanged.find((c) => c.name === 'business-hours')?.version).toBe(businessHours.version);
    });

    it('re-plans open escalations on the calendar when it changes', async () => {
      // An S3 runs on its team's calendar: New York 09:00-17:00 = 14:00Z-22:00Z in March before DST.
      clock.set(at('10:00:00', '2026-03-03'));
      const { id } = await create({ title: 'Printer queue slow', impact: 'medium', urgency: 'medium' });
      await runAt(at('10:00:00', '2026-03-03'));
      // Level budget S3 at L1: 120 working minutes from 14:00Z.
      expect(await get<Escalation>(`/api/escalations/${id}`)).toMatchObject({
        severity: 'S3',
        nextDueAt: '2026-03-03T16:00:00.000Z',
      });
      const changed = await put({
        version: businessHours.version,
        definition: { kind: 'business-hours', timeZone: 'Europe/London', hours, holidays: [] },
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ version: businessHours.version + 1 });
      await runAt(at('10:00:00', '2026-03-03'));
      // London 09:00-17:00 is 09:00Z-17:00Z: counting since 10:00Z, 120 minutes end at 12:00Z.
      expect(await get<Escalation>(`/api/escalations/${id}`)).toMatchObject({ nextDueAt: '2026-03-03T12:00:00.000Z' });
      const sla = await get<EscalationSla>(`/api/escalations/${id}/sla`);
      expect(sla.calendar.name).toBe('business-hours');
      expect(sla.clocks.find((c) => c.kind === 'response')?.dueAt).toBe('2026-03-03T14:00:00.000Z');
    });
  });

  it('filters and sorts the queue by SLA state and nearest due time', async () => {
    const list = await get<{ items: Escalation[] }>('/api/escalations?slaState=breached&sort=due');
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((e) => e.slaState === 'breached')).toBe(true);
    const due = list.items.map((e) => e.nextDueAt ?? '9999');
    expect(due).toEqual([...due].sort());
  });

  it('invites the stakeholders to a survey when it processes a resolution, and withdraws it on reopening', async () => {
    clock.set(at('09:00:00', '2026-03-05'));
    const e = await create({ stakeholders: [{ name: 'Pat Client', email: 'pat@client.test' }] });
    const resolved = await agent.ok(e.id, 'resolve', { version: e.version, summary: 'Fixed' });
    await runAt(at('09:00:00', '2026-03-05'));
    const invitations = () =>
      t.dataSource.query(`SELECT email, status, send_at FROM survey_invitation WHERE escalation_id = $1`, [e.id]);
    expect(await invitations()).toEqual([
      { email: 'pat@client.test', status: 'scheduled', send_at: at('10:00:00', '2026-03-05') },
    ]);
    await agent.ok(e.id, 'reopen', { version: resolved.version, reason: 'Back again' });
    await runAt(at('09:00:00', '2026-03-05'));
    expect(await invitations()).toEqual([
      { email: 'pat@client.test', status: 'withdrawn', send_at: at('10:00:00', '2026-03-05') },
    ]);
  });
});
