import { ProcedureDefinitionSchema } from '@ladder/contracts';
import { defaultProcedureDefinition, type TeamName } from './organisation.seed';

const TEAM: Record<TeamName, string> = {
  'Service Desk': '00000000-0000-4000-8000-000000000001',
  'Team Leads': '00000000-0000-4000-8000-000000000002',
  Network: '00000000-0000-4000-8000-000000000003',
  Database: '00000000-0000-4000-8000-000000000004',
  Applications: '00000000-0000-4000-8000-000000000005',
  Security: '00000000-0000-4000-8000-000000000006',
  'IT Management': '00000000-0000-4000-8000-000000000007',
};

describe('defaultProcedureDefinition', () => {
  const definition = defaultProcedureDefinition(TEAM);

  it('is a valid procedure definition', () => {
    expect(ProcedureDefinitionSchema.safeParse(definition).success).toBe(true);
  });

  it('has the four levels with the agreed budgets', () => {
    expect(definition.levels.map((l) => [l.level, l.name, l.budgetMinutes])).toEqual([
      [1, 'Service Desk', { S1: 15, S2: 30, S3: 120, S4: 480 }],
      [2, 'Team Lead', { S1: 30, S2: 60, S3: 240, S4: 960 }],
      [3, 'Specialist teams', { S1: 120, S2: 240, S3: 1440, S4: 2880 }],
      [4, 'IT Management', { S1: 60, S2: 120, S3: 480, S4: 1440 }],
    ]);
  });

  it('puts the four specialist teams at level 3 with Applications as default', () => {
    const l3 = definition.levels[2];
    expect(l3?.teamIds).toEqual([TEAM.Network, TEAM.Database, TEAM.Applications, TEAM.Security]);
    expect(l3?.defaultTeamId).toBe(TEAM.Applications);
  });

  it('routes categories at level 3 to their team', () => {
    expect(Object.fromEntries(definition.routes.map((r) => [r.category, r.teamId]))).toEqual({
      network: TEAM.Network,
      hardware: TEAM.Network,
      database: TEAM.Database,
      application: TEAM.Applications,
      security: TEAM.Security,
      access: TEAM.Security,
    });
  });

  it('has the severity targets of the guide', () => {
    expect(
      definition.severities.map((s) => [
        s.severity,
        s.responseMinutes,
        s.resolutionMinutes,
        s.updateCadenceMinutes,
        s.calendar,
      ]),
    ).toEqual([
      ['S1', 15, 240, 30, '24x7'],
      ['S2', 30, 480, 60, '24x7'],
      ['S3', 240, 2880, 480, 'team'],
      ['S4', 480, 7200, 1440, 'team'],
    ]);
  });

  it('passes its own cross-field checks: rules name real levels and contacts and escalate upwards', () => {
    expect(ProcedureDefinitionSchema.safeParse(definition).success).toBe(true);
    expect(definition.rules.map((r) => [r.id, r.then.action])).toEqual([
      ['s1-straight-to-l2', 'escalate'],
      ['s1-notify-management', 'notify'],
      ['s2-unacknowledged', 'escalate'],
      ['reopened-to-lead', 'escalate'],
      ['ping-pong', 'notify'],
      ['security-at-least-s2', 'raise-severity'],
      ['alert-storm', 'raise-severity'],
    ]);
    expect(definition.rules.at(-1)?.when).toEqual({ alertsForService: { moreThan: 5, withinMinutes: 10 } });
  });

  it('has scenario guidelines for database outages, Payroll and the public website', () => {
    expect(
      definition.scenarios.map((g) => [
        g.id,
        g.category ?? null,
        g.affectedService ?? null,
        g.entryLevel ?? null,
        g.minimumSeverity ?? null,
        g.extraContacts.map((c) => [c.name, c.channel, c.notify ?? null]),
      ]),
    ).toEqual([
      ['database-outage', 'database', null, 3, 'S2', []],
      ['payroll-run', null, 'Payroll', null, 'S2', [['Payroll provider', 'email', {}]]],
      ['website-down', 'application', 'Website', 2, 'S2', [['Communications on duty', 'chat', null]]],
    ]);
  });

  it('gives every level a runbook and at least one contact', () => {
    for (const level of definition.levels) {
      expect(level.runbook).toMatch(/^## /);
      expect(level.contacts.length).toBeGreaterThan(0);
    }
  });
});
