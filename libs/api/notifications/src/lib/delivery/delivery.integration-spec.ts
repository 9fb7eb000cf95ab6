import { AppConfig } from '@ladder/api/common';
import type { Delivery, DeliveryList } from '@ladder/contracts';
import { EscalationsModule } from '@ladder/api/escalations';
import { createTestApp, eventually, SmtpReceiver, type TestApp, WebhookReceiver } from '@ladder/api/testing';
import { OutboxDriver } from '../../testing/outbox-driver';
import { linkToken } from '../fanout/stakeholder-token';
import { NotificationsModule } from '../notifications.module';

const MAX_ATTEMPTS = 3;
const BACKOFF_MS = 100;

describe('outbox delivery to real receivers', () => {
  const smtp = new SmtpReceiver();
  const hooks = new WebhookReceiver();
  let t: TestApp;
  let manager: OutboxDriver;
  let admin: string;

  beforeAll(async () => {
    await smtp.start();
    await hooks.start();
    t = await createTestApp({
      imports: [EscalationsModule, NotificationsModule],
      env: {
        LADDER_SCHEDULER: 'on',
        LADDER_SCHEDULER_POLL_MS: '50',
        SMTP_URL: smtp.url,
        NOTIFY_BACKOFF_MS: String(BACKOFF_MS),
        NOTIFY_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
        PUBLIC_URL: 'https://ladder.test',
        MAIL_FROM: 'Ladder <ladder@ladder.test>',
      },
    });
    manager = await OutboxDriver.as(t, 'manager@ladder.demo');
    admin = await t.signIn('admin@ladder.demo');
    await t.dataSource.query(`UPDATE team SET webhook_url = $1 WHERE name = 'Service Desk'`, [hooks.url('/desk')]);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
    await hooks.stop();
  });

  const outbox = (escalationId: string) =>
    t.dataSource.query<{ id: string; channel: string; recipient: string; status: string; attempts: number }[]>(
      `SELECT id, channel, recipient, status, attempts FROM notification
        WHERE escalation_id = $1 AND channel <> 'in-app' ORDER BY channel, recipient`,
      [escalationId],
    );
  const mailsTo = (address: string) => smtp.mails.filter((m) => m.to && JSON.stringify(m.to).includes(address));
  const deliveries = (query: string) =>
    t.http.get(`/api/admin/deliveries${query}`).set('Authorization', `Bearer ${admin}`);

  it('emails the stakeholder in text and HTML with their status link, keyed by the outbox row id', async () => {
    const e = await manager.create({ stakeholders: [{ name: 'Pat Client', email: 'pat@client.test' }] });
    await manager.fanOut(e.id);
    const [mail] = await eventually(() => {
      const found = mailsTo('pat@client.test');
      expect(found).toHaveLength(1);
      return found;
    });
    const [row] = (await outbox(e.id)).filter((r) => r.channel === 'email');
    const [link] = await t.dataSource.query<{ link: string }[]>(`SELECT link FROM notification WHERE id = $1`, [
      row?.id,
    ]);
    expect(link?.link).toMatch(/^https:\/\/ladder\.test\/status\/[A-Za-z0-9_-]{43}$/);
    expect(mail?.messageId).toBe(`<${row?.id}@ladder>`);
    expect(mail?.from?.value).toEqual([{ name: 'Ladder', address: 'ladder@ladder.test' }]);
    expect(mail?.to).toMatchObject({ value: [{ name: 'Pat Client', address: 'pat@client.test' }] });
    expect(mail?.subject).toBe(`[ESC-${e.number}] We are working on your issue`);
    expect(mail?.text).toContain(`Follow its status: ${link?.link}`);
    expect(mail?.html).toContain(`<a href="${link?.link}">Follow its status</a>`);
    await eventually(async () =>
      expect((await outbox(e.id)).map((r) => [r.channel, r.status, r.attempts])).toEqual([
        ['email', 'sent', 1],
        ['webhook', 'sent', 1],
      ]),
    );
  });

  it("derives a row's link token from its link key at send time, so the outbox never holds the token", async () => {
    const body = 'Answer: https://ladder.test/survey/{{link_token}}';
    await t.dataSource.query(
      `INSERT INTO notification (channel, recipient, subject, body_text, body_html, link_key)
       VALUES ('email', 'key@client.test', 'Survey {{link_token}}', $1, $2, 'survey:test-key')`,
      [body, `<a href="https://ladder.test/survey/{{link_token}}">Answer</a>`],
    );
    const token = linkToken(t.app.get(AppConfig).sessionSecret, 'survey:test-key');
    const [mail] = await eventually(() => {
      const found = mailsTo('key@client.test');
      expect(found).toHaveLength(1);
      return found;
    });
    expect(mail?.subject).toBe(`Survey ${token}`);
    expect(mail?.text?.trim()).toBe(`Answer: https://ladder.test/survey/${token}`);
    expect(mail?.html).toContain(`<a href="https://ladder.test/survey/${token}">Answer</a>`);
  });

  it('posts Slack-compatible JSON to the team webhook with the row id as Idempotency-Key', async () => {
    const e = await manager.create({ stakeholders: [] });
    await manager.fanOut(e.id);
    const [row] = await outbox(e.id);
    const call = await eventually(() => {
      const found = hooks.calls.find((c) => c.headers['idempotency-key'] === row?.id);
      if (!found) throw new Error('no webhook call yet');
      return found;
    });
    expect(call.path).toBe('/desk');
    expect(call.headers['content-type']).toBe('application/json');
    const body = call.body as { text: string; blocks: { text: { text: string } }[] };
    expect(body.text).toContain(`[ESC-${e.number}] New escalation at level 1 (Service Desk)`);
    expect(body.text).toContain(`https://ladder.test/escalations/${e.id}`);
    expect(body.blocks[0]?.text.text).toBe(
      `*<https://ladder.test/escalations/${e.id}|[ESC-${e.number}] New escalation at level 1 (Service Desk)>*`,
    );
  });

  it('never sends a stakeholder the text of an internal comment, only their public updates', async () => {
    const e = await manager.create({ stakeholders: [{ name: 'Kim Client', email: 'kim@client.test' }] });
    await manager.act(e.id, 'comment', { body: 'INTERNAL: the vendor botched the patch' });
    await manager.act(e.id, 'stakeholder-update', { body: 'PUBLIC: a fix is on its way' });
    await manager.fanOut(e.id);
    const mails = await eventually(() => {
      const found = mailsTo('kim@client.test');
      expect(found).toHaveLength(2);
      return found;
    });
    expect(mails.map((m) => m.subject).sort()).toEqual([
      `[ESC-${e.number}] An update on your issue`,
      `[ESC-${e.number}] We are working on your issue`,
    ]);
    expect(mails.some((m) => `${m.text ?? ''}${m.html || ''}`.includes('PUBLIC: a fix is on its way'))).toBe(true);
    expect(smtp.mails.some((m) => `${m.text ?? ''}${m.html || ''}`.includes('INTERNAL'))).toBe(false);
  });

  describe('a webhook that keeps failing', () => {
    let e: { id: string };
    let failing: Delivery;

    beforeAll(async () => {
      await t.dataSource.query(`UPDATE team SET webhook_url = $1 WHERE name = 'Service Desk'`, [hooks.url('/broken')]);
      hooks.status.set('/broken', 503);
      e = await manager.create({ stakeholders: [] });
      await manager.fanOut(e.id);
      await t.dataSource.query(`UPDATE team SET webhook_url = $1 WHERE name = 'Service Desk'`, [hooks.url('/desk')]);
    });

    it(`is retried with exponential backoff and parked as failed after ${MAX_ATTEMPTS} attempts`, async () => {
      const list = await eventually(async () => {
        const response = await deliveries('?status=failed');
        expect(response.status).toBe(200);
        const found = (response.body as DeliveryList).items.find((d) => d.escalationId === e.id);
        if (!found) throw new Error('not parked yet');
        return found;
      });
      failing = list;
      expect(failing).toMatchObject({ channel: 'webhook', status: 'failed', attempts: MAX_ATTEMPTS, sentAt: null });
      expect(failing.lastError).toBe('webhook answered 503 Service Unavailable');
      expect(failing.history.map((a) => [a.ok, a.error])).toEqual(
        Array.from({ length: MAX_ATTEMPTS }, () => [false, 'webhook answered 503 Service Unavailable']),
      );
      const [first = 0, second = 0, third = 0] = failing.history.map((a) => Date.parse(a.at));
      expect(second - first).toBeGreaterThanOrEqual(BACKOFF_MS);
      expect(third - second).toBeGreaterThanOrEqual(2 * BACKOFF_MS);
      expect(hooks.calls.filter((c) => c.headers['idempotency-key'] === failing.id)).toHaveLength(MAX_ATTEMPTS);
    });

    it('goes out again once an admin retries it', async () => {
      hooks.status.set('/broken', 200);
      const retried = await t.http
        .post(`/api/admin/deliveries/${failing.id}/retry`)
        .set('Authorization', `Bearer ${admin}`);
      expect(retried.status).toBe(200);
      expect(retried.body).toMatchObject({ id: failing.id, status: 'pending', attempts: 0 });
      await eventually(async () => {
        const response = await deliveries('?status=sent');
        const sent = (response.body as DeliveryList).items.find((d) => d.id === failing.id);
        expect(sent?.history.map((a) => a.ok)).toEqual([false, false, false, true]);
        expect(sent?.attempts).toBe(1);
      });
    });

    it('refuses to retry what is not failed, and answers 404 for an unknown delivery', async () => {
      const again = await t.http
        .post(`/api/admin/deliveries/${failing.id}/retry`)
        .set('Authorization', `Bearer ${admin}`);
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'illegal_transition' });
      const unknown = await t.http
        .post('/api/admin/deliveries/0b6c3f4e-8d2a-4c1b-9e7f-5a4d3c2b1a09/retry')
        .set('Authorization', `Bearer ${admin}`);
      expect(unknown.status).toBe(404);
    });
  });

  it('lists deliveries for admins only, newest first, without in-app rows', async () => {
    const agent = await t.signIn('l1.agent@ladder.demo');
    expect((await t.http.get('/api/admin/deliveries').set('Authorization', `Bearer ${agent}`)).status).toBe(403);
    const response = await deliveries('');
    const list = response.body as DeliveryList;
    expect(list.total).toBe(list.items.length);
    expect(list.items.every((d) => d.channel !== 'in-app')).toBe(true);
    const created = list.items.map((d) => d.createdAt);
    expect(created).toEqual([...created].sort().reverse());
  });
});
