import type { ReportFilters } from '../filters/report-filters';

type Name = (value: string) => string;

export interface FilterNames {
  team: Name;
  level: Name;
  version: Name;
}

/** The filters of a pack in words, for its cover: "Severity S1, S2 · Team Network" or "All escalations". */
export function describeFilters(filters: ReportFilters, names: FilterNames): string {
  const parts = [
    ['Severity', filters.severity],
    ['Team', filters.teamId.map(names.team)],
    ['Level', filters.level.map(names.level)],
    ['Category', filters.category],
    ['Service', filters.affectedService],
    ['Procedure version', filters.procedureVersionId.map(names.version)],
  ] as const;
  const chosen = parts
    .filter(([, values]) => values.length > 0)
    .map(([label, values]) => `${label} ${values.join(', ')}`);
  return chosen.length > 0 ? chosen.join(' · ') : 'All escalations';
}
