import { createHash, createHmac } from 'node:crypto';
import { AppConfig, FrozenClock } from '@ladder/api/common';
import { EscalationsModule } from '@ladder/api/escalations';
import { createTestApp, type TestApp } from '@ladder/api/testing';
import type { Escalation } from '@ladder/contracts';
import { NotificationsModule } from '../notifications.module';
import { NotificationFanoutService } from './notification-fanout.service';

const NOW = new Date('2026-11-02T09:00:00Z');
const VPN_DOWN = {
  title: 'VPN down for Sales',
  description: 'Tunnel drops every 5 minutes',
  category: 'network',
  affectedService: 'VPN',
  impact: 'high',
  urgency: 'medium',
  stakeholders: [{ name: 'Pat Client', email: 'pat@client.test' }],
};

describe('notification fan-out', () => {
  const clock = new FrozenClock(NOW);
  let t: TestApp;
  let manager: string;
  let fanout: NotificationFanoutService;
  let e: Escalation;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [EscalationsModule, NotificationsModule],
      clock,
      env: { PUBLIC_URL: 'https://ladder.test' },
    });
    manager = await t.signIn('manager@ladder.demo');
    fanout = t.app.get(NotificationFanoutService);
    await t.dataSource.query(`UPDATE team SET webhook_url = 'https://hooks.test/desk' WHERE name = 'Service Desk'`);
    const created = await t.http.post('/api/escalations').set('Authorization', `Bearer ${manager}`).send(VPN_DOWN);
    expect(created.status).toBe(201);
    e = created.body as Escalation;
  });
  afterAll(() => t.close());

  const eventId = async (type: string) => {
    const [row] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id::text FROM escalation_event WHERE escalation_id = $1 AND type = $2 ORDER BY id DESC LIMIT 1`,
      [e.id, type],
    );
    if (!row) throw new Error(`no ${type} event`);
    return row.id;
  };
  const fanOut = (id: string) => t.dataSource.transaction((m) => fanout.forEvent(m, id));
  const rows = (id: string) =>
    t.dataSource.query(
      `SELECT channel, recipient, recipient_name, user_id IS NOT NULL AS has_user, subject, link, status, attempts,
              next_attempt_at, sent_at, escalation_id
         FROM notification WHERE event_id = $1 ORDER BY channel, recipient`,
      [id],
    );
  const token = (email: string) => {
    const secret = t.app.get(AppConfig).sessionSecret;
    return createHmac('sha256', secret).update(`status:${e.id}:${email}`).digest('base64url');
  };
  const row = (channel: string, recipient: string, name: string, subject: string, link: string, inApp = false) => ({
    channel,
    recipient,
    recipient_name: name,
    has_user: inApp,
    subject,
    link,
    status: inApp ? 'sent' : 'pending',
    attempts: 0,
    next_attempt_at: NOW,
    sent_at: inApp ? NOW : null,
    escalation_id: e.id,
  });

  it('writes the created event to the stakeholder, the team webhook and the team agent, each once', async () => {
    const created = await eventId('created');
    await fanOut(created);
    await fanOut(created);
    const subject = '[ESC-' + String(e.number) + '] New escalation at level 1 (Service Desk)';
    expect(await rows(created)).toEqual([
      row(
        'email',
        'pat@client.test',
        'Pat Client',
        `[ESC-${e.number}] We are working on your issue`,
        `https://ladder.test/status/${token('pat@client.test')}`,
      ),
      row('in-app', 'l1.agent@ladder.demo', 'Alex Rivera', subject, `/escalations/${e.id}`, true),
      row('webhook', 'https://hooks.test/desk', 'Service Desk', subject, `https://ladder.test/escalations/${e.id}`),
    ]);
  });

  it('keeps the hash of the stakeholder token, never the token', async () => {
    const hash = createHash('sha256').update(token('pat@client.test')).digest('hex');
    expect(await t.dataSource.query(`SELECT token_hash, escalation_id, email FROM stakeholder_link`)).toEqual([
      { token_hash: hash, escalation_id: e.id, email: 'pat@client.test' },
    ]);
  });

  it('gives the stakeholder a readable text and HTML body without staff details', async () => {
    const [mail] = await t.dataSource.query<{ body_text: string; body_html: string }[]>(
      `SELECT body_text, body_html FROM notification WHERE event_id = $1 AND channel = 'email'`,
      [await eventId('created')],
    );
    const link = `https://ladder.test/status/${token('pat@client.test')}`;
    expect(mail?.body_text).toBe(
      `Hello Pat Client,\n\nESC-${e.number} · VPN down for Sales\n\nWe are working on your issue\n\nFollow its status: ${link}\n`,
    );
    expect(mail?.body_html).toContain(`<a href="${link}">Follow its status</a>`);
  });

  it('on escalation to L2 of an S2, also mails the Team Leads mailbox (its severity condition holds)', async () => {
    clock.set(new Date('2026-11-02T09:10:00Z'));
    const escalated = await t.http
      .post(`/api/escalations/${e.id}/escalate`)
      .set('Authorization', `Bearer ${manager}`)
      .send({ version: e.version, reason: 'VPN concentrator <suspect>' });
    expect(escalated.status).toBe(200);
    const id = await eventId('escalate');
    await fanOut(id);
    const subject = `[ESC-${e.number}] Escalated to level 2 (Team Lead)`;
    expect(
      (await rows(id)).map((r: { channel: string; recipient: string; subject: string }) => [
        r.channel,
        r.recipient,
        r.subject,
      ]),
    ).toEqual([
      ['email', 'pat@client.test', `[ESC-${e.number}] Your issue is now with Team Lead (level 2)`],
      ['email', 'team-leads@ladder.demo', subject],
      ['in-app', 'l2.lead@ladder.demo', subject],
    ]);
    const bodies = await t.dataSource.query<{ recipient: string; body_text: string }[]>(
      `SELECT recipient, body_text FROM notification WHERE event_id = $1 AND channel = 'email'`,
      [id],
    );
    const text = Object.fromEntries(bodies.map((b) => [b.recipient, b.body_text]));
    expect(text['team-leads@ladder.demo']).toContain('VPN concentrator <suspect>');
    expect(text['pat@client.test']).not.toContain('suspect');
  });

  it('never writes an internal comment to a stakeholder', async () => {
    const commented = await t.http
      .post(`/api/escalations/${e.id}/comment`)
      .set('Authorization', `Bearer ${manager}`)
      .send({ body: 'Internal: the vendor is to blame' });
    expect(commented.status).toBe(200);
    const id = await eventId('comment');
    await fanOut(id);
    expect((await rows(id)).map((r: { channel: string; recipient: string }) => [r.channel, r.recipient])).toEqual([
      ['in-app', 'l2.lead@ladder.demo'],
    ]);
  });

  it('fans out the events of a batch together, each as it would alone', async () => {
    const opened: string[] = [];
    for (const title of ['Printer jam', 'Wi-Fi drops']) {
      const created = await t.http
        .post('/api/escalations')
        .set('Authorization', `Bearer ${manager}`)
        .send({ ...VPN_DOWN, title });
      const [row] = await t.dataSource.query<{ id: string }[]>(
        `SELECT id::text FROM escalation_event WHERE escalation_id = $1 AND type = 'created'`,
        [(created.body as Escalation).id],
      );
      opened.push(row?.id ?? '');
    }
    await t.dataSource.transaction((m) => fanout.forEvents(m, [...opened, '999999']));
    for (const id of opened) {
      expect((await rows(id)).map((r: { channel: string; recipient: string }) => [r.channel, r.recipient])).toEqual([
        ['email', 'pat@client.test'],
        ['in-app', 'l1.agent@ladder.demo'],
        ['webhook', 'https://hooks.test/desk'],
      ]);
    }
  });

  it('does nothing for an unknown event', async () => {
    await expect(fanOut('999999')).resolves.toBeUndefined();
  });
});
