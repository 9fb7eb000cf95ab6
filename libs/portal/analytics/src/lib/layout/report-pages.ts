import type { Role } from '@ladder/contracts';
import { REPORT_READERS } from '../shared/report-readers';

export interface ReportPage {
  path: string;
  label: string;
  roles: readonly Role[];
}

/** The reports in the order a review reads them; agents see how long work waits at their levels. */
const REPORT_PAGES: readonly ReportPage[] = [
  { path: 'overview', label: 'Overview', roles: REPORT_READERS },
  { path: 'time-at-level', label: 'Time at level', roles: ['agent', ...REPORT_READERS] },
  { path: 'bottlenecks', label: 'Bottlenecks', roles: REPORT_READERS },
  { path: 'sla-breaches', label: 'SLA breaches', roles: REPORT_READERS },
  { path: 'flow', label: 'Flow', roles: REPORT_READERS },
  { path: 'load', label: 'Load', roles: REPORT_READERS },
  { path: 'time-to-resolution', label: 'Time to resolution', roles: REPORT_READERS },
  { path: 'surveys', label: 'Surveys', roles: REPORT_READERS },
];

export function reportPagesFor(role: Role | null): ReportPage[] {
  return role ? REPORT_PAGES.filter((page) => page.roles.includes(role)) : [];
}
