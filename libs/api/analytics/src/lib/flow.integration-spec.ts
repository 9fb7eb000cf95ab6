import { FrozenClock } from '@ladder/api/common';
import { EscalationsModule } from '@ladder/api/escalations';
import { createTestApp, EscalationClient, teamIds, type TestApp } from '@ladder/api/testing';
import type { Action, CreateEscalation, DrillDownPage, Escalation, FlowReport } from '@ladder/contracts';
import { AnalyticsModule } from './analytics.module';
import { ReadModelRefresher } from './read-models/read-model.refresher';

const at = (hhmm: string) => new Date(`2026-03-02T${hhmm}:00Z`);

/**
 * Four S2 escalations opened at 09:00 on Monday 2 March 2026:
 * A acknowledged 09:05, resolved 09:20 at L1. B acknowledged 09:10, escalated 09:30, resolved 10:30 at L2.
 * C escalated 09:15, sent back 09:45, still open at L1. D opened at L3, acknowledged 09:30, open.
 */
describe('GET /api/analytics/flow', () => {
  const clock = new FrozenClock(at('09:00'));
  let t: TestApp;

  let manager: EscalationClient;
  let opened: Escalation[];
  let cBack: Escalation;
  const open = (body: Partial<CreateEscalation> = {}) => manager.create(body);
  const act = (e: Escalation, hhmm: string, action: Action, body: object = {}): Promise<Escalation> => {
    clock.set(at(hhmm));
    return manager.ok(e.id, action, { version: e.version, ...body });
  };

  beforeAll(async () => {
    t = await createTestApp({ imports: [EscalationsModule, AnalyticsModule], clock });
    manager = await EscalationClient.as(t, 'manager@ladder.demo');
    opened = [await open(), await open(), await open(), await open({ level: 3 })];
    const [a, b, c, d] = opened as [Escalation, Escalation, Escalation, Escalation];
    await act(await act(a, '09:05', 'acknowledge'), '09:20', 'resolve', { summary: 'Fixed' });
    const bAcknowledged = await act(b, '09:10', 'acknowledge');
    const bEscalated = await act(bAcknowledged, '09:30', 'escalate', { reason: 'needs a lead' });
    await act(bEscalated, '10:30', 'resolve', { summary: 'Fixed' });
    const cEscalated = await act(c, '09:15', 'escalate', { reason: 'needs a lead' });
    cBack = await act(cEscalated, '09:45', 'de-escalate', { reason: 'a known fix was missed' });
    await act(d, '09:30', 'acknowledge');
    clock.set(at('11:00'));
  });
  afterAll(() => t.close());

  it('counts moves between levels with their median dwell, first-level resolution, MTTA, MTTR and levels reached', async () => {
    const response = await manager.get('/api/analytics/flow?from=2026-03-02&to=2026-03-02');
    expect(response.status).toBe(200);
    expect(response.body as FlowReport).toEqual({
      from: '2026-03-02',
      to: '2026-03-02',
      escalations: 4,
      resolved: 2,
      // A was never escalated, B was: one of two.
      firstLevelResolutionRate: 0.5,
      // Acknowledged after 5, 10 and 30 minutes (C never).
      mttaMinutes: 15,
      // Resolved after 20 and 90 minutes.
      mttrMinutes: 55,
      levels: [
        { level: 1, levelName: 'Service Desk', reached: 3, share: 0.75 },
        { level: 2, levelName: 'Team Lead', reached: 2, share: 0.5 },
        { level: 3, levelName: 'Specialist teams', reached: 1, share: 0.25 },
      ],
      transitions: [
        // B left L1 after 30 minutes, C after 15: median 22.5.
        { fromLevel: 1, toLevel: 2, count: 2, medianDwellMinutes: 22.5 },
        { fromLevel: 2, toLevel: 1, count: 1, medianDwellMinutes: 30 },
      ],
    });
  });

  it('keeps only the escalations now with the teams asked for, and names a team that does not exist', async () => {
    const desk = (await teamIds(t))['Service Desk'];
    const response = await manager.get(`/api/analytics/flow?from=2026-03-02&to=2026-03-02&teamId=${desk}`);
    // A (resolved at L1) and C (sent back to L1): one resolved, never escalated.
    expect(response.body).toMatchObject({ escalations: 2, resolved: 1, firstLevelResolutionRate: 1, mttrMinutes: 20 });
    const ghost = '00000000-0000-4000-8000-000000000000';
    const bad = await manager.get(`/api/analytics/flow?from=2026-03-02&to=2026-03-02&teamId=${ghost}`);
    expect([bad.status, bad.body.code, bad.body.details]).toEqual([400, 'invalid_filter', { filter: 'teamId' }]);
  });

  it('answers its transitions as CSV', async () => {
    const csv = await manager.get('/api/analytics/flow?from=2026-03-02&to=2026-03-02&format=csv');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="flow-2026-03-02-2026-03-02.csv"');
    expect(csv.text).toBe('from_level,to_level,count,median_dwell_minutes\r\n1,2,2,22.5\r\n2,1,1,30\r\n');
  });

  it('answers an empty range with zeros and nulls, and a bad severity with a 400 naming it', async () => {
    const empty = await manager.get('/api/analytics/flow?from=2026-01-01&to=2026-01-02');
    expect(empty.body).toMatchObject({
      escalations: 0,
      resolved: 0,
      firstLevelResolutionRate: null,
      mttaMinutes: null,
      mttrMinutes: null,
      levels: [],
      transitions: [],
    });
    const bad = await manager.get('/api/analytics/flow?from=2026-03-02&to=2026-03-02&severity=S7');
    expect([bad.status, bad.body.details]).toEqual([400, { filter: 'severity' }]);
  });

  it('drills down to the escalations and stays behind its cells, a page at a time, ties in order of number', async () => {
    const [a, b, c, d] = opened.map((e) => e.id);
    const drill = async (query: string) =>
      (await manager.get(`/api/analytics/drill-down?from=2026-03-02&to=2026-03-02&${query}`)).body as DrillDownPage;
    const rows = (page: DrillDownPage) => page.items.map((i) => [i.escalationId, i.level, i.minutes]);
    // Opened: A, B, C, D in order of number (no minutes); the second page of 3 holds D alone.
    const openedPage = await drill('basis=opened&pageSize=3&page=2');
    expect([openedPage.total, rows(openedPage)]).toEqual([4, [[d, 3, null]]]);
    // Moves from L1 to L2: B after 30 minutes, C after 15.
    const moves = await drill('basis=transitions&fromLevel=1&toLevel=2');
    expect([moves.total, rows(moves)]).toEqual([
      2,
      [
        [b, 1, 30],
        [c, 1, 15],
      ],
    ]);
    // Stays left that day, longest first: B at L2 60, then B at L1 and C at L2 both 30 (B has the lower number),
    // A 20, C at L1 15. Pages of 2: the tie is split across the first two.
    const first = await drill('basis=stints&pageSize=2');
    const second = await drill('basis=stints&pageSize=2&page=2');
    expect([first.total, rows(first)]).toEqual([
      5,
      [
        [b, 2, 60],
        [b, 1, 30],
      ],
    ]);
    expect([second.total, rows(second)]).toEqual([
      5,
      [
        [c, 2, 30],
        [a, 1, 20],
      ],
    ]);
  });

  it('reads the moves the refresher recorded and those made since alike', async () => {
    const flow = async () =>
      (await manager.get('/api/analytics/flow?from=2026-03-02&to=2026-03-02')).body as FlowReport;
    const unrefreshed = await flow();
    await t.app.get(ReadModelRefresher).refreshAll();
    expect(await flow()).toEqual(unrefreshed);
    // C escalates again at 11:00, 75 minutes after it was sent back: a move the refresher has not recorded yet.
    await act(cBack, '11:00', 'escalate', { reason: 'still failing' });
    const after = await flow();
    // L1 to L2: B 30, C 15 and 75 minutes, median 30; C had reached L2 already.
    expect(after.transitions).toEqual([
      { fromLevel: 1, toLevel: 2, count: 3, medianDwellMinutes: 30 },
      { fromLevel: 2, toLevel: 1, count: 1, medianDwellMinutes: 30 },
    ]);
    expect(after.levels).toEqual(unrefreshed.levels);
  });
});
