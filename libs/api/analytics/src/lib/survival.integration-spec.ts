import { FrozenClock } from '@ladder/api/common';
import { EscalationsModule } from '@ladder/api/escalations';
import { createTestApp, EscalationClient, type TestApp } from '@ladder/api/testing';
import type { Escalation, SurvivalReport } from '@ladder/contracts';
import { AnalyticsModule } from './analytics.module';

const at = (hhmm: string, day = '2026-03-02') => new Date(`${day}T${hhmm}:00Z`);
const S2 = { impact: 'high', urgency: 'medium' } as const;
const S3 = { impact: 'medium', urgency: 'medium' } as const;

/**
 * Hand-built history on Monday 2 March 2026, read at 11:00:
 * S2 opened 09:00 and resolved after 10, 20 and 30 minutes; S2 opened 09:05 and still open (censored at 115);
 * S3 opened 09:00, resolved 10:00, reopened 10:30 (open again: censored at 120); S2 opened the day before (out of range).
 */
describe('GET /api/analytics/survival', () => {
  const clock = new FrozenClock(at('09:00', '2026-03-01'));
  let t: TestApp;

  let manager: EscalationClient;
  const open = (body: object) => manager.create(body);
  const act = (e: Escalation, action: 'resolve' | 'reopen', body: object) =>
    manager.ok(e.id, action, { version: e.version, ...body });
  const report = async (query: string, email = 'manager@ladder.demo') =>
    (await EscalationClient.as(t, email)).get(`/api/analytics/survival?${query}`);

  beforeAll(async () => {
    t = await createTestApp({ imports: [EscalationsModule, AnalyticsModule], clock });
    manager = await EscalationClient.as(t, 'manager@ladder.demo');
    await open(S2);
    clock.set(at('09:00'));
    const resolvedAfter = [await open(S2), await open(S2), await open(S2)];
    const s3 = await open(S3);
    clock.set(at('09:05'));
    await open(S2);
    for (const [i, e] of resolvedAfter.entries()) {
      clock.set(new Date(at('09:00').getTime() + (i + 1) * 10 * 60_000));
      await act(e, 'resolve', { summary: 'Fixed' });
    }
    clock.set(at('10:00'));
    const resolvedS3 = await act(s3, 'resolve', { summary: 'Fixed' });
    clock.set(at('10:30'));
    await act(resolvedS3, 'reopen', { reason: 'It came back' });
    clock.set(at('11:00'));
  });
  afterAll(() => t.close());

  it('draws the curve per severity with open escalations censored, and reads median and p90 off it', async () => {
    const response = await report('from=2026-03-02&to=2026-03-02');
    expect(response.status).toBe(200);
    expect(response.body as SurvivalReport).toEqual({
      from: '2026-03-02',
      to: '2026-03-02',
      series: [
        {
          severity: 'S2',
          escalations: 4,
          resolved: 3,
          stillOpen: 1,
          medianMinutes: 20,
          // The curve stops at 0.25: one in four is still open, so the p90 cannot be told yet.
          p90Minutes: null,
          points: [
            { minutes: 10, survival: 0.75, atRisk: 4, resolved: 1, censored: 0 },
            { minutes: 20, survival: 0.5, atRisk: 3, resolved: 1, censored: 0 },
            { minutes: 30, survival: 0.25, atRisk: 2, resolved: 1, censored: 0 },
            { minutes: 115, survival: 0.25, atRisk: 1, resolved: 0, censored: 1 },
          ],
        },
        {
          severity: 'S3',
          escalations: 1,
          resolved: 0,
          stillOpen: 1,
          medianMinutes: null,
          p90Minutes: null,
          points: [{ minutes: 120, survival: 1, atRisk: 1, resolved: 0, censored: 1 }],
        },
      ],
    });
  });

  it('filters by severity, category and service, and answers CSV, by query or by Accept header', async () => {
    expect(((await report('from=2026-03-02&to=2026-03-02&severity=S3')).body as SurvivalReport).series).toHaveLength(1);
    expect((await report('from=2026-03-02&to=2026-03-02&category=database')).body.series).toEqual([]);
    expect((await report('from=2026-03-02&to=2026-03-02&affectedService=VPN,ERP')).body.series).toHaveLength(2);
    const csv = await report('from=2026-03-02&to=2026-03-02&format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n')).toEqual([
      'severity,minutes,survival,at_risk,resolved,censored',
      'S2,10,0.75,4,1,0',
      'S2,20,0.5,3,1,0',
      'S2,30,0.25,2,1,0',
      'S2,115,0.25,1,0,1',
      'S3,120,1,1,0,1',
      '',
    ]);
    const accepted = await manager.get('/api/analytics/survival?from=2026-03-02&to=2026-03-02', {
      Accept: 'text/csv',
    });
    expect(accepted.text).toBe(csv.text);
  });

  it('answers an empty range with empty series, and bad filters with a 400 naming them', async () => {
    expect((await report('from=2026-01-01&to=2026-01-31')).body).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
      series: [],
    });
    for (const [query, filter] of [
      ['from=2026-03-03&to=2026-03-02', 'from'],
      ['from=2026-03-02&to=2026-02-30', 'to'],
      ['from=2026-03-02&to=2026-03-02&severity=S9', 'severity'],
    ]) {
      const bad = await report(query ?? '');
      expect([bad.status, bad.body.code, bad.body.details]).toEqual([400, 'invalid_filter', { filter }]);
    }
  });

  it('is for managers, process owners and admins', async () => {
    expect((await report('from=2026-03-02&to=2026-03-02', 'l1.agent@ladder.demo')).status).toBe(403);
  });
});
