/** Texts the demo history is written with: what people report per category, and what agents say back. */

export interface IssueTemplate {
  title: string;
  description: string;
  services: readonly string[];
}

/** `{service}` is replaced with the affected service. */
export const ISSUES: Readonly<Record<string, readonly IssueTemplate[]>> = {
  network: [
    {
      title: '{service} unreachable from the branch office',
      description:
        'Users at the branch cannot reach {service} since this morning; the head office is fine. Traceroute stops at the branch router.',
      services: ['VPN', 'Email', 'ERP', 'Website'],
    },
    {
      title: 'Intermittent packet loss on {service}',
      description:
        'Connections to {service} drop for a few seconds every few minutes. Monitoring shows 5-15 % packet loss on the core uplink.',
      services: ['VPN', 'Wi-Fi', 'CRM'],
    },
    {
      title: '{service} very slow for remote staff',
      description: 'Remote staff report page loads over 20 seconds on {service}. Bandwidth tests from home are normal.',
      services: ['VPN', 'ERP', 'Data Warehouse'],
    },
  ],
  hardware: [
    {
      title: 'Access points rebooting on floor 3 ({service})',
      description: 'Several {service} access points on floor 3 restart every hour; people lose their calls.',
      services: ['Wi-Fi'],
    },
    {
      title: 'Laptop dock blocks {service} sign-in',
      description:
        'With the new docks, the laptop loses the wired network at sign-in and {service} fails to load the profile.',
      services: ['VPN', 'Email'],
    },
  ],
  database: [
    {
      title: '{service} reports time out',
      description:
        'Month-end reports in {service} time out after 60 seconds. The same report ran in 10 seconds last week.',
      services: ['Data Warehouse', 'ERP', 'Payroll'],
    },
    {
      title: 'Replication lag on the {service} database',
      description: 'The read replica behind {service} is more than 30 minutes behind; dashboards show stale figures.',
      services: ['CRM', 'Data Warehouse'],
    },
    {
      title: '{service} database disk almost full',
      description: 'Disk usage on the {service} database server is at 92 % and growing about 1 % a day.',
      services: ['ERP', 'Payroll', 'CRM'],
    },
  ],
  application: [
    {
      title: '{service} shows an error after the update',
      description: 'Since last night\'s release, saving a record in {service} shows "unexpected error" for some users.',
      services: ['CRM', 'ERP', 'Website', 'Payroll'],
    },
    {
      title: '{service} export produces empty files',
      description: 'The scheduled export from {service} creates files of zero bytes; downstream teams are blocked.',
      services: ['ERP', 'Data Warehouse', 'Payroll'],
    },
    {
      title: 'Checkout fails on the {service}',
      description: 'Customers report that payment confirmation hangs on the {service}; about one order in ten fails.',
      services: ['Website'],
    },
  ],
  security: [
    {
      title: 'Phishing emails reaching staff via {service}',
      description: 'Several staff received a convincing fake invoice through {service}; two clicked the link.',
      services: ['Email'],
    },
    {
      title: 'Suspicious sign-ins to {service}',
      description: 'Sign-ins to {service} from an unknown country for three accounts within an hour.',
      services: ['VPN', 'CRM', 'Email'],
    },
  ],
  access: [
    {
      title: 'New starter cannot open {service}',
      description:
        'A new starter in Finance gets "access denied" in {service}; the manager approved the request on Monday.',
      services: ['Payroll', 'ERP', 'CRM'],
    },
    {
      title: 'Account locked out of {service}',
      description: 'The user is locked out of {service} after a password change and cannot reset it themselves.',
      services: ['VPN', 'Email', 'ERP'],
    },
    {
      title: 'Shared mailbox permissions missing in {service}',
      description: 'The team lost access to the shared mailbox in {service} after the reorganisation.',
      services: ['Email'],
    },
  ],
};

export const FIRST_NAMES = [
  'Aisha',
  'Ben',
  'Carla',
  'David',
  'Elena',
  'Farid',
  'Grace',
  'Hugo',
  'Ines',
  'Jamal',
  'Kofi',
  'Laura',
  'Mei',
  'Nina',
  'Omar',
  'Paula',
  'Quentin',
  'Rosa',
  'Stefan',
  'Tara',
  'Umar',
  'Vera',
  'Wen',
  'Yara',
] as const;

export const LAST_NAMES = [
  'Andersen',
  'Baptiste',
  'Chen',
  'Dubois',
  'Evans',
  'Fischer',
  'Garcia',
  'Hoffmann',
  'Ito',
  'Jensen',
  'Kowalski',
  'Lopez',
  'Mensah',
  'Novak',
  "O'Brien",
  'Patel',
  'Rossi',
  'Schmidt',
  'Silva',
  'Yilmaz',
] as const;

export const COMMENTS = [
  'Checked the logs, nothing obvious yet; collecting more detail from the user.',
  'Reproduced the issue on a test machine.',
  'Applied the runbook steps; the problem persists.',
  'Called the reporter to confirm the exact time it started.',
  'Asked the vendor whether there is a known issue.',
  'Workaround shared with the users while we look for the cause.',
] as const;

export const STAKEHOLDER_UPDATES = [
  'We are investigating and will update you within the hour.',
  'We found the likely cause and are working on a fix.',
  'A workaround is available; details were sent to the affected team.',
  'The fix is being tested; no action needed on your side.',
] as const;

export const ESCALATE_REASONS = [
  'Runbook exhausted, needs a specialist.',
  'Outside what this level can change (needs admin rights).',
  'Level budget about to run out.',
  'Impact is wider than first reported.',
] as const;

export const DE_ESCALATE_REASONS = [
  'Not a platform fault: user-side configuration, back to the desk.',
  'Fix applied; the desk can confirm with the user.',
  'Missing information from the reporter; please collect it first.',
] as const;

export const WAIT_REASONS = [
  'Waiting for the reporter to try the workaround.',
  'Waiting for the user to be back at their desk.',
  "Waiting for the manager's approval.",
] as const;

export const REOPEN_REASONS = [
  'The problem came back this morning.',
  'The user says the fix did not work for them.',
] as const;

export const RESOLVE_SUMMARIES = [
  'Root cause found and fixed; confirmed with the reporter.',
  'Configuration corrected; the user confirmed it works.',
  'Restarted the affected service and added monitoring.',
  'Permissions granted after approval.',
  'Vendor patch applied; monitoring shows normal behaviour.',
] as const;

/** Survey comments by how the respondent scored overall satisfaction. */
export const SURVEY_COMMENTS = {
  low: [
    'It took far too long before anyone with the right access looked at it.',
    'We were passed from team to team and had to explain everything again.',
    'Nobody told us what was happening for most of the afternoon.',
    'The workaround came a day late; the outage cost us a deadline.',
  ],
  middle: [
    'Fixed in the end, but the updates could have been more regular.',
    'Fine once it reached the right team; getting there was slow.',
    'Would have liked an estimate of when it would be solved.',
  ],
  high: [
    'Quick and friendly, thank you.',
    'Clear updates all the way through.',
    'Solved before we had even finished the meeting. Great job.',
    'The specialist explained the cause and how to avoid it next time.',
  ],
} as const;
