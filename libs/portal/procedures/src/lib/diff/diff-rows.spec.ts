import type { ProcedureDiff } from '@ladder/contracts';
import { definition, TEAM_DESK, TEAM_NETWORK } from '../shared/procedure.fixture';
import { diffSections, valueInWords } from './diff-rows';

const teamName = (id: string) => ({ [TEAM_DESK]: 'Service Desk', [TEAM_NETWORK]: 'Network' })[id] ?? id;
const [l1, l2] = definition().levels;
const [s1] = definition().severities;
const [stuck] = definition().rules;

describe('diff rows', () => {
  it('groups the changes by section in the procedure order, with both sides in words', () => {
    const diff: ProcedureDiff = {
      fromId: '00000000-0000-4000-8000-000000000011',
      toId: '00000000-0000-4000-8000-000000000012',
      changes: [
        {
          section: 'rules',
          path: ['rules', 'stuck-l1', 'when'],
          kind: 'changed',
          label: 'Rule stuck-l1: condition changed (minutes at level)',
          before: { level: [1], minutesAtLevel: 90 },
          after: { level: [1], minutesAtLevel: 60 },
          fields: ['minutesAtLevel'],
        },
        {
          section: 'levels',
          path: ['levels', 1, 'budgetMinutes', 'S2'],
          kind: 'changed',
          label: 'L1 Service Desk: S2 time budget 60 min → 30 min',
          before: 60,
          after: 30,
        },
        {
          section: 'levels',
          path: ['levels', 2],
          kind: 'removed',
          label: 'L2 Network removed',
          before: l2,
          after: null,
        },
      ],
    };

    expect(diffSections(diff, teamName)).toEqual([
      {
        section: 'levels',
        title: 'Levels',
        rows: [
          { label: 'L1 Service Desk: S2 time budget 60 min → 30 min', kind: 'changed', before: '1h', after: '30m' },
          {
            label: 'L2 Network removed',
            kind: 'removed',
            before: 'L2 Network: teams Network; budgets S1 30m, S2 2h, S3 8h, S4 16h',
            after: '–',
          },
        ],
      },
      {
        section: 'rules',
        title: 'Trigger rules',
        rows: [
          {
            label: 'Rule stuck-l1: condition changed (minutes at level)',
            kind: 'changed',
            before: 'at L1, 1h 30m at the level',
            after: 'at L1, 1h at the level',
          },
        ],
      },
    ]);
  });

  it('has no sections when nothing differs', () => {
    expect(diffSections({ fromId: 'a', toId: 'b', changes: [] } as unknown as ProcedureDiff, teamName)).toEqual([]);
  });

  it.each([
    [['levels', 1, 'teamIds', TEAM_NETWORK], TEAM_NETWORK, 'Network'],
    [['levels', 1, 'defaultTeamId'], TEAM_DESK, 'Service Desk'],
    [['levels', 1, 'name'], 'Front line', 'Front line'],
    [
      ['levels', 1, 'contacts', 'Duty manager'],
      l1?.contacts[0],
      'Duty manager (Manager on call), email duty@example.com; when to reach out: S1 at once; Ladder notifies them for S1',
    ],
    [['severities', 'S1'], s1, 'S1 Severity 1: response 15m, resolution 4h, updates every 30m, calendar 24x7'],
    [['severities', 'S1', 'responseMinutes'], 10, '10m'],
    [['severities', 'S1', 'calendar'], 'team', 'team'],
    [['matrix', 'high', 'low'], 'S2', 'S2'],
    [['routes', 2, 'network'], { level: 2, category: 'network', teamId: TEAM_NETWORK }, 'L2 network: Network'],
    [['routes', 2, 'network', 'teamId'], TEAM_DESK, 'Service Desk'],
    [['categories', 'hardware'], 'hardware', 'hardware'],
    [['rules', 'stuck-l1'], stuck, 'Stuck at L1: when at L1, 1h 30m at the level, escalate to L2'],
    [['rules', 'stuck-l1', 'then'], { action: 'raise-severity', to: 'S1' }, 'raise severity to S1'],
    [
      ['scenarios', 'vpn-down'],
      {
        id: 'vpn-down',
        name: 'VPN down',
        category: 'network',
        affectedService: 'Payroll',
        entryLevel: 2,
        minimumSeverity: 'S2',
        extraContacts: [
          { name: 'ISP', role: 'Carrier', channel: 'phone', address: '+1 555', whenToReachOut: 'Outage' },
        ],
        notes: '',
      },
      'VPN down: for category network and service Payroll; enters at L2 at least; at least S2; extra contacts ISP',
    ],
    [
      ['scenarios', 'vpn-down'],
      { id: 'vpn-down', name: 'VPN', category: 'network', extraContacts: [], notes: '' },
      'VPN: for category network',
    ],
    [['scenarios', 'vpn-down', 'entryLevel'], 3, 'L3'],
    [['scenarios', 'vpn-down', 'minimumSeverity'], 'S1', 'S1'],
    [['warningRatio'], 0.8, '80 % of a target'],
    [['reminderMinutes'], 20, '20m'],
  ] as const)('says %j in words', (path, value, words) => {
    expect(valueInWords(path, value, teamName)).toBe(words);
  });
});
