import type { Severity, Team } from '@ladder/contracts';
import type { ProcedureFormValue } from './form/procedure-form';

export interface Option<T> {
  value: T;
  label: string;
}

/** What the selects of the editor offer, read from the form as it stands, so new levels and categories show at once. */
export interface EditorOptions {
  teams: readonly Option<string>[];
  calendars: readonly Option<string>[];
  /** "L1 Service Desk", per level in the form's order (also used in the labels of each level's fields). */
  levels: readonly Option<number>[];
  severities: readonly Option<Severity>[];
  categories: readonly string[];
  services: readonly string[];
  /** The contacts a notify rule can name, with the level they belong to. */
  contacts: readonly { level: number | null; name: string }[];
}

export const levelLabel = (level: { level: number | null; name: string }): string =>
  `L${level.level ?? '?'} ${level.name}`.trim();

export function editorOptions(
  value: ProcedureFormValue,
  teams: readonly Team[],
  calendars: readonly string[],
): EditorOptions {
  const d = value.definition;
  return {
    teams: teams.map((t) => ({ value: t.id, label: t.name })),
    calendars: [
      { value: 'team', label: "Working team's calendar" },
      ...calendars.map((name) => ({ value: name, label: name })),
    ],
    levels: d.levels.map((l) => ({ value: l.level ?? 0, label: levelLabel(l) })),
    severities: d.severities.map((s) => ({
      value: s.severity,
      label: s.label ? `${s.severity} ${s.label}` : s.severity,
    })),
    categories: d.categories.filter((c) => c !== ''),
    services: d.services.filter((s) => s !== ''),
    contacts: d.levels.flatMap((l) =>
      l.contacts.filter((c) => c.name !== '').map((c) => ({ level: l.level, name: c.name })),
    ),
  };
}

/** The names offered, plus those chosen that were renamed or removed meanwhile (the schema then says so). */
export function withCurrent(names: readonly string[], current: string | readonly string[]): readonly string[] {
  const chosen = (typeof current === 'string' ? [current] : current).filter((c) => c !== '' && !names.includes(c));
  return [...names, ...chosen];
}
