import { FrozenClock } from '@ladder/api/common';
import { runnerQuery } from '@ladder/api/demo-data';
import { EscalationsModule } from '@ladder/api/escalations';
import type { Escalation } from '@ladder/contracts';
import { createTestApp, EscalationClient, type TestApp } from '@ladder/api/testing';
import { AnalyticsModule } from '../analytics.module';
import { rebuildReadModels } from './read-model-rebuild';

const STINT_COLUMNS = `escalation_id, level, team_id, assignee_id, entered_at, first_response_at, paused_since,
  paused_seconds, left_at, exit`;

describe('rebuildReadModels', () => {
  const clock = new FrozenClock(new Date('2026-11-09T14:00:00Z'));
  let t: TestApp;

  const stints = (): Promise<unknown[]> =>
    t.dataSource.query(`SELECT ${STINT_COLUMNS} FROM level_stint ORDER BY escalation_id, entered_at, id`);

  beforeAll(async () => {
    t = await createTestApp({ imports: [EscalationsModule, AnalyticsModule], clock });
    const agent = await EscalationClient.as(t, 'manager@ladder.demo');
    let e: Escalation = await agent.create();
    const step = async (minutes: number, action: Parameters<EscalationClient['ok']>[1], body: object = {}) => {
      clock.advance(minutes * 60_000);
      e = await agent.ok(e.id, action, { version: e.version, ...body });
    };
    // A whole life: acknowledged, paused, escalated, sent back, escalated again, resolved, reopened; and one still open.
    await step(5, 'acknowledge');
    await step(10, 'wait', { reason: 'user away' });
    await step(30, 'resume');
    await step(5, 'escalate', { reason: 'needs a lead' });
    await step(20, 'de-escalate', { reason: 'back to the desk' });
    await step(15, 'escalate', { reason: 'again', toLevel: 3 });
    await step(40, 'resolve', { summary: 'fixed' });
    await step(60, 'reopen', { reason: 'came back' });
    await agent.create({ title: 'still open' });
  });
  afterAll(() => t.close());

  it('writes from the events the same stints the workflow wrote, and counts their business time', async () => {
    const written = await stints();
    expect(written).toHaveLength(6);
    await t.dataSource.query(`DELETE FROM level_stint`);
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    try {
      expect(await rebuildReadModels(runnerQuery(runner))).toEqual({ escalations: 2, stints: 6, refreshed: 4 });
    } finally {
      await runner.release();
    }
    expect(await stints()).toEqual(written);
    const [uncounted]: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM level_stint WHERE left_at IS NOT NULL AND business_seconds IS NULL`,
    );
    expect(uncounted?.n).toBe(0);
  });
});
