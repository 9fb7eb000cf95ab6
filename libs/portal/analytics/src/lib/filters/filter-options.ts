import type { ProcedureVersion, Team } from '@ladder/contracts';
import { SEVERITIES } from '@ladder/contracts/values';
import { levelLabel } from '../shared/labels';
import type { FilterOption } from './filter-select.component';
import type { ListFilter } from './report-filters';

/** A list filter of the bar: its URL key, its name and what it offers. */
export interface ListFilterChoices {
  key: ListFilter;
  label: string;
  options: readonly FilterOption[];
}

/** Values as choices, each named by `names` or else by itself. */
export const asOptions = <T extends string>(
  values: readonly T[],
  names?: Readonly<Record<T, string>>,
): FilterOption[] => values.map((value) => ({ value, label: names?.[value] ?? value }));

/** The list filters of the bar in its order, with their choices from the procedure, the teams and the versions. */
export function filterChoices(
  procedure: ProcedureVersion | null,
  teams: readonly Team[],
  versions: readonly FilterOption[],
): ListFilterChoices[] {
  const definition = procedure?.definition;
  const byName = [...teams].sort((a, b) => a.name.localeCompare(b.name));
  const levels = definition?.levels ?? [];
  return [
    { key: 'severity', label: 'Severity', options: asOptions(SEVERITIES) },
    { key: 'teamId', label: 'Team', options: byName.map((t) => ({ value: t.id, label: t.name })) },
    {
      key: 'level',
      label: 'Level',
      options: levels.map((l) => ({ value: String(l.level), label: levelLabel(l.level, l.name) })),
    },
    { key: 'category', label: 'Category', options: asOptions(definition?.categories ?? []) },
    { key: 'affectedService', label: 'Service', options: asOptions(definition?.services ?? []) },
    { key: 'procedureVersionId', label: 'Procedure version', options: versions },
  ];
}
