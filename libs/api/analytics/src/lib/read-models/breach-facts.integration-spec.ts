import { FrozenClock } from '@ladder/api/common';
import { runnerQuery } from '@ladder/api/demo-data';
import { EscalationsModule } from '@ladder/api/escalations';
import type { Action, Escalation, SlaBreachesReport } from '@ladder/contracts';
import { createTestApp, EscalationClient, teamIds, type TestApp } from '@ladder/api/testing';
import { AnalyticsModule } from '../analytics.module';
import { rebuildBreachFacts } from './breach-facts';
import { transactOn } from './read-model-refresh';
import { ReadModelRefresher } from './read-model.refresher';

/**
 * Monday 2 March 2026, three S2 escalations through the API (S2 counts around the clock, so business time is wall
 * time; targets: response 30, resolution 480, update cadence 60 minutes; budgets L1 30, L2 60 minutes).
 * A opened 09:00, acknowledged 09:10, public update 10:30, escalated 10:40 (Team Leads), resolved 11:00:
 *   response 09:10 - 09:30 = -1200 s; resolution 11:00 - 17:00 = -21600 s; L1 100 min - 30 = 4200 s over (L2 20 min
 *   within 60); updates at 09:00, 10:30, 11:00: longest gap 90 min - 60 = 1800 s; most time at L1, 6000 s.
 * B opened 09:00, resolved 18:00 unacknowledged, reopened 19:00, resolved 20:00, closed 21:00 (Service Desk): both
 *   clocks stop at 20:00: 20:00 - 09:30 = 37800 s, 20:00 - 17:00 = 10800 s; L1 540 min - 30 = 30600 s over (then 60
 *   min); unresolved 09:00-18:00 and 19:00-20:00 without updates: 540 - 60 min = 28800 s; L1 32400 + 3600 = 36000 s.
 * C opened 12:00, open (Service Desk): late on every count at 21:00, 9 hours at L1; never any facts.
 */
