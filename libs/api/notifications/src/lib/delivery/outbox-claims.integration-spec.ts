import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EscalationsModule } from '@ladder/api/escalations';
import { createTestApp, type TestApp } from '@ladder/api/testing';
import { simpleParser } from 'mailparser';
import { OutboxDriver } from '../../testing/outbox-driver';
import { NotificationsModule } from '../notifications.module';
import { DeliveryDispatcher } from './delivery-dispatcher';
import { OutboxStore } from './outbox.store';

describe('the outbox without an SMTP server (scheduler off, rounds run by hand)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ladder-mail-'));
  let t: TestApp;
  let manager: OutboxDriver;

  beforeAll(async () => {
    t = await createTestApp({ imports: [EscalationsModule, NotificationsModule], env: { LADDER_DATA_DIR: dataDir } });
    manager = await OutboxDriver.as(t, 'manager@ladder.demo');
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const pendingEmails = () =>
    t.dataSource.query<{ id: string }[]>(`SELECT id FROM notification WHERE channel = 'email' AND status = 'pending'`);

  it('lets two concurrent claims take disjoint rows, and none twice', async () => {
    for (let i = 0; i < 6; i++) {
      const e = await manager.create({ stakeholders: [{ name: 'Pat', email: `pat${i}@client.test` }] });
      await manager.fanOut(e.id);
    }
    const due = (await pendingEmails()).map((r) => r.id).sort();
    expect(due).toHaveLength(6);
    const store = t.app.get(OutboxStore);
    const now = new Date();
    const [a, b] = await Promise.all([store.claim(now, 4), store.claim(now, 4)]);
    const claimed = [...a, ...b].map((r) => r.id);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(claimed.length).toBeGreaterThanOrEqual(4);
    expect((await store.claim(now, 10)).map((r) => r.id).sort()).toEqual(due.filter((id) => !claimed.includes(id)));
    expect(await store.claim(now, 10)).toEqual([]);
    await t.dataSource.query(`UPDATE notification SET next_attempt_at = now(), attempts = 0 WHERE status = 'pending'`);
  });

  it('writes each email as an .eml file named by its row, readable with its Message-ID', async () => {
    const due = (await pendingEmails()).map((r) => r.id).sort();
    const dispatcher = t.app.get(DeliveryDispatcher);
    expect(await dispatcher.dispatchDue()).toBe(6);
    expect(await pendingEmails()).toEqual([]);
    const files = readdirSync(join(dataDir, 'mail')).sort();
    expect(files).toEqual(due.map((id) => `${id}.eml`));
    const mail = await simpleParser(readFileSync(join(dataDir, 'mail', files[0] ?? '')));
    expect(mail.messageId).toBe(`<${due[0]}@ladder>`);
    expect(mail.text).toContain('Follow its status: http://localhost:3000/status/');
    expect(mail.html).toContain('Follow its status</a>');
  });
});
