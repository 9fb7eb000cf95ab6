import { FrozenClock } from '@ladder/api/common';
import type { Escalation, EscalationList } from '@ladder/contracts';
import { createTestApp, EscalationClient, teamIds, type TestApp, userId } from '@ladder/api/testing';
import { EscalationsModule } from './escalations.module';

const at = (hhmm: string) => new Date(`2026-11-02T${hhmm}:00Z`);

describe('GET /api/escalations', () => {
  const clock = new FrozenClock(at('09:00'));
  let t: TestApp;
  let agent: EscalationClient;
  let teams: Record<string, string>;
  const byName: Record<string, Escalation> = {};

  /** Titles of the page answered for a query string, in order, plus the total. */
  const titles = async (query: string): Promise<[string[], number]> => {
    const response = await agent.get(`/api/escalations${query}`);
    if (response.status !== 200)
      throw new Error(`${query} answered ${response.status}: ${JSON.stringify(response.body)}`);
    const list = response.body as EscalationList;
    return [list.items.map((e) => e.title), list.total];
  };

  beforeAll(async () => {
    t = await createTestApp({ imports: [EscalationsModule], clock });
    agent = await EscalationClient.as(t, 'l1.agent@ladder.demo');
    const manager = await EscalationClient.as(t, 'manager@ladder.demo');
    teams = await teamIds(t);
    // Next due as planned at opening (the scheduler, off here, keeps it current afterwards):
    // A: S1, response and L1 budget due 09:15. B: S2, due 09:35, opened at L3 on the Database team by the seeded
    // "Database outage" guideline. C: S4 at level 3 on the Applications team's
    // New York business hours (EST, 14:00Z-22:00Z), response due 22:00Z. D: S2, resolved.
    byName['A'] = await agent.create({ title: 'A', description: 'Tunnel flaps', impact: 'high', urgency: 'high' });
    clock.set(at('09:05'));
    byName['B'] = await agent.create({
      title: 'B Payroll export',
      category: 'database',
      impact: 'high',
      urgency: 'medium',
    });
    clock.set(at('09:10'));
    byName['C'] = await manager.create({
      title: 'C',
      category: 'application',
      impact: 'low',
      urgency: 'low',
      level: 3,
    });
    clock.set(at('09:15'));
    byName['D'] = await agent.create({ title: 'D', category: 'access', impact: 'high', urgency: 'medium' });
    clock.set(at('09:20'));
    await agent.ok(byName['A'].id, 'acknowledge', { version: 1 });
    clock.set(at('09:25'));
    await agent.ok(byName['B'].id, 'assign', { version: 1, assigneeId: await userId(t, 'l1.agent@ladder.demo') });
    clock.set(at('09:30'));
    await agent.ok(byName['D'].id, 'resolve', { version: 1, summary: 'Password reset' });
  });
  afterAll(() => t.close());

  it('sorts by the nearest due time by default, resolved last', async () => {
    expect(await titles('')).toEqual([['A', 'B Payroll export', 'C', 'D'], 4]);
    const c = (await agent.get(`/api/escalations/${byName['C']?.id}`)).body as Escalation;
    expect(c).toMatchObject({ nextDueAt: '2026-11-02T22:00:00.000Z', responseDueAt: '2026-11-02T22:00:00.000Z' });
  });

  it.each([
    ['created', ['A', 'B Payroll export', 'C', 'D']],
    ['-created', ['D', 'C', 'B Payroll export', 'A']],
    ['severity', ['A', 'D', 'B Payroll export', 'C']],
    ['-updated', ['D', 'B Payroll export', 'A', 'C']],
  ])('sorts by %s', async (sort, expected) => {
    expect(await titles(`?sort=${sort}`)).toEqual([expected, 4]);
  });

  it.each([
    ['status=open', ['B Payroll export', 'C']],
    ['status=acknowledged,resolved', ['A', 'D']],
    ['level=3', ['B Payroll export', 'C']],
    ['severity=S2', ['B Payroll export', 'D']],
    ['category=network,database', ['A', 'B Payroll export']],
    ['assigneeId=me', ['B Payroll export']],
    ['assigneeId=none', ['A', 'C', 'D']],
    ['q=payroll', ['B Payroll export']],
    ['q=flaps', ['A']],
    ['status=open&severity=S4', ['C']],
  ])('filters %s', async (query, expected) => {
    expect(await titles(`?${query}`)).toEqual([expected, expected.length]);
  });

  it('filters by team, by assignee id and by number', async () => {
    expect(await titles(`?teamId=${teams['Applications']}`)).toEqual([['C'], 1]);
    expect(await titles(`?assigneeId=${await userId(t, 'l1.agent@ladder.demo')}`)).toEqual([['B Payroll export'], 1]);
    expect(await titles(`?q=ESC-${byName['C']?.number}`)).toEqual([['C'], 1]);
  });

  it('pages with the total of all matches', async () => {
    const response = await agent.get('/api/escalations?sort=created&page=2&pageSize=3');
    expect(response.body).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(response.body.items.map((e: Escalation) => e.title)).toEqual(['D']);
  });

  it('answers a bad filter with 400', async () => {
    for (const query of ['status=bogus', 'pageSize=500', 'teamId=nope', 'sort=title']) {
      const response = await agent.get(`/api/escalations?${query}`);
      expect([query, response.status, response.body.code]).toEqual([query, 400, 'validation_failed']);
    }
  });

  it('returns one escalation by id as the list shows it', async () => {
    const response = await agent.get(`/api/escalations/${byName['A']?.id}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      title: 'A',
      status: 'acknowledged',
      severity: 'S1',
      version: 2,
      teamName: 'Service Desk',
    });
  });
});
