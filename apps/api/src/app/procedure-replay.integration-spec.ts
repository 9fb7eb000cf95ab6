import { FrozenClock } from '@ladder/api/common';
import { seedDemoHistory } from '@ladder/api/demo-data';
import { EscalationsModule } from '@ladder/api/escalations';
import { createTestApp, EscalationClient, type TestApp } from '@ladder/api/testing';
import type { ProcedureReplayResult, ProcedureVersionDetail } from '@ladder/contracts';

const T0 = new Date('2026-03-02T09:00:00.000Z');
const MINUTE = 60_000;
const OWNER = 'owner@ladder.demo';

describe('what-if replay of a draft', () => {
  const clock = new FrozenClock(T0);
  let t: TestApp;
  let draft: ProcedureVersionDetail;
  const replay = async (id: string, query: string, email = OWNER) =>
    t.http.post(`/api/procedures/${id}/replay${query}`).set('Authorization', `Bearer ${await t.signIn(email)}`);

  beforeAll(async () => {
    t = await createTestApp({ clock, imports: [EscalationsModule] });
    const owner = `Bearer ${await t.signIn(OWNER)}`;
    draft = (await t.http.post('/api/procedures/drafts').set('Authorization', owner).send({ name: 'Quicker L1' }))
      .body as ProcedureVersionDetail;
    const definition = {
      ...draft.definition,
      levels: draft.definition.levels.map((l) =>
        l.level === 1 ? { ...l, budgetMinutes: { ...l.budgetMinutes, S2: 20 } } : l,
      ),
    };
    const edited = await t.http
      .put(`/api/procedures/${draft.id}`)
      .set('Authorization', owner)
      .send({ name: draft.name, changeNote: 'L1 S2 budget 30 -> 20', definition, reviewEveryMonths: 6, rowVersion: 1 });
    expect(edited.status).toBe(200);

    // Three S2 escalations at L1 (budget 30 min), acknowledged after 5 min, resolved after 10, 25 and 40 min.
    const agent = await EscalationClient.as(t, 'l1.agent@ladder.demo');
    const [quick, medium, slow] = [await agent.create(), await agent.create(), await agent.create()];
    clock.set(new Date(T0.getTime() + 5 * MINUTE));
    for (const e of [quick, medium, slow]) await agent.ok(e.id, 'acknowledge', { version: 1 });
    const resolveAt = async (id: string, minutes: number) => {
      clock.set(new Date(T0.getTime() + minutes * MINUTE));
      await agent.ok(id, 'resolve', { version: 2, summary: 'Fixed' });
    };
    await resolveAt(quick.id, 10);
    await resolveAt(medium.id, 25);
    await resolveAt(slow.id, 40);
    clock.set(new Date(T0.getTime() + 60 * MINUTE));
  });
  afterAll(() => t.close());

  it('counts what the lower L1 budget would have done beside what the published version did', async () => {
    const response = await replay(draft.id, '?days=1');
    expect(response.status).toBe(200);
    const result = response.body as ProcedureReplayResult;
    expect(result).toMatchObject({
      procedureVersionId: draft.id,
      days: 1,
      to: '2026-03-02T10:00:00.000Z',
      from: '2026-03-01T10:00:00.000Z',
      escalations: 3,
    });
    // The 40-minute one ran out of its 30 min at L1 either way; under 20 min the 25-minute one does too.
    expect(result.actual.levels).toEqual([
      { level: 1, reached: 3, autoEscalations: 1 },
      { level: 2, reached: 1, autoEscalations: 0 },
      { level: 3, reached: 0, autoEscalations: 0 },
      { level: 4, reached: 0, autoEscalations: 0 },
    ]);
    expect(result.draft.levels).toEqual([
      { level: 1, reached: 3, autoEscalations: 2 },
      { level: 2, reached: 2, autoEscalations: 0 },
      { level: 3, reached: 0, autoEscalations: 0 },
      { level: 4, reached: 0, autoEscalations: 0 },
    ]);
    const s2 = {
      severity: 'S2',
      escalations: 3,
      responseBreaches: 0,
      resolutionBreaches: 0,
      responseBreachRate: 0,
      resolutionBreachRate: 0,
    };
    expect(result.draft.severities.find((s) => s.severity === 'S2')).toEqual(s2);
    expect(result.actual.severities.find((s) => s.severity === 'S1')).toEqual({
      severity: 'S1',
      escalations: 0,
      responseBreaches: 0,
      resolutionBreaches: 0,
      responseBreachRate: null,
      resolutionBreachRate: null,
    });
    expect(result.assumptions.length).toBeGreaterThan(0);
  });

  it('refuses a window outside 1..365 days, and replays 90 days by default', async () => {
    for (const query of ['?days=0', '?days=366', '?days=ten', '?days=1.5']) {
      const response = await replay(draft.id, query);
      expect([query, response.status, response.body.code]).toEqual([query, 400, 'validation_failed']);
    }
    expect((await replay(draft.id, '')).body).toMatchObject({ days: 90, escalations: 3 });
    expect((await replay(draft.id, '', 'l1.agent@ladder.demo')).status).toBe(403);
  });

  it('replays 90 days of demo history (3,000 escalations) within 5 s', async () => {
    await seedDemoHistory(t.dataSource, { escalations: 3000, days: 90, seed: 42, now: clock.now() });
    const started = performance.now();
    const response = await replay(draft.id, '?days=90');
    const seconds = (performance.now() - started) / 1000;
    console.log(`replay of ${response.body.escalations} escalations over 90 days: ${seconds.toFixed(2)} s`);
    expect(response.status).toBe(200);
    expect(response.body.escalations).toBeGreaterThanOrEqual(3000);
    expect(seconds).toBeLessThan(5);
  }, 300_000);
});
