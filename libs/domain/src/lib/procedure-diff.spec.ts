import type {
  Contact,
  Level,
  ProcedureDefinition,
  ScenarioGuideline,
  SeverityTarget,
  TriggerRule,
} from '@ladder/contracts';
import { diffProcedures } from './procedure-diff';

const TEAM = {
  desk: '00000000-0000-4000-8000-000000000001',
  leads: '00000000-0000-4000-8000-000000000002',
  network: '00000000-0000-4000-8000-000000000003',
  apps: '00000000-0000-4000-8000-000000000004',
  database: '00000000-0000-4000-8000-000000000005',
};
const NAMES: Record<string, string> = {
  [TEAM.desk]: 'Service Desk',
  [TEAM.leads]: 'Team Leads',
  [TEAM.network]: 'Network',
  [TEAM.apps]: 'Applications',
  [TEAM.database]: 'Database',
};
const teamName = (id: string) => NAMES[id] ?? id;

const deskQueue: Contact = {
  name: 'Desk queue',
  role: 'First line',
  channel: 'email',
  address: 'desk@ladder.test',
  whenToReachOut: 'Any new issue.',
};
const sam: Contact = {
  name: 'Sam Okafor',
  role: 'Team lead on duty',
  channel: 'phone',
  address: '+1 555 0102',
  whenToReachOut: 'L1 could not resolve it.',
};
const leadsMailbox: Contact = {
  name: 'Team Leads mailbox',
  role: 'Duty inbox',
  channel: 'email',
  address: 'leads@ladder.test',
  whenToReachOut: 'Every S1 or S2 at L2.',
  notify: { severities: ['S1', 'S2'] },
};
const l3: Level = {
  level: 3,
  name: 'Specialist teams',
  teamIds: [TEAM.network, TEAM.apps],
  defaultTeamId: TEAM.apps,
  budgetMinutes: { S1: 120, S2: 240, S3: 1440, S4: 2880 },
  runbook: '## L3\n\n1. Reproduce.',
  contacts: [],
};

const s4: SeverityTarget = {
  severity: 'S4',
  label: 'Low',
  responseMinutes: 480,
  resolutionMinutes: 7200,
  updateCadenceMinutes: 1440,
  calendar: 'team',
};
const s1ToLead: TriggerRule = {
  id: 's1-to-lead',
  name: 'An S1 goes straight to the Team Lead',
  when: { severity: ['S1'], level: [1] },
  then: { action: 'escalate', toLevel: 2 },
};
const pingPong: TriggerRule = {
  id: 'ping-pong',
  name: 'Passed around three times',
  when: { reassignmentsAtLeast: 3 },
  then: { action: 'notify', contact: 'Team Leads mailbox', level: 2 },
};

const vendor: Contact = {
  name: 'VPN vendor',
  role: 'Supplier support',
  channel: 'email',
  address: 'support@vpn-vendor.test',
  whenToReachOut: 'The tunnel is down for everyone.',
  notify: {},
};
const vpnOutage: ScenarioGuideline = {
  id: 'vpn-outage',
  name: 'VPN outage',
  category: 'network',
  affectedService: 'VPN',
  entryLevel: 2,
  minimumSeverity: 'S2',
  extraContacts: [vendor],
  notes: 'Check the **vendor status page** first.',
};
const emailIssues: ScenarioGuideline = {
  id: 'email-issues',
  name: 'Email issues',
  affectedService: 'Email',
  minimumSeverity: 'S3',
  extraContacts: [],
  notes: '',
};

