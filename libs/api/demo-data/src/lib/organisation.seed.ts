import type { Contact, ProcedureDefinition, Role, Severity } from '@ladder/contracts';
import { hashPassword } from '@ladder/api/common';
import type { DataSource, EntityManager } from 'typeorm';

export const DEMO_PASSWORD = 'ladder-demo';

const TEAMS = [
  { name: 'Service Desk', level: 1, capacity: 8 },
  { name: 'Team Leads', level: 2, capacity: 3 },
  { name: 'Network', level: 3, capacity: 3 },
  { name: 'Database', level: 3, capacity: 2 },
  { name: 'Applications', level: 3, capacity: 4 },
  { name: 'Security', level: 3, capacity: 2 },
  { name: 'IT Management', level: 4, capacity: 2 },
] as const;
export type TeamName = (typeof TEAMS)[number]['name'];

export const DEMO_ACCOUNTS = [
  { email: 'l1.agent@ladder.demo', name: 'Alex Rivera', role: 'agent', team: 'Service Desk', levels: [1] },
  { email: 'l2.lead@ladder.demo', name: 'Sam Okafor', role: 'agent', team: 'Team Leads', levels: [2] },
  { email: 'l3.network@ladder.demo', name: 'Priya Nair', role: 'agent', team: 'Network', levels: [3] },
  { email: 'l3.apps@ladder.demo', name: 'Jonas Berg', role: 'agent', team: 'Applications', levels: [3] },
  { email: 'l4.head@ladder.demo', name: 'Maria Costa', role: 'agent', team: 'IT Management', levels: [4] },
  { email: 'manager@ladder.demo', name: 'Dana Whitfield', role: 'manager', team: null, levels: [] },
  { email: 'owner@ladder.demo', name: 'Lee Tanaka', role: 'process_owner', team: null, levels: [] },
  { email: 'admin@ladder.demo', name: 'Robin Hale', role: 'admin', team: null, levels: [] },
] as const satisfies readonly {
  email: string;
  name: string;
  role: Role;
  team: TeamName | null;
  levels: readonly number[];
}[];

const budgets = (s1: number, s2: number, s3: number, s4: number): Record<Severity, number> => ({
  S1: s1,
  S2: s2,
  S3: s3,
  S4: s4,
});
const contact = (
  name: string,
  role: string,
  channel: string,
  address: string,
  whenToReachOut: string,
  notify?: Contact['notify'],
): Contact => ({ name, role, channel, address, whenToReachOut, ...(notify && { notify }) });

const RUNBOOK_L1 = `## L1 Service Desk: initial troubleshooting

1. Confirm the impact and urgency with the reporter; the severity follows from the matrix.
2. Reproduce the problem and record what you see, with times, in the escalation.
3. Try the known fixes for the affected service (restart the client, check credentials, check the status page).
4. Keep the reporter informed at the update cadence of the severity.
5. Escalate to the Team Lead when the fix is beyond your expertise or the level budget is about to run out.
   Write down every step you took so nobody repeats it.`;

const RUNBOOK_L2 = `## L2 Team Lead review

1. Read the L1 notes and check the troubleshooting was complete; send it back (de-escalate) if a known fix was missed.
2. Bring slightly more experienced eyes: check recent changes, related escalations and monitoring alerts.
3. Decide whether a specialist team is needed and pick it by category (the routes choose the default).
4. Send stakeholders an update with the current status and the next step.`;

const RUNBOOK_L3 = `## L3 Specialist teams (Network, Database, Applications, Security)

1. Acknowledge quickly: the response clock is running for the whole organisation.
2. Diagnose with the team's tools (network traces, query plans, application logs, security alerts).
3. Document findings, workarounds and decisions in the escalation as you go: they feed later reviews.
4. If the fix needs a decision, budget or an outage window, escalate to IT Management with options.
5. After the fix, confirm with the reporter before resolving and write a resolution summary.`;

const RUNBOOK_L4 = `## L4 IT Management: management / executive

1. Take ownership of communication: stakeholders get regular updates through the agreed channels.
2. Provide the resources the specialists need (vendor escalation, extra staff, change approval).
3. Decide on business trade-offs (workarounds, outage windows, customer communication).
4. After resolution, schedule a review: collect feedback and update the procedure where it failed.`;

