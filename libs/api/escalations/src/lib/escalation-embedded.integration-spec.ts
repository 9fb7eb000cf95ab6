import { createTestApp, EscalationClient, type TestApp } from '@ladder/api/testing';
import { EscalationsModule } from './escalations.module';

/** The same workflow on the embedded engine (PGlite) that `npm start` uses without a DATABASE_URL. */
describe('escalation workflow on the embedded engine', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ imports: [EscalationsModule], engine: 'embedded' });
  }, 120_000);
  afterAll(() => t.close());

  it('runs open -> acknowledged -> escalated -> resolved through the escalation_act function', async () => {
    expect(t.engine).toBe('embedded');
    const agent = await EscalationClient.as(t, 'l1.agent@ladder.demo');
    const created = await agent.create();
    await agent.ok(created.id, 'acknowledge', { version: 1 });
    await agent.ok(created.id, 'escalate', { version: 2, reason: 'needs a lead' });
    const resolved = await agent.ok(created.id, 'resolve', { version: 3, summary: 'Tunnel reconfigured' });
    expect(resolved).toMatchObject({ status: 'resolved', level: 2, teamName: 'Team Leads', version: 4 });
    const stints = await t.dataSource.query(
      'SELECT level, exit FROM level_stint WHERE escalation_id = $1 ORDER BY id',
      [created.id],
    );
    expect(stints).toEqual([
      { level: 1, exit: 'escalated' },
      { level: 2, exit: 'resolved' },
    ]);
    const stale = await agent.act(created.id, 'close', { version: 3 });
    expect([stale.status, stale.body.code]).toEqual([409, 'stale_version']);
  });
});