/** A small procedure: three levels, the guide's severities and matrix, two routes, two rules and two scenarios. */
const BASE: ProcedureDefinition = {
  levels: [
    {
      level: 1,
      name: 'Service Desk',
      teamIds: [TEAM.desk],
      defaultTeamId: TEAM.desk,
      budgetMinutes: { S1: 15, S2: 60, S3: 120, S4: 480 },
      runbook: '## L1\n\n1. Triage.',
      contacts: [deskQueue],
    },
    {
      level: 2,
      name: 'Team Lead',
      teamIds: [TEAM.leads],
      defaultTeamId: TEAM.leads,
      budgetMinutes: { S1: 30, S2: 60, S3: 240, S4: 960 },
      runbook: '## L2',
      contacts: [sam, leadsMailbox],
    },
    l3,
  ],
  severities: [
    {
      severity: 'S1',
      label: 'Critical',
      responseMinutes: 15,
      resolutionMinutes: 240,
      updateCadenceMinutes: 30,
      calendar: '24x7',
    },
    {
      severity: 'S2',
      label: 'High',
      responseMinutes: 30,
      resolutionMinutes: 480,
      updateCadenceMinutes: 60,
      calendar: '24x7',
    },
    {
      severity: 'S3',
      label: 'Medium',
      responseMinutes: 240,
      resolutionMinutes: 2880,
      updateCadenceMinutes: 480,
      calendar: 'team',
    },
    s4,
  ],
  matrix: {
    high: { high: 'S1', medium: 'S2', low: 'S3' },
    medium: { high: 'S2', medium: 'S3', low: 'S3' },
    low: { high: 'S3', medium: 'S4', low: 'S4' },
  },
  routes: [
    { level: 3, category: 'network', teamId: TEAM.network },
    { level: 3, category: 'application', teamId: TEAM.apps },
  ],
  categories: ['network', 'application'],
  services: ['Email', 'VPN'],
  warningRatio: 0.75,
  reminderMinutes: 15,
  rules: [s1ToLead, pingPong],
  scenarios: [vpnOutage, emailIssues],
};

/** A copy of BASE with one edit applied. */
function revise(edit: (definition: ProcedureDefinition) => void): ProcedureDefinition {
  const copy = structuredClone(BASE);
  edit(copy);
  return copy;
}
function levelOf(definition: ProcedureDefinition, n: number): Level {
  const level = definition.levels.find((l) => l.level === n);
  if (!level) throw new Error(`no level ${n}`);
  return level;
}
const diff = (after: ProcedureDefinition) => diffProcedures(BASE, after, { teamName });

