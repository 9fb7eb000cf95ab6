import { FrozenClock } from '@ladder/api/common';
import { EscalationsModule } from '@ladder/api/escalations';
import { createTestApp, EscalationClient, type TestApp } from '@ladder/api/testing';
import type { Escalation, ProcedureDefinition, TimelineEvent, TriggerRule } from '@ladder/contracts';
import { requestRecompute } from '../../index';
import { SlaModule } from '../sla.module';
import { SlaScheduler } from './sla-scheduler.service';

const at = (hhmmss: string) => new Date(`2026-03-02T${hhmmss}Z`);
const storm = { alertsForService: { moreThan: 5, withinMinutes: 10 } };
const RULES: TriggerRule[] = [
  {
    id: 'payroll-storm-to-s1',
    name: 'An alert storm on Payroll makes it S1',
    when: { affectedService: ['Payroll'], ...storm },
    then: { action: 'raise-severity', to: 'S1' },
  },
  {
    id: 'erp-storm-to-l2',
    name: 'An alert storm on ERP goes to the Team Lead',
    when: { affectedService: ['ERP'], ...storm },
    then: { action: 'escalate', toLevel: 2 },
  },
];

/** Version 2 of the seeded procedure with only the two alert rules. */
async function publishAlertRules(t: TestApp): Promise<void> {
  const [{ definition }] = (await t.dataSource.query(`SELECT definition FROM procedure_version WHERE version = 1`)) as [
    { definition: ProcedureDefinition },
  ];
  await t.dataSource.query(
    `INSERT INTO procedure_version (version, name, status, definition, published_at)
     VALUES (2, 'Alert storms', 'published', $1, now())`,
    [JSON.stringify({ ...definition, rules: RULES })],
  );
}

describe('trigger rules counting alerts for the service (frozen clock)', () => {
  const clock = new FrozenClock(at('10:00:00'));
  let t: TestApp;
  let scheduler: SlaScheduler;
  let agent: EscalationClient;
  let integrationId: string;
  /** Opened under the seeded procedure (version 1), whose alert-storm rule makes it at least S2. */
  let seeded: string;

  beforeAll(async () => {
    t = await createTestApp({ imports: [EscalationsModule, SlaModule], clock });
    scheduler = t.app.get(SlaScheduler);
    agent = await EscalationClient.as(t, 'l1.agent@ladder.demo');
    const website = { title: 'Website slow', affectedService: 'Website', impact: 'medium', urgency: 'medium' } as const;
    seeded = (await agent.create(website)).id;
    await publishAlertRules(t);
    const [row] = (await t.dataSource.query(
      `INSERT INTO integration (name, kind, routing, secret, secret_hash, created_at)
       VALUES ('Prometheus', 'alertmanager', '{}', 'secret', 'hash', now()) RETURNING id`,
    )) as { id: string }[];
    integrationId = row?.id ?? '';
  });
  afterAll(() => t.close());

  /** Alert notifications received at the given times, as the intake records them. */
  const receive = async (service: string, times: string[], status: 'firing' | 'resolved' = 'firing') => {
    for (const time of times) {
      await t.dataSource.query(
        `INSERT INTO alert_notification (integration_id, occurrence, status, affected_service, received_at)
         VALUES ($1, $2, $3, $4, $5)`,
        [integrationId, `${service}-${status}-${time}`, status, service, at(time)],
      );
    }
  };
  /** As the intake does after an alert: the escalations are planned again at once. */
  const recomputeAt = async (moment: string, ...ids: string[]) => {
    clock.set(at(moment));
    await requestRecompute(t.dataSource.manager, ids, at(moment));
    while ((await scheduler.drain()) > 0);
  };
  const escalation = async (id: string) => (await agent.get(`/api/escalations/${id}`)).body as Escalation;
  /** Events Ladder wrote itself, as [type, reason, clock or rule, at]. */
  const systemEvents = async (id: string) =>
    ((await agent.get(`/api/escalations/${id}/timeline`)).body as TimelineEvent[])
      .filter((e) => e.channel === 'system')
      .map((e) => [e.type, e.reason, e.details?.['clock'] ?? e.details?.['ruleId'] ?? null, e.at]);

  it('does nothing at 5 firing alerts in 10 minutes, and raises to S1 at the 6th', async () => {
    const { id } = await agent.create({ title: 'Payroll slow', affectedService: 'Payroll' });
    await recomputeAt('10:00:00', id);
    // Not counted: one 10 minutes old at 10:05, resolutions, and alerts for another service.
    await receive('Payroll', ['09:55:00', '10:01:00', '10:02:00', '10:03:00', '10:04:00', '10:05:00']);
    await receive('Payroll', ['10:05:00'], 'resolved');
    await receive('VPN', ['10:01:00', '10:02:00', '10:03:00', '10:04:00', '10:05:00', '10:05:01']);
    await recomputeAt('10:05:00', id);
    expect(await systemEvents(id)).toEqual([]);
    expect(await escalation(id)).toMatchObject({ severity: 'S2', level: 1 });

    await receive('Payroll', ['10:06:00']);
    await recomputeAt('10:06:00', id);
    expect(await systemEvents(id)).toEqual([
      ['rule-fired', 'rule', 'payroll-storm-to-s1', '2026-03-02T10:06:00.000Z'],
      ['raise-severity', 'rule', 'payroll-storm-to-s1', '2026-03-02T10:06:00.000Z'],
    ]);
    expect(await escalation(id)).toMatchObject({ severity: 'S1', level: 1 });
  });

  it('escalates to L2 at the 6th alert, once however many follow', async () => {
    const { id } = await agent.create({ title: 'ERP errors', affectedService: 'ERP' });
    await recomputeAt('10:10:00', id);
    await receive('ERP', ['10:10:00', '10:11:00', '10:12:00', '10:13:00', '10:14:00']);
    await recomputeAt('10:14:00', id);
    expect(await systemEvents(id)).toEqual([]);
    await receive('ERP', ['10:15:00']);
    await recomputeAt('10:15:00', id);
    await receive('ERP', ['10:16:00']);
    await recomputeAt('10:16:00', id);
    expect(await systemEvents(id)).toEqual([
      ['rule-fired', 'rule', 'erp-storm-to-l2', '2026-03-02T10:15:00.000Z'],
      ['escalate', 'rule', 'erp-storm-to-l2', '2026-03-02T10:15:00.000Z'],
    ]);
    expect(await escalation(id)).toMatchObject({ severity: 'S2', level: 2, teamName: 'Team Leads' });
  });

  it('raises an S3 to S2 at the 6th alert by the seeded procedure’s alert-storm rule', async () => {
    await recomputeAt('10:20:00', seeded);
    expect(await escalation(seeded)).toMatchObject({ severity: 'S3', procedureVersion: 1 });
    await receive('Website', ['10:20:00', '10:21:00', '10:22:00', '10:23:00', '10:24:00', '10:25:00']);
    await recomputeAt('10:25:00', seeded);
    expect(await systemEvents(seeded)).toEqual([
      ['rule-fired', 'rule', 'alert-storm', '2026-03-02T10:25:00.000Z'],
      ['raise-severity', 'rule', 'alert-storm', '2026-03-02T10:25:00.000Z'],
      // The S2 targets run on 24x7 from the opening at 10:00: 75 % of 30 minutes has passed.
      ['sla-warning', 'timer', 'response', '2026-03-02T10:25:00.000Z'],
      ['sla-warning', 'timer', 'levelBudget', '2026-03-02T10:25:00.000Z'],
    ]);
    expect(await escalation(seeded)).toMatchObject({ severity: 'S2' });
  });
});
