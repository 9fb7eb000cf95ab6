import { FrozenClock } from '@ladder/api/common';
import { NotificationFanoutService, NotificationsModule } from '@ladder/api/notifications';
import { createTestApp, EscalationClient, type TestApp } from '@ladder/api/testing';
import { EscalationsModule } from '@ladder/api/escalations';
import { RegistersModule } from './registers.module';

/** The registers and guidelines at work when an escalation is opened, through the escalations API. */
describe('opening an escalation', () => {
  const clock = new FrozenClock(new Date('2026-11-02T09:00:00Z'));
  let t: TestApp;
  let agent: EscalationClient;

  beforeAll(async () => {
    t = await createTestApp({ imports: [EscalationsModule, NotificationsModule, RegistersModule], clock });
    agent = await EscalationClient.as(t, 'l1.agent@ladder.demo');
  });
  afterAll(() => t.close());

  /** Fans the escalation's events out as the scheduler does, and lists who is written to outside the portal. */
  async function reachedOutside(escalationId: string): Promise<{ channel: string; recipient: string }[]> {
    const fanout = t.app.get(NotificationFanoutService);
    const events = await t.dataSource.query<{ id: string }[]>(
      `SELECT id::text FROM escalation_event WHERE escalation_id = $1 ORDER BY id`,
      [escalationId],
    );
    for (const { id } of events) await t.dataSource.transaction((m) => fanout.forEvent(m, id));
    return t.dataSource.query(
      `SELECT channel, recipient FROM notification WHERE escalation_id = $1 AND channel <> 'in-app' ORDER BY recipient`,
      [escalationId],
    );
  }

  it('emails the Payroll provider (seeded "Payroll at risk", notify always) when a Payroll escalation opens', async () => {
    const payroll = await agent.create({ category: 'application', affectedService: 'Payroll', impact: 'medium' });
    expect(await reachedOutside(payroll.id)).toEqual([
      { channel: 'email', recipient: 'support@payroll-provider.example' },
    ]);
  });

  it('reaches no extra contact that is for people to call (chat), nor without a guideline', async () => {
    // "Public website down" opens it at L2 as S2: the Team Leads mailbox hears of it as a level contact, the
    // guideline's Communications chat contact is shown on the escalation only.
    const website = await agent.create({ category: 'application', affectedService: 'Website', impact: 'low' });
    const vpn = await agent.create({ impact: 'low', urgency: 'low' });
    expect([await reachedOutside(website.id), await reachedOutside(vpn.id)]).toEqual([
      [{ channel: 'email', recipient: 'team-leads@ladder.demo' }],
      [],
    ]);
  });

  it('floors the severity at the default severity a process owner gives the service in the register', async () => {
    const owner = `Bearer ${await t.signIn('owner@ladder.demo')}`;
    const entry = { name: 'Email', criticality: 'high', defaultSeverity: 'S3', owningTeamId: null };
    expect((await t.http.post('/api/registers/services').set('Authorization', owner).send(entry)).status).toBe(201);
    const floored = await agent.create({
      category: 'hardware',
      affectedService: 'Email',
      impact: 'low',
      urgency: 'low',
    });
    const unlisted = await agent.create({
      category: 'hardware',
      affectedService: 'CRM',
      impact: 'low',
      urgency: 'low',
    });
    expect([floored.severity, unlisted.severity]).toEqual(['S3', 'S4']);
  });
});