describe('diffProcedures', () => {
  it('finds nothing between identical definitions', () => {
    expect(diffProcedures(BASE, structuredClone(BASE))).toEqual([]);
  });

  it('finds nothing when only the order of lists and keys differs', () => {
    const reordered = revise((d) => {
      d.levels.reverse();
      levelOf(d, 2).contacts.reverse();
      levelOf(d, 3).teamIds.reverse();
      d.severities.reverse();
      d.routes.reverse();
      d.categories.reverse();
      d.services.reverse();
      d.rules.reverse();
      d.scenarios.reverse();
      levelOf(d, 2).contacts[0] = { ...leadsMailbox, notify: { severities: ['S2', 'S1'] } };
      d.rules[1] = { ...s1ToLead, when: { level: [1], severity: ['S1'] } };
      d.matrix = { low: BASE.matrix.low, high: BASE.matrix.high, medium: BASE.matrix.medium };
    });
    expect(diff(reordered)).toEqual([]);
  });

  it('treats an absent optional field like an undefined one', () => {
    const after = revise((d) => {
      levelOf(d, 1).contacts[0] = { ...deskQueue, notify: undefined };
    });
    expect(diff(after)).toEqual([]);
  });

  describe('levels', () => {
    it('reports a budget per severity with both values', () => {
      const after = revise((d) => {
        levelOf(d, 1).budgetMinutes.S2 = 30;
      });
      expect(diff(after)).toEqual([
        {
          section: 'levels',
          path: ['levels', 1, 'budgetMinutes', 'S2'],
          kind: 'changed',
          label: 'L1 Service Desk: S2 time budget 60 min → 30 min',
          before: 60,
          after: 30,
        },
      ]);
    });

    it('reports fractional budgets as they are', () => {
      const after = revise((d) => {
        levelOf(d, 1).budgetMinutes.S1 = 0.25;
      });
      expect(diff(after).map((c) => c.label)).toEqual(['L1 Service Desk: S1 time budget 15 min → 0.25 min']);
    });

    it('reports a rename under the old and the new name', () => {
      const after = revise((d) => {
        levelOf(d, 1).name = 'Front Desk';
      });
      expect(diff(after)).toEqual([
        {
          section: 'levels',
          path: ['levels', 1, 'name'],
          kind: 'changed',
          label: 'L1 renamed: Service Desk → Front Desk',
          before: 'Service Desk',
          after: 'Front Desk',
        },
      ]);
    });

    it('reports teams added and removed, and the default team, by team name', () => {
      const after = revise((d) => {
        const level = levelOf(d, 3);
        level.teamIds = [TEAM.database, TEAM.network];
        level.defaultTeamId = TEAM.network;
      });
      expect(diff(after)).toEqual([
        {
          section: 'levels',
          path: ['levels', 3, 'teamIds', TEAM.apps],
          kind: 'removed',
          label: 'L3 Specialist teams: team Applications removed',
          before: TEAM.apps,
          after: null,
        },
        {
          section: 'levels',
          path: ['levels', 3, 'teamIds', TEAM.database],
          kind: 'added',
          label: 'L3 Specialist teams: team Database added',
          before: null,
          after: TEAM.database,
        },
        {
          section: 'levels',
          path: ['levels', 3, 'defaultTeamId'],
          kind: 'changed',
          label: 'L3 Specialist teams: default team Applications → Network',
          before: TEAM.apps,
          after: TEAM.network,
        },
      ]);
    });

    it('names teams by id when no names are given', () => {
      const after = revise((d) => {
        levelOf(d, 3).defaultTeamId = TEAM.network;
      });
      expect(diffProcedures(BASE, after).map((c) => c.label)).toEqual([
        `L3 Specialist teams: default team ${TEAM.apps} → ${TEAM.network}`,
      ]);
    });

    it('keeps both texts of a changed runbook', () => {
      const after = revise((d) => {
        levelOf(d, 3).runbook = '## L3\n\n1. Reproduce.\n2. Write it down.';
      });
      expect(diff(after)).toEqual([
        {
          section: 'levels',
          path: ['levels', 3, 'runbook'],
          kind: 'changed',
          label: 'L3 Specialist teams: runbook changed',
          before: '## L3\n\n1. Reproduce.',
          after: '## L3\n\n1. Reproduce.\n2. Write it down.',
        },
      ]);
    });

    it('reports contacts added, removed and changed by name, with the fields that changed', () => {
      const maria: Contact = { ...sam, name: 'Maria Costa', address: '+1 555 0140' };
      const after = revise((d) => {
        levelOf(d, 2).contacts = [
          maria,
          { ...leadsMailbox, address: 'duty@ladder.test', notify: { severities: ['S1'] } },
        ];
      });
      expect(diff(after)).toEqual([
        {
          section: 'levels',
          path: ['levels', 2, 'contacts', 'Maria Costa'],
          kind: 'added',
          label: 'L2 Team Lead: contact Maria Costa added',
          before: null,
          after: maria,
        },
        {
          section: 'levels',
          path: ['levels', 2, 'contacts', 'Sam Okafor'],
          kind: 'removed',
          label: 'L2 Team Lead: contact Sam Okafor removed',
          before: sam,
          after: null,
        },
        {
          section: 'levels',
          path: ['levels', 2, 'contacts', 'Team Leads mailbox'],
          kind: 'changed',
          label: 'L2 Team Lead: contact Team Leads mailbox changed (address, notify)',
          before: leadsMailbox,
          after: { ...leadsMailbox, address: 'duty@ladder.test', notify: { severities: ['S1'] } },
          fields: ['address', 'notify'],
        },
      ]);
    });

    it('names every contact field that changed, in the order of the contract', () => {
      const after = revise((d) => {
        levelOf(d, 1).contacts = [
          {
            name: 'Desk queue',
            role: 'Triage',
            channel: 'webhook',
            address: 'https://hooks.ladder.test/desk',
            whenToReachOut: 'Always.',
            notify: { afterUnacknowledgedMinutes: 30 },
          },
        ];
      });
      const [change] = diff(after);
      expect(change?.label).toBe(
        'L1 Service Desk: contact Desk queue changed (role, channel, address, when to reach out, notify)',
      );
      expect(change).toHaveProperty('fields', ['role', 'channel', 'address', 'whenToReachOut', 'notify']);
    });

    it('matches two contacts of the same name in order and numbers the second', () => {
      const onCall = (address: string): Contact => ({ ...sam, name: 'On call', address });
      const before = revise((d) => {
        levelOf(d, 3).contacts = [onCall('a@ladder.test'), onCall('b@ladder.test')];
      });
      const after = revise((d) => {
        levelOf(d, 3).contacts = [onCall('a@ladder.test'), onCall('c@ladder.test'), onCall('d@ladder.test')];
      });
      expect(diffProcedures(before, after)).toEqual([
        {
          section: 'levels',
          path: ['levels', 3, 'contacts', 'On call', 2],
          kind: 'changed',
          label: 'L3 Specialist teams: contact On call (2) changed (address)',
          before: onCall('b@ladder.test'),
          after: onCall('c@ladder.test'),
          fields: ['address'],
        },
        {
          section: 'levels',
          path: ['levels', 3, 'contacts', 'On call', 3],
          kind: 'added',
          label: 'L3 Specialist teams: contact On call (3) added',
          before: null,
          after: onCall('d@ladder.test'),
        },
      ]);
    });

    it('reports a whole level added or removed once, not field by field', () => {
      const l4: Level = { ...l3, level: 4, name: 'IT Management', teamIds: [TEAM.leads], defaultTeamId: TEAM.leads };
      const after = revise((d) => {
        d.levels = [...d.levels.filter((l) => l.level !== 3), l4];
      });
      expect(diff(after)).toEqual([
        {
          section: 'levels',
          path: ['levels', 3],
          kind: 'removed',
          label: 'L3 Specialist teams removed',
          before: l3,
          after: null,
        },
        {
          section: 'levels',
          path: ['levels', 4],
          kind: 'added',
          label: 'L4 IT Management added',
          before: null,
          after: l4,
        },
      ]);
    });

    it('lists a level’s changes in the order of its fields: name, teams, default team, budgets, runbook, contacts', () => {
      const after = revise((d) => {
        const level = levelOf(d, 2);
        level.contacts = [sam];
        level.runbook = '## L2 (revised)';
        level.budgetMinutes = { S1: 20, S2: 60, S3: 240, S4: 720 };
        level.teamIds = [TEAM.leads, TEAM.desk];
        level.defaultTeamId = TEAM.desk;
        level.name = 'Team Leads';
      });
      expect(diff(after).map((c) => c.path)).toEqual([
        ['levels', 2, 'name'],
        ['levels', 2, 'teamIds', TEAM.desk],
        ['levels', 2, 'defaultTeamId'],
        ['levels', 2, 'budgetMinutes', 'S1'],
        ['levels', 2, 'budgetMinutes', 'S4'],
        ['levels', 2, 'runbook'],
        ['levels', 2, 'contacts', 'Team Leads mailbox'],
      ]);
      expect(diff(after).map((c) => c.label)).toEqual([
        'L2 renamed: Team Lead → Team Leads',
        'L2 Team Leads: team Service Desk added',
        'L2 Team Leads: default team Team Leads → Service Desk',
        'L2 Team Leads: S1 time budget 30 min → 20 min',
        'L2 Team Leads: S4 time budget 960 min → 720 min',
        'L2 Team Leads: runbook changed',
        'L2 Team Leads: contact Team Leads mailbox removed',
      ]);
    });
  });

  describe('severities', () => {
    it('reports each target field of a severity', () => {
      const after = revise((d) => {
        d.severities[0] = {
          severity: 'S1',
          label: 'Urgent',
          responseMinutes: 10,
          resolutionMinutes: 180,
          updateCadenceMinutes: 20,
          calendar: 'business-hours',
        };
      });
      expect(diff(after)).toEqual([
        {
          section: 'severities',
          path: ['severities', 'S1', 'label'],
          kind: 'changed',
          label: 'S1: label Critical → Urgent',
          before: 'Critical',
          after: 'Urgent',
        },
        {
          section: 'severities',
          path: ['severities', 'S1', 'responseMinutes'],
          kind: 'changed',
          label: 'S1 Urgent: response target 15 min → 10 min',
          before: 15,
          after: 10,
        },
        {
          section: 'severities',
          path: ['severities', 'S1', 'resolutionMinutes'],
          kind: 'changed',
          label: 'S1 Urgent: resolution target 240 min → 180 min',
          before: 240,
          after: 180,
        },
        {
          section: 'severities',
          path: ['severities', 'S1', 'updateCadenceMinutes'],
          kind: 'changed',
          label: 'S1 Urgent: update cadence 30 min → 20 min',
          before: 30,
          after: 20,
        },
        {
          section: 'severities',
          path: ['severities', 'S1', 'calendar'],
          kind: 'changed',
          label: 'S1 Urgent: calendar 24x7 → business-hours',
          before: '24x7',
          after: 'business-hours',
        },
      ]);
    });

    it('reports a severity target missing on one side as added or removed', () => {
      const withoutS4 = revise((d) => {
        d.severities = d.severities.filter((s) => s.severity !== 'S4');
      });
      expect(diff(withoutS4)).toEqual([
        {
          section: 'severities',
          path: ['severities', 'S4'],
          kind: 'removed',
          label: 'S4 Low target removed',
          before: s4,
          after: null,
        },
      ]);
      expect(diffProcedures(withoutS4, BASE)).toEqual([
        {
          section: 'severities',
          path: ['severities', 'S4'],
          kind: 'added',
          label: 'S4 Low target added',
          before: null,
          after: s4,
        },
      ]);
    });
  });

  describe('matrix', () => {
    it('reports each cell that changed, high impact first, then by urgency', () => {
      const after = revise((d) => {
        d.matrix.low.high = 'S2';
        d.matrix.high.low = 'S2';
        d.matrix.high.medium = 'S1';
      });
      expect(diff(after)).toEqual([
        {
          section: 'matrix',
          path: ['matrix', 'high', 'medium'],
          kind: 'changed',
          label: 'Matrix high impact × medium urgency: S2 → S1',
          before: 'S2',
          after: 'S1',
        },
        {
          section: 'matrix',
          path: ['matrix', 'high', 'low'],
          kind: 'changed',
          label: 'Matrix high impact × low urgency: S3 → S2',
          before: 'S3',
          after: 'S2',
        },
        {
          section: 'matrix',
          path: ['matrix', 'low', 'high'],
          kind: 'changed',
          label: 'Matrix low impact × high urgency: S3 → S2',
          before: 'S3',
          after: 'S2',
        },
      ]);
    });
  });

  describe('routes', () => {
    it('keys routes by level and category', () => {
      const after = revise((d) => {
        d.routes = [
          { level: 3, category: 'network', teamId: TEAM.database },
          { level: 2, category: 'network', teamId: TEAM.leads },
        ];
      });
      expect(diff(after)).toEqual([
        {
          section: 'routes',
          path: ['routes', 2, 'network'],
          kind: 'added',
          label: 'L2 route for network added: Team Leads',
          before: null,
          after: { level: 2, category: 'network', teamId: TEAM.leads },
        },
        {
          section: 'routes',
          path: ['routes', 3, 'application'],
          kind: 'removed',
          label: 'L3 route for application removed (was Applications)',
          before: { level: 3, category: 'application', teamId: TEAM.apps },
          after: null,
        },
        {
          section: 'routes',
          path: ['routes', 3, 'network', 'teamId'],
          kind: 'changed',
          label: 'L3 route for network: Network → Database',
          before: TEAM.network,
          after: TEAM.database,
        },
      ]);
    });

    it('orders levels numerically, so L10 comes after L9', () => {
      const after = revise((d) => {
        d.routes.push(
          { level: 10, category: 'network', teamId: TEAM.apps },
          { level: 9, category: 'network', teamId: TEAM.apps },
        );
      });
      expect(diff(after).map((c) => c.path)).toEqual([
        ['routes', 9, 'network'],
        ['routes', 10, 'network'],
      ]);
    });

    it('compares the route that takes effect: the first for a level and category', () => {
      const before = revise((d) => {
        d.routes = [
          { level: 3, category: 'network', teamId: TEAM.network },
          { level: 3, category: 'network', teamId: TEAM.database },
        ];
      });
      const unchanged = revise((d) => {
        d.routes = [{ level: 3, category: 'network', teamId: TEAM.network }];
      });
      const firstDropped = revise((d) => {
        d.routes = [{ level: 3, category: 'network', teamId: TEAM.database }];
      });
      expect(diffProcedures(before, unchanged, { teamName })).toEqual([]);
      expect(diffProcedures(before, firstDropped, { teamName }).map((c) => c.label)).toEqual([
        'L3 route for network: Network → Database',
      ]);
    });
  });

  describe('categories and services', () => {
    it('reports members added and removed, sorted', () => {
      const after = revise((d) => {
        d.categories = ['security', 'network', 'access'];
        d.services = ['VPN', 'CRM', 'VPN'];
      });
      expect(diff(after)).toEqual([
        {
          section: 'categories',
          path: ['categories', 'access'],
          kind: 'added',
          label: 'Category access added',
          before: null,
          after: 'access',
        },
        {
          section: 'categories',
          path: ['categories', 'application'],
          kind: 'removed',
          label: 'Category application removed',
          before: 'application',
          after: null,
        },
        {
          section: 'categories',
          path: ['categories', 'security'],
          kind: 'added',
          label: 'Category security added',
          before: null,
          after: 'security',
        },
        {
          section: 'services',
          path: ['services', 'CRM'],
          kind: 'added',
          label: 'Service CRM added',
          before: null,
          after: 'CRM',
        },
        {
          section: 'services',
          path: ['services', 'Email'],
          kind: 'removed',
          label: 'Service Email removed',
          before: 'Email',
          after: null,
        },
      ]);
    });
  });

  describe('rules', () => {
    it('reports rules added and removed by id', () => {
      const raise = {
        id: 'security-at-least-s2',
        name: 'A security escalation is at least S2',
        when: { category: ['security'], severity: ['S3' as const, 'S4' as const] },
        then: { action: 'raise-severity' as const, to: 'S2' as const },
      };
      const after = revise((d) => {
        d.rules = [pingPong, raise];
      });
      expect(diff(after)).toEqual([
        {
          section: 'rules',
          path: ['rules', 's1-to-lead'],
          kind: 'removed',
          label: 'Rule s1-to-lead removed',
          before: s1ToLead,
          after: null,
        },
        {
          section: 'rules',
          path: ['rules', 'security-at-least-s2'],
          kind: 'added',
          label: 'Rule security-at-least-s2 added',
          before: null,
          after: raise,
        },
      ]);
    });

    it('reports a rule’s name, condition (with the fields that changed) and action', () => {
      const after = revise((d) => {
        d.rules[0] = {
          id: 's1-to-lead',
          name: 'S1 to the Team Lead',
          when: { severity: ['S1', 'S2'], level: [1], unacknowledgedMinutes: 10 },
          then: { action: 'escalate', toLevel: 3 },
        };
      });
      expect(diff(after)).toEqual([
        {
          section: 'rules',
          path: ['rules', 's1-to-lead', 'name'],
          kind: 'changed',
          label: 'Rule s1-to-lead renamed: An S1 goes straight to the Team Lead → S1 to the Team Lead',
          before: 'An S1 goes straight to the Team Lead',
          after: 'S1 to the Team Lead',
        },
        {
          section: 'rules',
          path: ['rules', 's1-to-lead', 'when'],
          kind: 'changed',
          label: 'Rule s1-to-lead: condition changed (severity, unacknowledged minutes)',
          before: { severity: ['S1'], level: [1] },
          after: { severity: ['S1', 'S2'], level: [1], unacknowledgedMinutes: 10 },
          fields: ['severity', 'unacknowledgedMinutes'],
        },
        {
          section: 'rules',
          path: ['rules', 's1-to-lead', 'then'],
          kind: 'changed',
          label: 'Rule s1-to-lead: action escalate to L2 → escalate to L3',
          before: { action: 'escalate', toLevel: 2 },
          after: { action: 'escalate', toLevel: 3 },
        },
      ]);
    });

    it('reports a change of the alert count a rule waits for', () => {
      const storm = (moreThan: number): TriggerRule => ({
        ...pingPong,
        when: { alertsForService: { moreThan, withinMinutes: 10 } },
      });
      const before = revise((d) => {
        d.rules[1] = storm(5);
      });
      const after = revise((d) => {
        d.rules[1] = storm(8);
      });
      expect(diffProcedures(before, after)).toEqual([
        {
          section: 'rules',
          path: ['rules', 'ping-pong', 'when'],
          kind: 'changed',
          label: 'Rule ping-pong: condition changed (alerts for service)',
          before: { alertsForService: { moreThan: 5, withinMinutes: 10 } },
          after: { alertsForService: { moreThan: 8, withinMinutes: 10 } },
          fields: ['alertsForService'],
        },
      ]);
    });

    it('describes each kind of action', () => {
      const after = revise((d) => {
        d.rules = [
          { ...s1ToLead, then: { action: 'raise-severity', to: 'S1' } },
          { ...pingPong, then: { action: 'notify', contact: 'Sam Okafor' } },
        ];
      });
      expect(diff(after).map((c) => c.label)).toEqual([
        'Rule ping-pong: action notify Team Leads mailbox at L2 → notify Sam Okafor',
        'Rule s1-to-lead: action escalate to L2 → raise severity to S1',
      ]);
    });
  });

  describe('scenarios', () => {
    it('reports scenarios added and removed by id, named by their name', () => {
      const database: ScenarioGuideline = {
        id: 'database-outage',
        name: 'Database outage',
        category: 'application',
        entryLevel: 3,
        extraContacts: [],
        notes: '',
      };
      const after = revise((d) => {
        d.scenarios = [database, vpnOutage];
      });
      expect(diff(after)).toEqual([
        {
          section: 'scenarios',
          path: ['scenarios', 'database-outage'],
          kind: 'added',
          label: 'Scenario Database outage added',
          before: null,
          after: database,
        },
        {
          section: 'scenarios',
          path: ['scenarios', 'email-issues'],
          kind: 'removed',
          label: 'Scenario Email issues removed',
          before: emailIssues,
          after: null,
        },
      ]);
    });

    it('reports each field with exact values, null for a condition or raise that is not set', () => {
      const after = revise((d) => {
        d.scenarios[0] = {
          id: 'vpn-outage',
          name: 'VPN down',
          affectedService: 'VPN',
          entryLevel: 3,
          extraContacts: [vendor],
          notes: 'Call the vendor.',
        };
        d.scenarios[1] = { ...emailIssues, category: 'application', minimumSeverity: 'S2', entryLevel: 2 };
      });
      expect(diff(after)).toEqual([
        {
          section: 'scenarios',
          path: ['scenarios', 'email-issues', 'category'],
          kind: 'changed',
          label: 'Scenario Email issues: category any → application',
          before: null,
          after: 'application',
        },
        {
          section: 'scenarios',
          path: ['scenarios', 'email-issues', 'entryLevel'],
          kind: 'changed',
          label: 'Scenario Email issues: entry level none → L2',
          before: null,
          after: 2,
        },
        {
          section: 'scenarios',
          path: ['scenarios', 'email-issues', 'minimumSeverity'],
          kind: 'changed',
          label: 'Scenario Email issues: minimum severity S3 → S2',
          before: 'S3',
          after: 'S2',
        },
        {
          section: 'scenarios',
          path: ['scenarios', 'vpn-outage', 'name'],
          kind: 'changed',
          label: 'Scenario vpn-outage renamed: VPN outage → VPN down',
          before: 'VPN outage',
          after: 'VPN down',
        },
        {
          section: 'scenarios',
          path: ['scenarios', 'vpn-outage', 'category'],
          kind: 'changed',
          label: 'Scenario VPN down: category network → any',
          before: 'network',
          after: null,
        },
        {
          section: 'scenarios',
          path: ['scenarios', 'vpn-outage', 'entryLevel'],
          kind: 'changed',
          label: 'Scenario VPN down: entry level L2 → L3',
          before: 2,
          after: 3,
        },
        {
          section: 'scenarios',
          path: ['scenarios', 'vpn-outage', 'minimumSeverity'],
          kind: 'changed',
          label: 'Scenario VPN down: minimum severity S2 → none',
          before: 'S2',
          after: null,
        },
        {
          section: 'scenarios',
          path: ['scenarios', 'vpn-outage', 'notes'],
          kind: 'changed',
          label: 'Scenario VPN down: notes changed',
          before: 'Check the **vendor status page** first.',
          after: 'Call the vendor.',
        },
      ]);
    });

    it('reports extra contacts added, removed and changed by name', () => {
      const desk: Contact = { ...deskQueue, notify: { severities: ['S1'] } };
      const after = revise((d) => {
        d.scenarios[0] = { ...vpnOutage, extraContacts: [{ ...vendor, address: 'noc@vpn-vendor.test' }] };
        d.scenarios[1] = { ...emailIssues, extraContacts: [desk] };
      });
      expect(diff(after)).toEqual([
        {
          section: 'scenarios',
          path: ['scenarios', 'email-issues', 'extraContacts', 'Desk queue'],
          kind: 'added',
          label: 'Scenario Email issues: extra contact Desk queue added',
          before: null,
          after: desk,
        },
        {
          section: 'scenarios',
          path: ['scenarios', 'vpn-outage', 'extraContacts', 'VPN vendor'],
          kind: 'changed',
          label: 'Scenario VPN outage: extra contact VPN vendor changed (address)',
          before: vendor,
          after: { ...vendor, address: 'noc@vpn-vendor.test' },
          fields: ['address'],
        },
      ]);
    });
  });

  describe('settings', () => {
    it('reports the warning ratio as a percentage and the reminder interval in minutes', () => {
      const after = revise((d) => {
        d.warningRatio = 0.7;
        d.reminderMinutes = 10;
      });
      expect(diff(after)).toEqual([
        {
          section: 'settings',
          path: ['warningRatio'],
          kind: 'changed',
          label: 'Warning threshold 75% → 70% of a target',
          before: 0.75,
          after: 0.7,
        },
        {
          section: 'settings',
          path: ['reminderMinutes'],
          kind: 'changed',
          label: 'Reminder interval 15 min → 10 min',
          before: 15,
          after: 10,
        },
      ]);
    });
  });

  it('lists changes section by section: levels, severities, matrix, routes, categories, services, rules, scenarios, settings', () => {
    const after = revise((d) => {
      d.reminderMinutes = 5;
      d.scenarios.pop();
      d.rules.pop();
      d.services.push('ERP');
      d.categories.push('database');
      d.routes.pop();
      d.matrix.medium.low = 'S4';
      d.severities = d.severities.map((target) =>
        target.severity === 'S2' ? { ...target, calendar: 'team' } : target,
      );
      levelOf(d, 1).budgetMinutes.S3 = 90;
    });
    expect(diff(after).map((c) => [c.section, c.kind])).toEqual([
      ['levels', 'changed'],
      ['severities', 'changed'],
      ['matrix', 'changed'],
      ['routes', 'removed'],
      ['categories', 'added'],
      ['services', 'added'],
      ['rules', 'removed'],
      ['scenarios', 'removed'],
      ['settings', 'changed'],
    ]);
  });
});