/** Procedure version 1 as the guide describes it, for the given team ids. */
export function defaultProcedureDefinition(team: Record<TeamName, string>): ProcedureDefinition {
  return {
    levels: [
      {
        level: 1,
        name: 'Service Desk',
        teamIds: [team['Service Desk']],
        defaultTeamId: team['Service Desk'],
        budgetMinutes: budgets(15, 30, 120, 480),
        runbook: RUNBOOK_L1,
        contacts: [
          contact(
            'Service Desk queue',
            'First line',
            'ticket',
            'servicedesk@ladder.demo',
            'Any new issue; the desk triages it first.',
          ),
          contact(
            'Alex Rivera',
            'Shift coordinator',
            'chat',
            '#service-desk',
            'The queue is backing up or a caller is waiting too long.',
          ),
        ],
      },
      {
        level: 2,
        name: 'Team Lead',
        teamIds: [team['Team Leads']],
        defaultTeamId: team['Team Leads'],
        budgetMinutes: budgets(30, 60, 240, 960),
        runbook: RUNBOOK_L2,
        contacts: [
          contact(
            'Sam Okafor',
            'Team lead on duty',
            'phone',
            '+1 555 0102',
            'L1 troubleshooting did not resolve the issue.',
          ),
          contact(
            'Team Leads',
            'Review group',
            'chat',
            '#team-leads',
            'You need a second opinion before involving a specialist team.',
          ),
          contact(
            'Team Leads mailbox',
            'Duty inbox',
            'email',
            'team-leads@ladder.demo',
            'Ladder writes here whenever an S1 or S2 reaches L2.',
            { severities: ['S1', 'S2'] },
          ),
        ],
      },
      {
        level: 3,
        name: 'Specialist teams',
        teamIds: [team.Network, team.Database, team.Applications, team.Security],
        defaultTeamId: team.Applications,
        budgetMinutes: budgets(120, 240, 1440, 2880),
        runbook: RUNBOOK_L3,
        contacts: [
          contact(
            'Network on-call',
            'Network engineer',
            'pager',
            'network-oncall@ladder.demo',
            'Connectivity, VPN, Wi-Fi or hardware faults.',
          ),
          contact(
            'Database on-call',
            'DBA',
            'pager',
            'dba-oncall@ladder.demo',
            'Database outages, slow queries or data errors.',
          ),
          contact(
            'Applications on-call',
            'Application engineer',
            'chat',
            '#apps-oncall',
            'Application errors (ERP, CRM, Payroll, Website).',
          ),
          contact(
            'Security on-call',
            'Security analyst',
            'phone',
            '+1 555 0199',
            'Suspected breach, access problems or phishing.',
          ),
        ],
      },
      {
        level: 4,
        name: 'IT Management',
        teamIds: [team['IT Management']],
        defaultTeamId: team['IT Management'],
        budgetMinutes: budgets(60, 120, 480, 1440),
        runbook: RUNBOOK_L4,
        contacts: [
          contact(
            'Maria Costa',
            'Head of IT operations',
            'phone',
            '+1 555 0140',
            'Specialists cannot resolve it, or a decision or resources are needed.',
          ),
          contact(
            'IT Management',
            'Executive bridge',
            'email',
            'it-management@ladder.demo',
            'Every S1, from the moment it is opened.',
            { severities: ['S1'] },
          ),
          contact(
            'IT Management (overdue)',
            'Executive bridge',
            'email',
            'it-management@ladder.demo',
            'Any escalation still unacknowledged after an hour.',
            { afterUnacknowledgedMinutes: 60 },
          ),
        ],
      },
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
      {
        severity: 'S4',
        label: 'Low',
        responseMinutes: 480,
        resolutionMinutes: 7200,
        updateCadenceMinutes: 1440,
        calendar: 'team',
      },
    ],
    matrix: {
      high: { high: 'S1', medium: 'S2', low: 'S3' },
      medium: { high: 'S2', medium: 'S3', low: 'S3' },
      low: { high: 'S3', medium: 'S4', low: 'S4' },
    },
    routes: [
      { level: 3, category: 'network', teamId: team.Network },
      { level: 3, category: 'hardware', teamId: team.Network },
      { level: 3, category: 'database', teamId: team.Database },
      { level: 3, category: 'application', teamId: team.Applications },
      { level: 3, category: 'security', teamId: team.Security },
      { level: 3, category: 'access', teamId: team.Security },
    ],
    categories: ['network', 'database', 'application', 'security', 'access', 'hardware'],
    services: ['Email', 'VPN', 'ERP', 'Payroll', 'Website', 'Wi-Fi', 'CRM', 'Data Warehouse'],
    warningRatio: 0.75,
    reminderMinutes: 15,
    rules: DEFAULT_RULES,
    scenarios: DEFAULT_SCENARIOS,
  };
}

