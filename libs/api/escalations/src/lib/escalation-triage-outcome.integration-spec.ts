import { FrozenClock } from '@ladder/api/common';
import { TriageModule } from '@ladder/api/triage';
import type { Escalation } from '@ladder/contracts';
import { createTestApp, EscalationClient, teamIds, type TestApp, VPN_DOWN } from '@ladder/api/testing';
import { EscalationsModule } from './escalations.module';

const NOW = new Date('2026-11-02T09:00:00Z');

describe('triage suggestions shown when opening an escalation', () => {
  let t: TestApp;
  let agent: EscalationClient;
  let teams: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp({ imports: [EscalationsModule, TriageModule], clock: new FrozenClock(NOW) });
    agent = await EscalationClient.as(t, 'l1.agent@ladder.demo');
    teams = await teamIds(t);
  });
  afterAll(() => t.close());

  const outcomes = (id: string) =>
    t.dataSource.query(
      `SELECT target, suggested_value, confidence, chosen_value, accepted, created_at
         FROM triage_suggestion_outcome WHERE escalation_id = $1 ORDER BY target`,
      [id],
    );

  it('records each suggestion shown with the value the escalation opened with', async () => {
    // VPN_DOWN: network, VPN, high impact x medium urgency = S2, opened at level 1 by the Service Desk.
    const triage = [
      { target: 'category', value: 'network', confidence: 0.9 },
      { target: 'affectedService', value: 'Email', confidence: 0.4 },
      { target: 'team', value: teams['Service Desk'], confidence: 0.65 },
      { target: 'severity', value: 'S4', confidence: 0.5 },
    ];
    const res = await agent.post('/api/escalations', { ...VPN_DOWN, triage });
    expect(res.status).toBe(201);
    const created = res.body as Escalation;
    expect(created.teamName).toBe('Service Desk');
    expect(await outcomes(created.id)).toEqual([
      {
        target: 'affectedService',
        suggested_value: 'Email',
        confidence: 0.4,
        chosen_value: 'VPN',
        accepted: false,
        created_at: NOW,
      },
      {
        target: 'category',
        suggested_value: 'network',
        confidence: 0.9,
        chosen_value: 'network',
        accepted: true,
        created_at: NOW,
      },
      {
        target: 'severity',
        suggested_value: 'S4',
        confidence: 0.5,
        chosen_value: 'S2',
        accepted: false,
        created_at: NOW,
      },
      {
        target: 'team',
        suggested_value: created.teamId,
        confidence: 0.65,
        chosen_value: created.teamId,
        accepted: true,
        created_at: NOW,
      },
    ]);
  });

  it('records nothing when no suggestion was shown', async () => {
    const res = await agent.post('/api/escalations', VPN_DOWN);
    expect(res.status).toBe(201);
    expect(await outcomes((res.body as Escalation).id)).toEqual([]);
  });

  it('rejects two suggestions for one target, creating nothing', async () => {
    const shown = { target: 'category', value: 'network', confidence: 0.9 };
    const [{ before } = { before: 0 }] = await t.dataSource.query<{ before: number }[]>(
      `SELECT count(*)::int AS before FROM escalation`,
    );
    const res = await agent.post('/api/escalations', { ...VPN_DOWN, triage: [shown, shown] });
    expect(res.status).toBe(400);
    const [{ after } = { after: 0 }] = await t.dataSource.query<{ after: number }[]>(
      `SELECT count(*)::int AS after FROM escalation`,
    );
    expect(after).toBe(before);
  });
});
