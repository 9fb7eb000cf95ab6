import type { ProcedureVersion, SeverityTarget } from '@ladder/contracts';
import { planEscalation } from '@ladder/domain';
import type { PlannedEscalation } from './sla-planner.service';
import { toEscalationSla } from './sla.mapper';

const target: SeverityTarget = {
  severity: 'S2',
  label: 'High',
  responseMinutes: 30,
  resolutionMinutes: 480,
  updateCadenceMinutes: 60,
  calendar: '24x7',
};
const team = '00000000-0000-4000-8000-000000000001';
const procedure = {
  id: '00000000-0000-4000-8000-0000000000aa',
  version: 3,
  name: 'Test',
  publishedAt: null,
  definition: {
    levels: [
      {
        level: 1,
        name: 'Desk',
        teamIds: [team],
        defaultTeamId: team,
        budgetMinutes: { S1: 10, S2: 20, S3: 60, S4: 120 },
        runbook: '',
        contacts: [],
      },
    ],
    severities: [target],
    warningRatio: 0.8,
    reminderMinutes: 15,
    rules: [],
  },
} as unknown as ProcedureVersion;
const created = new Date('2026-03-02T10:00:00Z');
const now = new Date('2026-03-02T10:05:00Z');
const facts = { severity: 'S2', category: 'network', affectedService: 'VPN', level: 1, status: 'open' } as const;
const calendar = { id: '00000000-0000-4000-8000-0000000000cc', name: '24x7', definition: { kind: '24x7' } } as const;

describe('toEscalationSla', () => {
  it('reads each clock with its target, the level budget from the current level', () => {
    const planned: PlannedEscalation = {
      snapshot: {
        id: '00000000-0000-4000-8000-0000000000ee',
        facts,
        teamId: team,
        teamCalendarId: null,
        procedureVersionId: procedure.id,
        events: [{ type: 'created', at: created, visibility: 'internal' }],
      },
      procedure,
      target,
      calendar,
      plan: planEscalation({
        escalation: facts,
        events: [{ type: 'created', at: created, visibility: 'internal' }],
        definition: procedure.definition,
        target,
        calendar: calendar.definition,
        now,
      }),
    };
    const sla = toEscalationSla(planned, now);
    expect(sla).toMatchObject({
      at: '2026-03-02T10:05:00.000Z',
      calendar: { name: '24x7', kind: '24x7' },
      warningRatio: 0.8,
      state: 'ok',
      nextDueAt: '2026-03-02T10:20:00.000Z',
    });
    expect(sla.clocks.map((c) => [c.kind, c.targetMinutes, c.dueAt, c.warningAt, c.remainingSeconds])).toEqual([
      ['response', 30, '2026-03-02T10:30:00.000Z', '2026-03-02T10:24:00.000Z', 1500],
      ['resolution', 480, '2026-03-02T18:00:00.000Z', '2026-03-02T16:24:00.000Z', 28500],
      ['levelBudget', 20, '2026-03-02T10:20:00.000Z', '2026-03-02T10:16:00.000Z', 900],
      ['updateCadence', 60, '2026-03-02T11:00:00.000Z', '2026-03-02T10:48:00.000Z', 3300],
    ]);
  });
});
