import { EscalationsModule } from '@ladder/api/escalations';
import { createTestApp, type TestApp } from '@ladder/api/testing';
import type { ProcedureDefinition } from '@ladder/contracts';
import { SlaModule } from '../sla.module';
import { SlaScheduler } from './sla-scheduler.service';

const SCHEDULER_ON = { LADDER_SCHEDULER: 'on', LADDER_SCHEDULER_POLL_MS: '50' };
const ESCALATIONS = 24;
/** Level budgets of 2 seconds: each escalation climbs L1 -> L2 -> L3 -> L4 on the timer within about 6 s. */
const SECONDS_2 = 2 / 60;

/** A published version 2 of the seeded procedure with clocks in seconds and no trigger rules. */
async function publishFastProcedure(t: TestApp): Promise<void> {
  const [{ definition }] = (await t.dataSource.query(`SELECT definition FROM procedure_version WHERE version = 1`)) as [
    { definition: ProcedureDefinition },
  ];
  const fast: ProcedureDefinition = {
    ...definition,
    rules: [],
    reminderMinutes: 1,
    severities: definition.severities.map((s) => ({
      ...s,
      responseMinutes: 1,
      resolutionMinutes: 1,
      updateCadenceMinutes: 1,
      calendar: '24x7',
    })),
    levels: definition.levels.map((l) => ({
      ...l,
      budgetMinutes: { S1: SECONDS_2, S2: SECONDS_2, S3: SECONDS_2, S4: SECONDS_2 },
    })),
  };
  await t.dataSource.query(
    `INSERT INTO procedure_version (version, name, status, definition, published_at)
     VALUES (2, 'Drill: clocks in seconds', 'published', $1, now())`,
    [JSON.stringify(fast)],
  );
}

describe('two API instances on one database', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    first = await createTestApp({ imports: [EscalationsModule, SlaModule], env: SCHEDULER_ON });
    await publishFastProcedure(first);
    second = await createTestApp({ imports: [EscalationsModule, SlaModule], env: SCHEDULER_ON, sharing: first });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('act on every deadline exactly once', async () => {
    for (let i = 0; i < ESCALATIONS; i++) {
      const app = i % 2 === 0 ? first : second;
      const response = await app.http
        .post('/api/escalations')
        .set('Authorization', `Bearer ${await app.signIn('l1.agent@ladder.demo')}`)
        .send({ title: `Drill ${i}`, category: 'network', affectedService: 'VPN', impact: 'high', urgency: 'medium' });
      expect(response.status).toBe(201);
    }
    const atTop = async () =>
      Number((await first.dataSource.query(`SELECT count(*) AS n FROM escalation WHERE level = 4`))[0].n);
    for (let waited = 0; (await atTop()) < ESCALATIONS && waited < 30_000; waited += 250) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(await atTop()).toBe(ESCALATIONS);

    const climbs = await first.dataSource.query(
      `SELECT from_level, to_level, count(*)::int AS n FROM escalation_event
        WHERE type = 'escalate' AND reason = 'timer' GROUP BY 1, 2 ORDER BY 1`,
    );
    expect(climbs).toEqual([
      { from_level: 1, to_level: 2, n: ESCALATIONS },
      { from_level: 2, to_level: 3, n: ESCALATIONS },
      { from_level: 3, to_level: 4, n: ESCALATIONS },
    ]);
    const duplicates = await first.dataSource.query(
      `SELECT escalation_id, type, details->>'clock' AS clock, details->>'startedAt' AS started, count(*)::int AS n
         FROM escalation_event WHERE type IN ('sla-warning', 'sla-breach')
        GROUP BY 1, 2, 3, 4 HAVING count(*) > 1`,
    );
    expect(duplicates).toEqual([]);
    const levelBreaches = await first.dataSource.query(
      `SELECT count(*)::int AS n FROM escalation_event WHERE type = 'sla-breach' AND details->>'clock' = 'levelBudget'`,
    );
    // One per level left on the timer; L4 has no level above, so its budget may or may not have run out yet.
    expect(levelBreaches[0].n).toBeGreaterThanOrEqual(3 * ESCALATIONS);
    expect(first.app.get(SlaScheduler).jobsHandled).toBeGreaterThan(0);
    expect(second.app.get(SlaScheduler).jobsHandled).toBeGreaterThan(0);
  }, 60_000);
});
