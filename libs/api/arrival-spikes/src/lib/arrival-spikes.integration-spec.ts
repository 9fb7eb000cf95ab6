import { FrozenClock } from '@ladder/api/common';
import { createTestApp, type TestApp } from '@ladder/api/testing';
import type { ArrivalSpikeList } from '@ladder/contracts';
import { ArrivalSpikeDetector } from './arrival-spike-detector.service';
import { ArrivalSpikesModule } from './arrival-spikes.module';

/** Thursday 26 November 2026, 10:30 UTC: the hour counted is (09:30, 10:30]. */
const NOW = new Date('2026-11-26T10:30:00.000Z');
const MINUTE_MS = 60_000;
const WEEK_MS = 7 * 24 * 60 * MINUTE_MS;
const QUEUE = 'http://localhost:3000/escalations?sort=-created';
const DATABASE_TEXT =
  'Service Database: 14 new escalations in the last hour; usually 2.1 at this hour of the week (8 weeks).';
const CATEGORY_TEXT =
  'Category database: 12 new escalations in the last hour; usually 2.1 at this hour of the week (8 weeks).';

/** `count` instants in the hour counted `weeksBack` weeks before NOW: 5, 8, 11... minutes before its end. */
const inWeek = (weeksBack: number, count: number) =>
  Array.from({ length: count }, (_, i) => new Date(NOW.getTime() - weeksBack * WEEK_MS - (5 + 3 * i) * MINUTE_MS));

interface NotificationRow {
  channel: string;
  recipient: string;
  to_user: boolean;
  subject: string;
  body_text: string;
  body_html: string | null;
  link: string;
  status: string;
}

