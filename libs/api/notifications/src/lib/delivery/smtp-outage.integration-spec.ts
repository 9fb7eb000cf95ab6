import { EscalationsModule } from '@ladder/api/escalations';
import { createTestApp, eventually, SmtpReceiver, type TestApp } from '@ladder/api/testing';
import { OutboxDriver } from '../../testing/outbox-driver';
import { NotificationsModule } from '../notifications.module';

const ESCALATIONS = 4;

describe('an SMTP outage, with two API instances delivering from one database', () => {
  const smtp = new SmtpReceiver();
  let t: TestApp;
  let second: TestApp | undefined;
  let manager: OutboxDriver;

  beforeAll(async () => {
    await smtp.start();
    const options = {
      imports: [EscalationsModule, NotificationsModule],
      env: {
        LADDER_SCHEDULER: 'on',
        LADDER_SCHEDULER_POLL_MS: '50',
        SMTP_URL: smtp.url,
        NOTIFY_BACKOFF_MS: '100',
        NOTIFY_MAX_ATTEMPTS: '20',
      },
    };
    t = await createTestApp(options);
    // The embedded engine is one process's; there the single instance still has to deliver exactly once.
    if (t.engine === 'server') second = await createTestApp({ ...options, sharing: t });
    manager = await OutboxDriver.as(t, 'manager@ladder.demo');
  });
  afterAll(async () => {
    await second?.close();
    await t.close();
    await smtp.stop();
  });

  it('loses no email and sends none twice: each arrives exactly once after the server is back', async () => {
    await smtp.stop();
    const created = [];
    for (let i = 0; i < ESCALATIONS; i++) {
      const e = await manager.create({
        title: `Outage ${i}`,
        stakeholders: [
          { name: 'Pat', email: `pat${i}@client.test` },
          { name: 'Kim', email: `kim${i}@client.test` },
        ],
      });
      await manager.act(e.id, 'stakeholder-update', { body: `Update ${i}` });
      await manager.fanOut(e.id);
      created.push(e);
    }
    const emails = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM notification WHERE channel = 'email'`);
    expect(emails).toHaveLength(ESCALATIONS * 4);
    await eventually(async () => {
      const [row] = await t.dataSource.query<{ failing: number }[]>(
        `SELECT count(DISTINCT notification_id)::int AS failing FROM notification_attempt WHERE NOT ok`,
      );
      expect(row?.failing).toBe(ESCALATIONS * 4);
    });

    await smtp.start();
    await eventually(async () => {
      const [row] = await t.dataSource.query<{ sent: number }[]>(
        `SELECT count(*)::int AS sent FROM notification WHERE channel = 'email' AND status = 'sent'`,
      );
      expect(row?.sent).toBe(ESCALATIONS * 4);
    }, 20_000);
    // Give a duplicate the time to show up, should the dispatcher ever send one.
    await new Promise((resolve) => setTimeout(resolve, 500));

    const received = smtp.mails.map((m) => m.messageId).sort();
    expect(received).toEqual(emails.map((e) => `<${e.id}@ladder>`).sort());
    expect(new Set(received).size).toBe(received.length);
  });
});
