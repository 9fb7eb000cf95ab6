import type { ProceduresService } from '@ladder/api/procedures';
import type { ProcedureVersion, SeverityTarget, TriggerRule } from '@ladder/contracts';
import type { EntityManager } from 'typeorm';
import type { EscalationSnapshot } from './scheduler/escalation-snapshots';
import { SlaPlanner } from './sla-planner.service';

const team = '00000000-0000-4000-8000-000000000001';
const target: SeverityTarget = {
  severity: 'S2',
  label: 'High',
  responseMinutes: 30,
  resolutionMinutes: 480,
  updateCadenceMinutes: 60,
  calendar: '24x7',
};
const storm = (withinMinutes: number): TriggerRule => ({
  id: `storm-${withinMinutes}`,
  name: 'Alert storm',
  when: { alertsForService: { moreThan: 1, withinMinutes } },
  then: { action: 'raise-severity', to: 'S1' },
});
const version = (id: string, rules: TriggerRule[]) =>
  ({
    id,
    version: 1,
    name: id,
    publishedAt: null,
    definition: {
      levels: [
        {
          level: 1,
          name: 'Desk',
          teamIds: [team],
          defaultTeamId: team,
          budgetMinutes: { S1: 30, S2: 30, S3: 60, S4: 120 },
          runbook: '',
          contacts: [],
        },
      ],
      severities: [target],
      warningRatio: 0.75,
      reminderMinutes: 15,
      rules,
    },
  }) as unknown as ProcedureVersion;
const VERSIONS = [version('ten', [storm(10)]), version('thirty', [storm(30)]), version('none', [])];
const procedures = {
  byId: (id: string) => Promise.resolve(VERSIONS.find((v) => v.id === id)),
} as unknown as ProceduresService;

const created = new Date('2026-03-02T10:00:00Z');
const now = new Date('2026-03-02T10:05:00Z');
const snapshot = (id: string, affectedService: string, procedureVersionId: string): EscalationSnapshot => ({
  id,
  facts: { severity: 'S2', category: 'network', affectedService, level: 1, status: 'open' },
  teamId: team,
  teamCalendarId: null,
  procedureVersionId,
  events: [{ type: 'created', at: created, visibility: 'internal' }],
});

/** A manager that answers the calendar query with none and the alert query with two VPN alerts. */
function recordingManager() {
  const queries: [string, unknown[] | undefined][] = [];
  const m = {
    query: (sql: string, params?: unknown[]) => {
      queries.push([sql.replace(/\s+/g, ' ').trim(), params]);
      const alerts = sql.includes('alert_notification');
      const vpn = (at: string) => ({ affected_service: 'VPN', received_at: new Date(at) });
      return Promise.resolve(alerts ? [vpn('2026-03-02T10:03:00Z'), vpn('2026-03-02T10:04:00Z')] : []);
    },
  } as unknown as EntityManager;
  return { m, queries };
}

describe('SlaPlanner and alerts for the service', () => {
  const planner = new SlaPlanner(procedures);

  it('reads alerts in one query, for the services whose procedure counts them, over the longest window', async () => {
    const { m, queries } = recordingManager();
    const planned = await planner.plan(
      m,
      [
        snapshot('a', 'VPN', 'ten'),
        snapshot('b', 'ERP', 'thirty'),
        snapshot('c', 'Email', 'none'),
        snapshot('d', 'VPN', 'thirty'),
      ],
      now,
    );
    const alertQueries = queries.filter(([sql]) => sql.includes('alert_notification'));
    expect(alertQueries.map(([, params]) => params)).toEqual([[['VPN', 'ERP'], new Date('2026-03-02T09:35:00Z'), now]]);
    // Two alerts are more than one: VPN's rules fire, ERP has none.
    expect(
      planned.map((p) => [p.snapshot.id, p.plan.actions.map((a) => (a.kind === 'rule' ? a.rule.id : a.kind))]),
    ).toEqual([
      ['a', ['storm-10']],
      ['b', []],
      ['c', []],
      ['d', ['storm-30']],
    ]);
  });

  it('does not query alerts when no procedure of the batch counts them', async () => {
    const { m, queries } = recordingManager();
    await planner.plan(m, [snapshot('c', 'Email', 'none')], now);
    expect(queries.map(([sql]) => sql)).toEqual(['SELECT id, name, definition FROM calendar']);
  });
});
