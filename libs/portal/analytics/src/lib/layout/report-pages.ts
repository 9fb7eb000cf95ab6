import type { Role } from '@ladder/contracts';

export interface ReportPage {
  path: string;
  label: string;
  roles: readonly Role[];
}

const READERS: readonly Role[] = ['manager', 'process_owner', 'admin'];

/** The reports in the order a review reads them; agents see how long work waits at their levels. */
export const REPORT_PAGES: readonly ReportPage[] = [
  { path: 'overview', label: 'Overview', roles: READERS },
  { path: 'time-at-level', label: 'Time at level', roles: ['agent', ...READERS] },
  { path: 'bottlenecks', label: 'Bottlenecks', roles: READERS },
  { path: 'sla-breaches', label: 'SLA breaches', roles: READERS },
  { path: 'flow', label: 'Flow', roles: READERS },
  { path: 'load', label: 'Load', roles: READERS },
  { path: 'time-to-resolution', label: 'Time to resolution', roles: READERS },
];

export function reportPagesFor(role: Role | null): ReportPage[] {
  return role ? REPORT_PAGES.filter((page) => page.roles.includes(role)) : [];
}