describe('arrival spikes', () => {
  const clock = new FrozenClock(NOW);
  let t: TestApp;
  let detector: ArrivalSpikeDetector;

  const arrive = (category: string, service: string, times: readonly Date[]) =>
    t.dataSource.query(
      `INSERT INTO escalation (title, category, affected_service, impact, urgency, severity, status, level, team_id,
         procedure_version_id, source, created_at, updated_at, response_due_at, resolution_due_at)
       SELECT 'Arrival', $1, $2, 'low', 'low', 'S4', 'open', 1, tm.id, pv.id, 'api', a.at, a.at, a.at, a.at
         FROM unnest($3::timestamptz[]) AS a (at), team tm, procedure_version pv
        WHERE tm.name = 'Service Desk' AND pv.version = 1`,
      [category, service, times],
    );
  const spikes = () =>
    t.dataSource.query<Record<string, unknown>[]>(
      `SELECT dimension, value, hour_start, window_start, window_end, observed, baseline_mean,
              round(baseline_std_dev::numeric, 6)::float8 AS baseline_std_dev, baseline_weeks, notified_at
         FROM arrival_spike ORDER BY dimension, value`,
    );
  const notifications = () =>
    t.dataSource.query<NotificationRow[]>(
      `SELECT channel, recipient, user_id IS NOT NULL AS to_user, subject, body_text, body_html, link, status
         FROM notification ORDER BY subject, recipient, channel`,
    );
  const list = async (email: string, query: string) =>
    t.http.get(`/api/analytics/arrival-spikes?${query}`).set('Authorization', `Bearer ${await t.signIn(email)}`);

  beforeAll(async () => {
    t = await createTestApp({ imports: [ArrivalSpikesModule], clock });
    detector = t.app.get(ArrivalSpikeDetector);
    await t.dataSource.query(
      `INSERT INTO app_user (email, name, password_hash, role) VALUES ('ops.manager@ladder.demo', 'Ola Mensah', 'x', 'manager')`,
    );
  });
  afterAll(() => t.close());

  it('tells nobody with 3 weeks of history, though 14 against 2, 3 and 1 would be a spike', async () => {
    // Ladder's first escalation opened exactly as the hour three weeks back began: that hour is history, uncounted.
    await arrive('other', 'Email', [new Date(NOW.getTime() - 3 * WEEK_MS - 60 * MINUTE_MS)]);
    await arrive('database', 'Database', [...inWeek(0, 12), ...inWeek(1, 2), ...inWeek(2, 3), ...inWeek(3, 1)]);
    await arrive('access', 'Database', inWeek(0, 2));

    expect(await detector.detect()).toBe(0);
    expect(await spikes()).toEqual([]);
    expect(await notifications()).toEqual([]);
  });

  describe('with 8 weeks of history', () => {
    beforeAll(async () => {
      await arrive('other', 'Email', [new Date(NOW.getTime() - 10 * WEEK_MS)]);
      // Database weeks 1..8: 2, 3, 1, 2, 4, 2, 1, 2 (mean 2.125, sample standard deviation sqrt(6.875 / 7) = 0.991).
      await arrive('database', 'Database', [...inWeek(4, 2), ...inWeek(5, 4), ...inWeek(6, 2), ...inWeek(7, 1)]);
      await arrive('database', 'Database', inWeek(8, 2));
      // VPN: 10 every week, 19 now (one of them at exactly 10:30; the one at exactly 09:30 is outside the hour).
      for (let week = 1; week <= 8; week++) await arrive('network', 'VPN', inWeek(week, 10));
      await arrive('network', 'VPN', [...inWeek(0, 18), NOW, new Date(NOW.getTime() - 60 * MINUTE_MS)]);
    });

    it('records the spikes of the Database service (14) and the database category (12), not VPN (19 < 2 x 10)', async () => {
      expect(await detector.detect()).toBe(2);
      const figures = {
        hour_start: new Date('2026-11-26T10:00:00.000Z'),
        window_start: new Date('2026-11-26T09:30:00.000Z'),
        window_end: NOW,
        baseline_mean: 2.125,
        baseline_std_dev: 0.991031,
        baseline_weeks: 8,
        notified_at: NOW,
      };
      expect(await spikes()).toEqual([
        { dimension: 'affectedService', value: 'Database', observed: 14, ...figures },
        { dimension: 'category', value: 'database', observed: 12, ...figures },
      ]);
    });

    it('tells every manager of each, in-app and by email, and no one else', async () => {
      const html = (text: string) =>
        [
          '<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#222;max-width:640px">',
          `<p>${text}</p>`,
          `<p><a href="${QUEUE}">Open the queue</a></p>`,
          '</body></html>',
        ].join('\n');
      const told = (subject: string, text: string): NotificationRow[] =>
        ['manager@ladder.demo', 'ops.manager@ladder.demo'].flatMap((recipient) => [
          {
            channel: 'email',
            recipient,
            to_user: false,
            subject,
            body_text: `${text}\n\nOpen the queue: ${QUEUE}\n`,
            body_html: html(text),
            link: QUEUE,
            status: 'pending',
          },
          {
            channel: 'in-app',
            recipient,
            to_user: true,
            subject,
            body_text: text,
            body_html: null,
            link: '/escalations?sort=-created',
            status: 'sent',
          },
        ]);
      expect(await notifications()).toEqual([
        ...told('Arrival spike: Category database', CATEGORY_TEXT),
        ...told('Arrival spike: Service Database', DATABASE_TEXT),
      ]);
      const [{ others } = { others: -1 }] = await t.dataSource.query<{ others: number }[]>(
        `SELECT count(*)::int AS others FROM notification n JOIN app_user u ON u.email = n.recipient
          WHERE u.role <> 'manager'`,
      );
      expect(others).toBe(0);
    });

    it('tells nothing again five minutes later, in the same hour', async () => {
      const before = { spikes: await spikes(), notifications: await notifications() };
      clock.set(new Date(NOW.getTime() + 5 * MINUTE_MS));
      expect(await detector.detect()).toBe(0);
      expect({ spikes: await spikes(), notifications: await notifications() }).toEqual(before);
      clock.set(NOW);
    });

    it('lists the spikes of a range of days, newest first, to managers, process owners and admins', async () => {
      const [database, category] = (await t.dataSource.query<{ id: string }[]>(
        `SELECT id FROM arrival_spike ORDER BY dimension, value`,
      )) as [{ id: string }, { id: string }];
      const figures = {
        windowStart: '2026-11-26T09:30:00.000Z',
        windowEnd: NOW.toISOString(),
        baselineMean: 2.125,
        baselineWeeks: 8,
        notifiedAt: NOW.toISOString(),
      };
      const res = await list('owner@ladder.demo', 'from=2026-11-26&to=2026-11-26');
      expect(res.status).toBe(200);
      const body = res.body as ArrivalSpikeList;
      expect(
        body.items.map(({ baselineStdDev, ...rest }) => ({ ...rest, sd: Number(baselineStdDev.toFixed(6)) })),
      ).toEqual([
        { id: database.id, dimension: 'affectedService', value: 'Database', observed: 14, ...figures, sd: 0.991031 },
        { id: category.id, dimension: 'category', value: 'database', observed: 12, ...figures, sd: 0.991031 },
      ]);
      expect((await list('manager@ladder.demo', 'from=2026-11-27&to=2026-11-30')).body).toEqual({ items: [] });
    });

    it('answers 400 for a reversed range and 403 to agents', async () => {
      const reversed = await list('manager@ladder.demo', 'from=2026-11-27&to=2026-11-26');
      expect(reversed.status).toBe(400);
      expect((reversed.body as { code: string }).code).toBe('validation_failed');
      expect((await list('l1.agent@ladder.demo', 'from=2026-11-26&to=2026-11-26')).status).toBe(403);
    });

    it('tells again in the next clock hour: at 11:05, 9 for the service and 7 for the category against the same baseline', async () => {
      clock.set(new Date('2026-11-26T11:05:00.000Z'));
      expect(await detector.detect()).toBe(2);
      const rows = await t.dataSource.query<{ value: string; observed: number; hour_start: Date }[]>(
        `SELECT value, observed, hour_start FROM arrival_spike ORDER BY hour_start, dimension, value`,
      );
      expect(rows.map((r) => [r.value, r.observed, r.hour_start.toISOString()])).toEqual([
        ['Database', 14, '2026-11-26T10:00:00.000Z'],
        ['database', 12, '2026-11-26T10:00:00.000Z'],
        ['Database', 9, '2026-11-26T11:00:00.000Z'],
        ['database', 7, '2026-11-26T11:00:00.000Z'],
      ]);
      expect(await notifications()).toHaveLength(16);
    });
  });
});
