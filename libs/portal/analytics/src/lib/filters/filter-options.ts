import type { ProcedureVersion, Team } from '@ladder/contracts';
import type { FilterOption } from './filter-select.component';

export interface FilterChoices {
  severity: FilterOption[];
  teamId: FilterOption[];
  level: FilterOption[];
  category: FilterOption[];
  affectedService: FilterOption[];
}

const SEVERITIES = ['S1', 'S2', 'S3', 'S4'] as const;
const asOptions = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/** The choices of the filter bar, from the current procedure and the teams. */
export function filterChoices(procedure: ProcedureVersion | null, teams: readonly Team[]): FilterChoices {
  const definition = procedure?.definition;
  return {
    severity: asOptions(SEVERITIES),
    teamId: [...teams].sort((a, b) => a.name.localeCompare(b.name)).map((t) => ({ value: t.id, label: t.name })),
    level: (definition?.levels ?? []).map((l) => ({ value: String(l.level), label: `L${l.level} ${l.name}` })),
    category: asOptions(definition?.categories ?? []),
    affectedService: asOptions(definition?.services ?? []),
  };
}