/** Known kinds of incident: where they enter, how severe they are at least, who else to reach, what to know. */
const DEFAULT_SCENARIOS: ProcedureDefinition['scenarios'] = [
  {
    id: 'database-outage',
    name: 'Database outage',
    category: 'database',
    entryLevel: 3,
    minimumSeverity: 'S2',
    extraContacts: [],
    notes: `A database problem goes straight to the **Database** team: the Service Desk cannot fix it.

- Note which applications fail and since when; check the monitoring dashboard for replication lag.
- Do **not** restart application servers to "clear" connections: it hides the cause.`,
  },
  {
    id: 'payroll-run',
    name: 'Payroll at risk',
    affectedService: 'Payroll',
    minimumSeverity: 'S2',
    extraContacts: [
      contact(
        'Payroll provider',
        'Vendor support desk',
        'email',
        'support@payroll-provider.example',
        'Any Payroll escalation: they can hold or re-run a pay run.',
        {},
      ),
    ],
    notes: `People's pay is at stake: treat it as at least **S2**.

1. Ask Finance for the next pay-run cut-off and put it in the escalation.
2. The payroll provider is told automatically; quote the escalation number when they call back.`,
  },
  {
    id: 'website-down',
    name: 'Public website down',
    category: 'application',
    affectedService: 'Website',
    entryLevel: 2,
    minimumSeverity: 'S2',
    extraContacts: [
      contact(
        'Communications on duty',
        'Public statements',
        'chat',
        '#communications',
        'Before any statement to customers or the press about the outage.',
      ),
    ],
    notes: `Customers see this at once. The Team Lead owns it from the start and keeps Communications informed.

- Check the CDN status page and the last deployment before anything else.`,
  },
];

/** The guide's triggers and thresholds, as data. */
const DEFAULT_RULES: ProcedureDefinition['rules'] = [
  {
    id: 's1-straight-to-l2',
    name: 'An S1 goes straight to the Team Lead',
    when: { severity: ['S1'], level: [1] },
    then: { action: 'escalate', toLevel: 2 },
  },
  {
    id: 's1-notify-management',
    name: 'IT Management hears of every S1',
    when: { severity: ['S1'] },
    then: { action: 'notify', contact: 'IT Management', level: 4 },
  },
  {
    id: 's2-unacknowledged',
    name: 'An S2 nobody acknowledged within its response target goes to the Team Lead',
    when: { severity: ['S2'], level: [1], unacknowledgedMinutes: 30 },
    then: { action: 'escalate', toLevel: 2 },
  },
  {
    id: 'reopened-to-lead',
    name: 'A reopened escalation is reviewed by the Team Lead',
    when: { reopened: true, level: [1] },
    then: { action: 'escalate', toLevel: 2 },
  },
  {
    id: 'ping-pong',
    name: 'Passed around three times: the Team Leads look at it',
    when: { reassignmentsAtLeast: 3 },
    then: { action: 'notify', contact: 'Team Leads mailbox', level: 2 },
  },
  {
    id: 'security-at-least-s2',
    name: 'A security escalation is at least S2',
    when: { category: ['security'], severity: ['S3', 'S4'] },
    then: { action: 'raise-severity', to: 'S2' },
  },
  {
    id: 'alert-storm',
    name: 'More than 5 alerts for the service within 10 minutes make it at least S2',
    when: { alertsForService: { moreThan: 5, withinMinutes: 10 } },
    then: { action: 'raise-severity', to: 'S2' },
  },
];

/**
 * Teams, the demo accounts and procedure version 1. Does nothing when teams exist, so it is safe on every start
 * (an advisory lock keeps two instances starting together from both seeding).
 */
export async function seedOrganisation(db: DataSource | EntityManager): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('ladder:seed-organisation'))`);
    const [existing] = (await tx.query(`SELECT EXISTS (SELECT 1 FROM team) AS seeded`)) as { seeded: boolean }[];
    if (existing?.seeded) return;
    const team = {} as Record<TeamName, string>;
    for (const t of TEAMS) {
      const [row] = (await tx.query(
        `INSERT INTO team (name, level, capacity, calendar_id)
         VALUES ($1, $2, $3, (SELECT id FROM calendar WHERE name = 'business-hours')) RETURNING id`,
        [t.name, t.level, t.capacity],
      )) as { id: string }[];
      if (row) team[t.name] = row.id;
    }
    for (const a of DEMO_ACCOUNTS) {
      await tx.query(
        `INSERT INTO app_user (email, name, password_hash, role, team_id, levels) VALUES ($1, $2, $3, $4, $5, $6)`,
        [a.email, a.name, await hashPassword(DEMO_PASSWORD), a.role, a.team === null ? null : team[a.team], a.levels],
      );
    }
    await tx.query(
      `INSERT INTO procedure_version (version, name, status, definition, published_at) VALUES (1, $1, 'published', $2, now())`,
      ['Default escalation procedure', JSON.stringify(defaultProcedureDefinition(team))],
    );
  });
}
