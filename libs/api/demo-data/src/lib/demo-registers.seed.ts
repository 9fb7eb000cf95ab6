import type { Criticality, RiskStatus, Severity } from '@ladder/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { TeamName } from './organisation.seed';

interface DemoService {
  name: string;
  criticality: Criticality;
  defaultSeverity: Severity;
  team: TeamName;
  description: string;
}

const SERVICES: readonly DemoService[] = [
  {
    name: 'Payroll',
    criticality: 'critical',
    defaultSeverity: 'S2',
    team: 'Applications',
    description: 'Pays every employee twice a month; the provider runs it on our nightly export.',
  },
  {
    name: 'ERP',
    criticality: 'critical',
    defaultSeverity: 'S2',
    team: 'Applications',
    description: 'Orders, invoicing and stock. Warehouses stop shipping without it.',
  },
  {
    name: 'Website',
    criticality: 'high',
    defaultSeverity: 'S3',
    team: 'Applications',
    description: 'The public website and customer portal.',
  },
  {
    name: 'VPN',
    criticality: 'high',
    defaultSeverity: 'S3',
    team: 'Network',
    description: 'Remote access for staff working from home and on the road.',
  },
  {
    name: 'Email',
    criticality: 'high',
    defaultSeverity: 'S3',
    team: 'Applications',
    description: 'Mail and calendars.',
  },
  {
    name: 'Data Warehouse',
    criticality: 'medium',
    defaultSeverity: 'S4',
    team: 'Database',
    description: 'Reporting; loaded overnight, nobody waits on it during the day.',
  },
  { name: 'Wi-Fi', criticality: 'low', defaultSeverity: 'S4', team: 'Network', description: 'Office wireless.' },
];

interface DemoRisk {
  title: string;
  likelihood: number;
  impact: number;
  service: string | null;
  scenario: string | null;
  mitigation: string;
  owner: string;
  status: RiskStatus;
  reviewedDaysAgo: number | null;
}

const RISKS: readonly DemoRisk[] = [
  {
    title: 'Database failover during the payroll run',
    likelihood: 2,
    impact: 5,
    service: 'Payroll',
    scenario: 'database-outage',
    mitigation: 'Replica in a second zone; a failover drill every quarter.',
    owner: 'Database team lead',
    status: 'open',
    reviewedDaysAgo: 20,
  },
  {
    title: 'Payroll provider misses the pay-run cut-off',
    likelihood: 2,
    impact: 4,
    service: 'Payroll',
    scenario: 'payroll-run',
    mitigation: 'Export ready two days before the cut-off; the provider is notified of every Payroll escalation.',
    owner: 'Finance systems manager',
    status: 'open',
    reviewedDaysAgo: 45,
  },
  {
    title: 'VPN concentrator at capacity on Monday mornings',
    likelihood: 4,
    impact: 3,
    service: 'VPN',
    scenario: null,
    mitigation: 'Second concentrator ordered; split tunnelling for video calls meanwhile.',
    owner: 'Priya Nair',
    status: 'open',
    reviewedDaysAgo: 10,
  },
  {
    title: 'Expired TLS certificate takes the website down',
    likelihood: 3,
    impact: 4,
    service: 'Website',
    scenario: 'website-down',
    mitigation: 'Automatic renewal, with an alert 30 days before expiry.',
    owner: 'Jonas Berg',
    status: 'mitigated',
    reviewedDaysAgo: 60,
  },
  {
    title: 'ERP vendor ends support for our version',
    likelihood: 2,
    impact: 3,
    service: 'ERP',
    scenario: null,
    mitigation: 'Upgrade planned for next year; extended support bought until then.',
    owner: 'Maria Costa',
    status: 'accepted',
    reviewedDaysAgo: null,
  },
];

const DAY_MS = 86_400_000;

/**
 * The critical-service and risk registers of the demo. Does nothing when the service register has entries, so it is
 * safe on every start. Needs the organisation and its procedure (the risks link its scenario guidelines).
 */
export async function seedDemoRegisters(db: DataSource | EntityManager, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('ladder:seed-registers'))`);
    const [existing] = (await tx.query(`SELECT EXISTS (SELECT 1 FROM critical_service) AS seeded`)) as {
      seeded: boolean;
    }[];
    if (existing?.seeded) return;
    for (const s of SERVICES) {
      await tx.query(
        `INSERT INTO critical_service
           (name, criticality, default_severity, owning_team_id, description, created_at, updated_at)
         VALUES ($1, $2, $3, (SELECT id FROM team WHERE name = $4), $5, $6, $6)`,
        [s.name, s.criticality, s.defaultSeverity, s.team, s.description, now],
      );
    }
    for (const r of RISKS) {
      const reviewedAt = r.reviewedDaysAgo === null ? null : new Date(now.getTime() - r.reviewedDaysAgo * DAY_MS);
      await tx.query(
        `INSERT INTO risk (title, likelihood, impact, service_id, scenario_id, mitigation, owner, status, reviewed_at,
                           created_at, updated_at)
         VALUES ($1, $2, $3, (SELECT id FROM critical_service WHERE name = $4), $5, $6, $7, $8, $9, $10, $10)`,
        [r.title, r.likelihood, r.impact, r.service, r.scenario, r.mitigation, r.owner, r.status, reviewedAt, now],
      );
    }
  });
}
