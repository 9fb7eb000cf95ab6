import type { ProcedureVersionDetail } from '@ladder/contracts';
import { definition, detail, TEAM_DESK, TEAM_NETWORK } from '../shared/procedure.fixture';

// A draft that uses every part of the definition the editor maps: notify conditions, each rule action, scenarios.

export { TEAM_DESK, TEAM_NETWORK };

export function richDraft(fields: Partial<ProcedureVersionDetail> = {}): ProcedureVersionDetail {
  const d = definition();
  return detail({
    changeNote: 'Lower the L1 budgets',
    definition: {
      ...d,
      levels: d.levels.map((level, i) =>
        i === 1
          ? {
              ...level,
              contacts: [
                {
                  name: 'Network lead',
                  role: 'Team lead',
                  channel: 'webhook',
                  address: 'https://hooks.example.com/net',
                  whenToReachOut: 'Outages',
                  notify: {},
                },
                {
                  name: 'NOC phone',
                  role: 'Operations',
                  channel: 'phone',
                  address: '+44 20 7946 0000',
                  whenToReachOut: 'After 10 minutes',
                  notify: { severities: ['S1', 'S2'], afterUnacknowledgedMinutes: 10 },
                },
              ],
            }
          : level,
      ),
      rules: [
        ...d.rules,
        {
          id: 'reopened-raise',
          name: 'Reopened payroll',
          when: {
            affectedService: ['Payroll'],
            reopened: true,
            reassignmentsAtLeast: 2,
            alertsForService: { moreThan: 5, withinMinutes: 10 },
          },
          then: { action: 'raise-severity', to: 'S2' },
        },
        {
          id: 'silent-s1',
          name: 'Silent S1',
          when: { severity: ['S1'], category: ['network'], unacknowledgedMinutes: 5, updateOverdue: true },
          then: { action: 'notify', contact: 'NOC phone', level: 2 },
        },
        { id: 'any-duty', name: 'Tell duty', when: {}, then: { action: 'notify', contact: 'Duty manager' } },
      ],
      scenarios: [
        {
          id: 'payroll-down',
          name: 'Payroll down',
          affectedService: 'Payroll',
          entryLevel: 2,
          minimumSeverity: 'S2',
          extraContacts: [
            { name: 'HR', role: 'HR partner', channel: 'email', address: 'hr@example.com', whenToReachOut: 'Always' },
          ],
          notes: '**Payday** matters',
        },
        { id: 'network', name: 'Network', category: 'network', extraContacts: [], notes: '' },
      ],
    },
    ...fields,
  });
}
