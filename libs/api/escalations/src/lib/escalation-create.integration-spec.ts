import { FrozenClock } from '@ladder/api/common';
import { createTestApp, EscalationClient, teamIds, type TestApp, VPN_DOWN } from '@ladder/api/testing';
import { EscalationsModule } from './escalations.module';

describe('POST /api/escalations', () => {
  const clock = new FrozenClock(new Date('2026-11-02T09:00:00Z'));
  let t: TestApp;
  let agent: EscalationClient;
  let teams: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp({ imports: [EscalationsModule], clock });
    agent = await EscalationClient.as(t, 'l1.agent@ladder.demo');
    teams = await teamIds(t);
  });
  afterAll(() => t.close());

  it('opens at level 1 with the matrix severity, due times, an event and a first stint', async () => {
    const created = await agent.create();
    expect(created).toMatchObject({
      title: 'VPN down for Sales',
      severity: 'S2',
      status: 'open',
      level: 1,
      teamId: teams['Service Desk'],
      teamName: 'Service Desk',
      assigneeId: null,
      source: 'api',
      version: 1,
      createdAt: '2026-11-02T09:00:00.000Z',
      responseDueAt: '2026-11-02T09:30:00.000Z',
      resolutionDueAt: '2026-11-02T17:00:00.000Z',
      stakeholders: [],
    });
    const events = await t.dataSource.query(
      'SELECT type, at, to_status, to_level, details FROM escalation_event WHERE escalation_id = $1',
      [created.id],
    );
    // No guideline matches network/VPN and the service register is empty: nothing shaped the opening.
    expect(events).toEqual([{ type: 'created', at: clock.now(), to_status: 'open', to_level: 1, details: null }]);
    expect(created.guidance).toEqual([]);
    const stints = await t.dataSource.query(
      'SELECT level, team_id, entered_at, left_at FROM level_stint WHERE escalation_id = $1',
      [created.id],
    );
    expect(stints).toEqual([{ level: 1, team_id: teams['Service Desk'], entered_at: clock.now(), left_at: null }]);
  });

  it('records the portal as the source for a cookie session', async () => {
    const login = await t.http.post('/api/auth/login').send({ email: 'l1.agent@ladder.demo', password: 'ladder-demo' });
    expect(login.status).toBe(200);
    const response = await t.http
      .post('/api/escalations')
      .set('Cookie', login.get('Set-Cookie') ?? [])
      .set('X-CSRF-Token', login.body.csrfToken)
      .send(VPN_DOWN);
    expect([response.status, response.body.source]).toEqual([201, 'portal']);
  });

  it.each([
    ['high', 'high', 'S1', '2026-11-02T09:15:00.000Z', '2026-11-02T13:00:00.000Z'],
    // S3 and S4 run on the team's business hours: New York 09:00-17:00, 14:00Z-22:00Z after DST ended on 1 Nov.
    // S3: 240 min from 14:00Z; 2,880 min = six 8-hour days, Mon 2 to Mon 9 Nov. S4: 480 min; 15 days to Fri 20 Nov.
    ['medium', 'medium', 'S3', '2026-11-02T18:00:00.000Z', '2026-11-09T22:00:00.000Z'],
    ['low', 'low', 'S4', '2026-11-02T22:00:00.000Z', '2026-11-20T22:00:00.000Z'],
  ] as const)(
    'impact %s x urgency %s is %s with its targets',
    async (impact, urgency, severity, responseDueAt, resolutionDueAt) => {
      expect(await agent.create({ impact, urgency })).toMatchObject({ severity, responseDueAt, resolutionDueAt });
    },
  );

  it('lets agents open only at levels they work, managers and admins anywhere, routing by category', async () => {
    const refused = await agent.post('/api/escalations', { ...VPN_DOWN, level: 2 });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('forbidden');
    const network = await EscalationClient.as(t, 'l3.network@ladder.demo');
    expect(await network.create({ level: 3, category: 'database' })).toMatchObject({ level: 3, teamName: 'Database' });
    const manager = await EscalationClient.as(t, 'manager@ladder.demo');
    expect(await manager.create({ level: 4 })).toMatchObject({ level: 4, teamName: 'IT Management' });
    const admin = await EscalationClient.as(t, 'admin@ladder.demo');
    expect(await admin.create({ level: 3, category: 'hardware' })).toMatchObject({ level: 3, teamName: 'Network' });
  });

  it('refuses a level the procedure lacks, a bad body and a process owner', async () => {
    const manager = await EscalationClient.as(t, 'manager@ladder.demo');
    const noLevel = await manager.post('/api/escalations', { ...VPN_DOWN, level: 9 });
    expect([noLevel.status, noLevel.body.code]).toEqual([400, 'invalid_level']);
    const badBody = await agent.post('/api/escalations', { ...VPN_DOWN, impact: 'huge' });
    expect([badBody.status, badBody.body.code]).toEqual([400, 'validation_failed']);
    const unknownCategory = await agent.post('/api/escalations', { ...VPN_DOWN, category: 'plumbing' });
    expect([unknownCategory.status, unknownCategory.body.code]).toEqual([400, 'validation_failed']);
    const owner = await EscalationClient.as(t, 'owner@ladder.demo');
    expect((await owner.post('/api/escalations', VPN_DOWN)).status).toBe(403);
  });

  describe('scenario guidelines and the service register', () => {
    const createdDetails = async (id: string) =>
      (
        await t.dataSource.query<{ details: unknown }[]>(
          `SELECT details FROM escalation_event WHERE escalation_id = $1 AND type = 'created'`,
          [id],
        )
      )[0]?.details;

    it('opens a database escalation at L3 and at least S2 (seeded "Database outage") and records why', async () => {
      const created = await agent.create({
        category: 'database',
        affectedService: 'ERP',
        impact: 'low',
        urgency: 'low',
      });
      // S2 runs on 24x7: response 30 min, resolution 480 min from 09:00.
      expect(created).toMatchObject({
        level: 3,
        levelName: 'Specialist teams',
        teamName: 'Database',
        severity: 'S2',
        responseDueAt: '2026-11-02T09:30:00.000Z',
        resolutionDueAt: '2026-11-02T17:00:00.000Z',
      });
      expect(created.guidance.map((g) => [g.id, g.name, g.entryLevel, g.minimumSeverity, g.extraContacts])).toEqual([
        ['database-outage', 'Database outage', 3, 'S2', []],
      ]);
      expect(created.guidance[0]?.notes).toMatch(/^A database problem goes straight to the \*\*Database\*\* team/);
      expect(await createdDetails(created.id)).toEqual({
        guidelines: [{ id: 'database-outage', name: 'Database outage' }],
        requestedLevel: 1,
        matrixSeverity: 'S4',
        severity: 'S2',
        serviceSeverity: null,
        extraContacts: [],
      });
      const stints = await t.dataSource.query('SELECT level, team_id FROM level_stint WHERE escalation_id = $1', [
        created.id,
      ]);
      expect(stints).toEqual([{ level: 3, team_id: teams['Database'] }]);
    });

    it('raises Payroll to S2 at L1 and records the provider as an extra contact', async () => {
      const created = await agent.create({
        category: 'application',
        affectedService: 'Payroll',
        impact: 'medium',
        urgency: 'medium',
      });
      expect(created).toMatchObject({ level: 1, teamName: 'Service Desk', severity: 'S2' });
      expect(await createdDetails(created.id)).toEqual({
        guidelines: [{ id: 'payroll-run', name: 'Payroll at risk' }],
        requestedLevel: 1,
        matrixSeverity: 'S3',
        severity: 'S2',
        serviceSeverity: null,
        extraContacts: [
          {
            name: 'Payroll provider',
            role: 'Vendor support desk',
            channel: 'email',
            address: 'support@payroll-provider.example',
            whenToReachOut: 'Any Payroll escalation: they can hold or re-run a pay run.',
            notify: {},
          },
        ],
      });
    });

    it('sends the public website to the Team Lead (L2) and keeps what is already higher or more severe', async () => {
      const website = await agent.create({ category: 'application', affectedService: 'Website', impact: 'low' });
      expect(website).toMatchObject({ level: 2, teamName: 'Team Leads', severity: 'S2' });
      expect(website.guidance.map((g) => g.id)).toEqual(['website-down']);
      const manager = await EscalationClient.as(t, 'manager@ladder.demo');
      const higher = await manager.create({ level: 4, category: 'database', impact: 'high', urgency: 'high' });
      expect(higher).toMatchObject({ level: 4, teamName: 'IT Management', severity: 'S1' });
      expect(await createdDetails(higher.id)).toMatchObject({
        requestedLevel: 4,
        matrixSeverity: 'S1',
        severity: 'S1',
      });
    });

    it('takes the service register’s default severity as a floor', async () => {
      await t.dataSource.query(
        `INSERT INTO critical_service (name, criticality, default_severity, created_at, updated_at)
         VALUES ('Email', 'high', 'S3', now(), now())`,
      );
      const floored = await agent.create({
        category: 'hardware',
        affectedService: 'Email',
        impact: 'low',
        urgency: 'low',
      });
      const above = await agent.create({
        category: 'hardware',
        affectedService: 'Email',
        impact: 'high',
        urgency: 'high',
      });
      expect([floored.severity, floored.level, above.severity]).toEqual(['S3', 1, 'S1']);
      expect(floored.guidance).toEqual([]);
      expect(await createdDetails(floored.id)).toEqual({
        guidelines: [],
        requestedLevel: 1,
        matrixSeverity: 'S4',
        severity: 'S3',
        serviceSeverity: 'S3',
        extraContacts: [],
      });
    });
  });

  describe('Idempotency-Key', () => {
    const count = async (key: string): Promise<number> =>
      (await t.dataSource.query('SELECT count(*)::int AS n FROM escalation WHERE idempotency_key = $1', [key]))[0].n;

    it('answers a retry with the same escalation and writes one row', async () => {
      const first = await agent.post('/api/escalations', VPN_DOWN, { 'Idempotency-Key': 'retry-1' });
      const again = await agent.post('/api/escalations', { ...VPN_DOWN }, { 'Idempotency-Key': 'retry-1' });
      expect(first.status).toBe(201);
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect(await count('retry-1')).toBe(1);
    });

    it('refuses the same key with a different body and keeps the first', async () => {
      await agent
        .post('/api/escalations', VPN_DOWN, { 'Idempotency-Key': 'retry-2' })
        .then((r) => expect(r.status).toBe(201));
      const changed = await agent.post(
        '/api/escalations',
        { ...VPN_DOWN, title: 'Other' },
        { 'Idempotency-Key': 'retry-2' },
      );
      expect([changed.status, changed.body.code]).toEqual([409, 'idempotency_conflict']);
      expect(await count('retry-2')).toBe(1);
    });

    it('creates one escalation for concurrent requests with the same key', async () => {
      const answers = await Promise.all(
        Array.from({ length: 6 }, () => agent.post('/api/escalations', VPN_DOWN, { 'Idempotency-Key': 'race-1' })),
      );
      expect(answers.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
      expect(new Set(answers.map((r) => r.body.id)).size).toBe(1);
      expect(await count('race-1')).toBe(1);
    });

    it('scopes keys to the caller', async () => {
      const admin = await EscalationClient.as(t, 'admin@ladder.demo');
      const mine = await agent.post('/api/escalations', VPN_DOWN, { 'Idempotency-Key': 'shared' });
      const theirs = await admin.post('/api/escalations', VPN_DOWN, { 'Idempotency-Key': 'shared' });
      expect(theirs.body.id).not.toBe(mine.body.id);
      expect(await count('shared')).toBe(2);
    });
  });
});
