import type { ProcedureDefinition, ProcedureVersionDetail } from '@ladder/contracts';

// Test data for the specs of this lib: a small definition and a version detail around it.

export const TEAM_DESK = '00000000-0000-4000-8000-000000000001';
export const TEAM_NETWORK = '00000000-0000-4000-8000-000000000002';
export const AUTHOR_ID = '00000000-0000-4000-8000-0000000000a1';

export function definition(): ProcedureDefinition {
  return {
    levels: [
      {
        level: 1,
        name: 'Service Desk',
        teamIds: [TEAM_DESK],
        defaultTeamId: TEAM_DESK,
        budgetMinutes: { S1: 15, S2: 60, S3: 240, S4: 480 },
        runbook: '# Triage',
        contacts: [
          {
            name: 'Duty manager',
            role: 'Manager on call',
            channel: 'email',
            address: 'duty@example.com',
            whenToReachOut: 'S1 at once',
            notify: { severities: ['S1'] },
          },
        ],
      },
      {
        level: 2,
        name: 'Network',
        teamIds: [TEAM_NETWORK],
        defaultTeamId: TEAM_NETWORK,
        budgetMinutes: { S1: 30, S2: 120, S3: 480, S4: 960 },
        runbook: '',
        contacts: [],
      },
    ],
    severities: (['S1', 'S2', 'S3', 'S4'] as const).map((severity, i) => ({
      severity,
      label: `Severity ${i + 1}`,
      responseMinutes: 15 * (i + 1),
      resolutionMinutes: 240 * (i + 1),
      updateCadenceMinutes: 30 * (i + 1),
      calendar: i < 2 ? '24x7' : 'team',
    })),
    matrix: {
      high: { high: 'S1', medium: 'S2', low: 'S3' },
      medium: { high: 'S2', medium: 'S3', low: 'S3' },
      low: { high: 'S3', medium: 'S4', low: 'S4' },
    },
    routes: [{ level: 2, category: 'network', teamId: TEAM_NETWORK }],
    categories: ['network', 'access'],
    services: ['Payroll'],
    warningRatio: 0.75,
    reminderMinutes: 15,
    rules: [
      {
        id: 'stuck-l1',
        name: 'Stuck at L1',
        when: { level: [1], minutesAtLevel: 90 },
        then: { action: 'escalate', toLevel: 2 },
      },
    ],
    scenarios: [],
  };
}

export function detail(fields: Partial<ProcedureVersionDetail> = {}): ProcedureVersionDetail {
  return {
    id: '00000000-0000-4000-8000-0000000000f1',
    version: 2,
    name: 'Faster hand-offs',
    publishedAt: null,
    definition: definition(),
    status: 'draft',
    authorId: AUTHOR_ID,
    authorName: 'Olive Owner',
    basedOnId: null,
    basedOnVersion: null,
    changeNote: '',
    submittedAt: null,
    approvedByName: null,
    approvedAt: null,
    retiredAt: null,
    reviewEveryMonths: 6,
    reviewDueAt: null,
    rowVersion: 1,
    comments: [],
    drift: null,
    reviewId: null,
    ...fields,
  };
}
