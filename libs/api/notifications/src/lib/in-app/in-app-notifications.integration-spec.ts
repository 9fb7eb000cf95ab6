import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EscalationsModule } from '@ladder/api/escalations';
import { createTestApp, eventually, type TestApp } from '@ladder/api/testing';
import type { InAppNotification, InAppNotificationList } from '@ladder/contracts';
import { OutboxDriver } from '../../testing/outbox-driver';
import { NotificationsModule } from '../notifications.module';

describe('in-app notifications', () => {
  let t: TestApp;
  let manager: OutboxDriver;
  let alex: string;
  let sam: string;

  beforeAll(async () => {
    t = await createTestApp({ imports: [EscalationsModule, NotificationsModule] });
    manager = await OutboxDriver.as(t, 'manager@ladder.demo');
    alex = await t.signIn('l1.agent@ladder.demo');
    sam = await t.signIn('l2.lead@ladder.demo');
  });
  afterAll(() => t.close());

  const list = async (token: string, query = '') => {
    const response = await t.http.get(`/api/notifications${query}`).set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(200);
    return response.body as InAppNotificationList;
  };

  describe('the list and read marks', () => {
    let first: { id: string; number: number };

    beforeAll(async () => {
      first = await manager.create({ title: 'First' });
      await manager.fanOut(first.id);
      const second = await manager.create({ title: 'Second' });
      await manager.fanOut(second.id);
    });

    it("lists the user's own notifications, newest first, with the unread count", async () => {
      const mine = await list(alex);
      expect(mine.unread).toBe(2);
      expect(mine.items.map((n) => [n.subject, n.body.split('\n')[0], n.readAt])).toEqual([
        [expect.stringMatching(/^\[ESC-\d+\] New escalation at level 1 \(Service Desk\)$/), 'S2 · Second', null],
        [`[ESC-${first.number}] New escalation at level 1 (Service Desk)`, 'S2 · First', null],
      ]);
      expect(mine.items[1]?.link).toBe(`/escalations/${first.id}`);
      expect((await list(alex, '?limit=1')).items).toHaveLength(1);
      expect(await list(sam)).toEqual({ items: [], unread: 0 });
    });

    it('marks one read, refuses to mark another user’s, then marks all read', async () => {
      const [newest, oldest] = (await list(alex)).items as [InAppNotification, InAppNotification];
      const read = await t.http.post(`/api/notifications/${oldest.id}/read`).set('Authorization', `Bearer ${alex}`);
      expect(read.status).toBe(204);
      expect((await list(alex)).unread).toBe(1);
      const notMine = await t.http.post(`/api/notifications/${newest.id}/read`).set('Authorization', `Bearer ${sam}`);
      expect(notMine.status).toBe(404);
      expect(notMine.body).toMatchObject({ code: 'not_found' });
      const all = await t.http.post('/api/notifications/read-all').set('Authorization', `Bearer ${alex}`);
      expect(all.status).toBe(204);
      const after = await list(alex);
      expect(after.unread).toBe(0);
      expect(after.items.every((n) => n.readAt !== null)).toBe(true);
    });

    it('answers 400 for a limit out of range', async () => {
      const response = await t.http.get('/api/notifications?limit=0').set('Authorization', `Bearer ${alex}`);
      expect(response.status).toBe(400);
    });
  });

  describe('the event stream', () => {
    let response: IncomingMessage;
    let received = '';

    beforeAll(async () => {
      const server = t.app.getHttpServer();
      if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
      const { port } = server.address() as AddressInfo;
      response = await new Promise((resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port,
            path: '/api/notifications/stream',
            headers: { Accept: 'text/event-stream', Authorization: `Bearer ${sam}` },
          },
          resolve,
        );
        req.on('error', reject);
        req.end();
      });
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (received += chunk));
    });
    afterAll(() => response.destroy());

    it('opens as text/event-stream', () => {
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/event-stream');
    });

    it('pushes a notification written after the connection opened, once', async () => {
      const e = await manager.create({ title: 'Pushed' });
      await manager.act(e.id, 'escalate', { version: e.version, reason: 'needs a lead' });
      await manager.fanOut(e.id);
      const message = await eventually(() => {
        const match = /event: notification\ndata: (.+)\n\n/.exec(received);
        if (!match?.[1]) throw new Error(`nothing pushed yet: ${received}`);
        return JSON.parse(match[1]) as InAppNotification;
      }, 5_000);
      expect(message).toMatchObject({
        escalationId: e.id,
        subject: `[ESC-${e.number}] Escalated to level 2 (Team Lead)`,
        link: `/escalations/${e.id}`,
        readAt: null,
      });
      await new Promise((resolve) => setTimeout(resolve, 2_200));
      expect(received.match(/event: notification/g)).toHaveLength(1);
    });

    it('ends when its session signs out', async () => {
      let ended = false;
      response.on('end', () => (ended = true));
      const logout = await t.http.post('/api/auth/logout').set('Authorization', `Bearer ${sam}`);
      expect(logout.status).toBeLessThan(300);
      await eventually(() => {
        if (!ended) throw new Error('the stream is still open');
      }, 5_000);
    });

    it('refuses a request that does not accept an event stream', async () => {
      const signedIn = await t.signIn('l2.lead@ladder.demo');
      const plain = await t.http.get('/api/notifications/stream').set('Authorization', `Bearer ${signedIn}`);
      expect(plain.status).toBe(400);
      expect(plain.body).toMatchObject({ code: 'validation_failed' });
    });
  });
});
