import { FrozenClock } from '@ladder/api/common';
import { EscalationsModule } from '@ladder/api/escalations';
import { createTestApp, type TestApp } from '@ladder/api/testing';
import type { Escalation } from '@ladder/contracts';
import { OutboxDriver } from '../../testing/outbox-driver';
import { NotificationsModule } from '../notifications.module';
import { STATUS_REQUESTS_PER_MINUTE } from './stakeholder-status.service';

const at = (hhmm: string) => new Date(`2026-11-02T${hhmm}:00Z`);

describe('the stakeholder status page', () => {
  const clock = new FrozenClock(at('09:00'));
  let t: TestApp;
  let manager: OutboxDriver;
  let e: Escalation;
  let token: string;
  let requests = 0;

  /** The token in the status link of the email the stakeholder got about an escalation. */
  const tokenOf = async (escalationId: string, email: string) => {
    const [row] = await t.dataSource.query<{ link: string }[]>(
      `SELECT link FROM notification WHERE escalation_id = $1 AND recipient = $2`,
      [escalationId, email],
    );
    return row?.link.split('/status/')[1] ?? '';
  };

  beforeAll(async () => {
    t = await createTestApp({ imports: [EscalationsModule, NotificationsModule], clock });
    manager = await OutboxDriver.as(t, 'manager@ladder.demo');
    e = await manager.create({ stakeholders: [{ name: 'Pat Client', email: 'pat@client.test' }] });
    await manager.fanOut(e.id);
    token = await tokenOf(e.id, 'pat@client.test');
  });
  afterAll(() => t.close());

  const status = (tokenToAsk = token) => {
    requests++;
    return t.http.get(`/api/status/${tokenToAsk}`);
  };

  it('shows the escalation without an account, the next update due one cadence after creation', async () => {
    const response = await status();
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      number: e.number,
      title: 'VPN down for Sales',
      status: 'open',
      severity: 'S2',
      level: 1,
      levelName: 'Service Desk',
      highestLevel: 1,
      createdAt: '2026-11-02T09:00:00.000Z',
      resolvedAt: null,
      resolutionSummary: null,
      updates: [],
      nextUpdateDueAt: '2026-11-02T10:00:00.000Z',
    });
  });

  it('lists public updates only, and counts the cadence from the last one', async () => {
    clock.set(at('09:20'));
    e = await manager.act(e.id, 'comment', { body: 'INTERNAL note' });
    e = await manager.act(e.id, 'stakeholder-update', { body: 'We are on it' });
    clock.set(at('09:40'));
    e = await manager.act(e.id, 'escalate', { version: e.version, reason: 'INTERNAL reason', toLevel: 3 });
    e = await manager.act(e.id, 'de-escalate', { version: e.version, reason: 'INTERNAL back' });
    const body = (await status()).body as Record<string, unknown>;
    expect(body).toMatchObject({
      level: 2,
      levelName: 'Team Lead',
      highestLevel: 3,
      updates: [{ at: '2026-11-02T09:20:00.000Z', body: 'We are on it' }],
      nextUpdateDueAt: '2026-11-02T10:20:00.000Z',
    });
    expect(JSON.stringify(body)).not.toContain('INTERNAL');
  });

  it('shows the resolution and no next update once resolved', async () => {
    clock.set(at('10:00'));
    e = await manager.act(e.id, 'resolve', { version: e.version, summary: 'Concentrator replaced' });
    expect((await status()).body).toMatchObject({
      status: 'resolved',
      resolvedAt: '2026-11-02T10:00:00.000Z',
      resolutionSummary: 'Concentrator replaced',
      nextUpdateDueAt: null,
    });
  });

  it("counts the next update on the escalation's calendar, as its SLA clock does", async () => {
    clock.set(at('09:00'));
    // S3 runs on the team's New York business hours, 14:00Z-22:00Z: a 480-minute cadence from 09:00Z ends at 22:00Z.
    const s3 = await manager.create({
      impact: 'medium',
      urgency: 'medium',
      stakeholders: [{ name: 'Lou', email: 'lou@client.test' }],
    });
    await manager.fanOut(s3.id);
    expect((await status(await tokenOf(s3.id, 'lou@client.test'))).body).toMatchObject({
      severity: 'S3',
      nextUpdateDueAt: '2026-11-02T22:00:00.000Z',
    });
  });

  it('answers 404 not_found for a token it never issued', async () => {
    const response = await status('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'not_found' });
  });

  it(`limits an address to ${STATUS_REQUESTS_PER_MINUTE} requests a minute`, async () => {
    clock.set(at('11:00'));
    requests = 0;
    while (requests < STATUS_REQUESTS_PER_MINUTE) expect((await status()).status).toBe(200);
    const refused = await status();
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 'rate_limited' });
    clock.advance(60_000);
    expect((await status()).status).toBe(200);
  });
});