describe('SLA-breach facts', () => {
  const clock = new FrozenClock(new Date('2026-03-02T09:00:00Z'));
  let t: TestApp;
  let agent: EscalationClient;
  let refresher: ReadModelRefresher;
  const e = {} as Record<'A' | 'B' | 'C', Escalation>;

  const step = async (hhmm: string, name: keyof typeof e, action: Action, body: object = {}) => {
    clock.set(new Date(`2026-03-02T${hhmm}:00Z`));
    e[name] = await agent.ok(e[name].id, action, { version: e[name].version, ...body });
  };
  const report = async (query = '') => {
    const response = await agent.get(`/api/analytics/sla-breaches?from=2026-03-02&to=2026-03-02${query}`);
    expect(response.status).toBe(200);
    return response.body as SlaBreachesReport;
  };
  const facts = (): Promise<Record<string, unknown>[]> =>
    t.dataSource.query(
      `SELECT x.title, t.name AS team, f.level, f.levels, f.response_over, f.resolution_over, f.level_budget_over,
              f.update_cadence_over, f.top_level, f.top_level_seconds
         FROM escalation_breach f JOIN escalation x ON x.id = f.id JOIN team t ON t.id = f.team_id ORDER BY x.title`,
    );
  /** Every finished escalation queued again: the report then computes all of it live, as before there were facts. */
  const allLive = async (query = '') => {
    await t.dataSource.query(
      `INSERT INTO escalation_breach_pending (escalation_id, created_at)
       SELECT id, created_at FROM escalation WHERE status IN ('resolved', 'closed') ON CONFLICT DO NOTHING`,
    );
    return report(query);
  };
  const counts = (escalations: number, response: number, resolution: number, budget: number, cadence: number) => {
    const tally = (count: number) => ({ count, rate: count / escalations });
    return {
      escalations,
      response: tally(response),
      resolution: tally(resolution),
      levelBudget: tally(budget),
      updateCadence: tally(cadence),
    };
  };
  const cell = (teamName: string, ...figures: Parameters<typeof counts>) => ({
    bucketStart: '2026-03-02',
    severity: 'S2',
    teamName,
    ...counts(...figures),
  });

  beforeAll(async () => {
    t = await createTestApp({ imports: [EscalationsModule, AnalyticsModule], clock });
    agent = await EscalationClient.as(t, 'manager@ladder.demo');
    refresher = t.app.get(ReadModelRefresher);
    e.A = await agent.create({ title: 'A' });
    e.B = await agent.create({ title: 'B' });
    await step('09:10', 'A', 'acknowledge');
    await step('10:30', 'A', 'stakeholder-update', { body: 'On it' });
    await step('10:40', 'A', 'escalate', { reason: 'needs a lead' });
    await step('11:00', 'A', 'resolve', { summary: 'fixed' });
    clock.set(new Date('2026-03-02T12:00:00Z'));
    e.C = await agent.create({ title: 'C' });
    await step('18:00', 'B', 'resolve', { summary: 'fixed' });
    await step('19:00', 'B', 'reopen', { reason: 'back again' });
    await step('20:00', 'B', 'resolve', { summary: 'fixed again' });
    await step('21:00', 'B', 'close');
  });
  afterAll(() => t.close());

  it('stores for each finished escalation the figures the live computation gives, and the report keeps them', async () => {
    const queries = ['', '&bucket=day&level=2', `&teamId=${(await teamIds(t))['Service Desk']}`];
    const live = await Promise.all(queries.map((query) => report(query)));
    expect(live[0]).toMatchObject({
      series: [cell('Service Desk', 2, 2, 2, 2, 2), cell('Team Leads', 1, 0, 0, 1, 1)],
      totals: counts(3, 2, 2, 3, 3),
      // B 36000 s + C 32400 s (12:00 to 21:00) at L1.
      whereBreachedTimeWent: [{ level: 1, levelName: 'Service Desk', escalations: 2, hours: 19 }],
    });

    await refresher.refreshAll();
    expect(await facts()).toEqual([
      {
        title: 'A',
        team: 'Team Leads',
        level: 2,
        levels: [1, 2],
        response_over: -1200,
        resolution_over: -21600,
        level_budget_over: 4200,
        update_cadence_over: 1800,
        top_level: 1,
        top_level_seconds: 6000,
      },
      {
        title: 'B',
        team: 'Service Desk',
        level: 1,
        levels: [1],
        response_over: 37800,
        resolution_over: 10800,
        level_budget_over: 30600,
        update_cadence_over: 28800,
        top_level: 1,
        top_level_seconds: 36000,
      },
    ]);
    // From the daily sums, and per escalation when a category filter rules the daily sums out.
    for (const [i, query] of queries.entries()) {
      expect(await report(query)).toEqual(live[i]);
      expect(await report(`${query}&category=network`)).toEqual(live[i]);
    }
  });

  it('takes the facts of a reopened escalation out in the same transaction and computes it live', async () => {
    await step('21:30', 'A', 'reopen', { reason: 'not fixed' });
    const mixed = await report();
    // A unresolved since 17:00 now; at L1: A 6000 s + B 36000 s + C 34200 s (12:00 to 21:30).
    expect(mixed).toMatchObject({
      series: [cell('Service Desk', 2, 2, 2, 2, 2), cell('Team Leads', 1, 0, 1, 1, 1)],
      whereBreachedTimeWent: [{ level: 1, escalations: 3, hours: 76200 / 3600 }],
    });
    expect(await allLive()).toEqual(mixed);
    await refresher.refreshAll();
    expect((await facts()).map((row) => row['title'])).toEqual(['B']);
    expect(await report()).toEqual(mixed);
  });

  it('follows a due time the scheduler moves on a closed escalation', async () => {
    await t.dataSource.query(`UPDATE escalation SET resolution_due_at = '2026-03-02T21:00Z' WHERE id = $1`, [e.B.id]);
    const moved = await report();
    // B resolved at 20:00, within 21:00; at L1: A 6000 s + C 34200 s.
    expect(moved).toMatchObject({
      series: [cell('Service Desk', 2, 2, 1, 2, 2), cell('Team Leads', 1, 0, 1, 1, 1)],
      whereBreachedTimeWent: [{ level: 1, escalations: 2, hours: 40200 / 3600 }],
    });
    await refresher.refreshAll();
    expect(await facts()).toMatchObject([{ title: 'B', resolution_over: -3600 }]);
    expect(await report()).toEqual(moved);
  });

  it('computes the same facts again when the read models are rebuilt', async () => {
    const before = await facts();
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    try {
      expect(await rebuildBreachFacts(transactOn(runnerQuery(runner)))).toBe(1);
    } finally {
      await runner.release();
    }
    expect(await facts()).toEqual(before);
  });
});
