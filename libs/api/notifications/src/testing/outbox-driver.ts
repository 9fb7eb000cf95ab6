import type { CreateEscalation, Escalation } from '@ladder/contracts';
import type { TestApp } from '@ladder/api/testing';
import { NotificationFanoutService } from '../lib/fanout/notification-fanout.service';

/** A body the API accepts: high impact x medium urgency gives S2 in the demo procedure. */
export const VPN_DOWN = {
  title: 'VPN down for Sales',
  description: 'Tunnel drops every 5 minutes',
  category: 'network',
  affectedService: 'VPN',
  impact: 'high',
  urgency: 'medium',
  stakeholders: [{ name: 'Pat Client', email: 'pat@client.test' }],
} satisfies Partial<CreateEscalation>;

/**
 * Drives escalations through the API as one user and fans their events out as the scheduler's event jobs do
 * (in a transaction of their own, each event once more is harmless: the fan-out is idempotent).
 */
export class OutboxDriver {
  private constructor(
    private readonly t: TestApp,
    private readonly token: string,
  ) {}

  static async as(t: TestApp, email: string): Promise<OutboxDriver> {
    return new OutboxDriver(t, await t.signIn(email));
  }

  async create(overrides: Partial<CreateEscalation> = {}): Promise<Escalation> {
    const response = await this.t.http
      .post('/api/escalations')
      .set('Authorization', `Bearer ${this.token}`)
      .send({ ...VPN_DOWN, ...overrides });
    if (response.status !== 201)
      throw new Error(`create answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body as Escalation;
  }

  async act(id: string, action: string, body: object): Promise<Escalation> {
    const response = await this.t.http
      .post(`/api/escalations/${id}/${action}`)
      .set('Authorization', `Bearer ${this.token}`)
      .send(body);
    if (response.status !== 200)
      throw new Error(`${action} answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body as Escalation;
  }

  /** Fans out every event of the escalation, oldest first. */
  async fanOut(escalationId: string): Promise<void> {
    const fanout = this.t.app.get(NotificationFanoutService);
    const events = await this.t.dataSource.query<{ id: string }[]>(
      `SELECT id::text FROM escalation_event WHERE escalation_id = $1 ORDER BY id`,
      [escalationId],
    );
    for (const { id } of events) await this.t.dataSource.transaction((m) => fanout.forEvent(m, id));
  }
}
