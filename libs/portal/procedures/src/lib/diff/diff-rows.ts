import type {
  Contact,
  Level,
  ProcedureDiff,
  ProcedureDiffChange,
  Route,
  RuleAction,
  RuleCondition,
  ScenarioGuideline,
  SeverityTarget,
  TriggerRule,
} from '@ladder/contracts';
import { PROCEDURE_SECTIONS, type ProcedureSection } from '@ladder/domain';
import { formatMinutes } from '@ladder/portal/ui';
import { describeAction, describeCondition, describeContact, describeReachOut } from '../shared/procedure-words';

export type TeamName = (teamId: string) => string;

/** One change as the diff shows it: its label, and each side's value in words ("–" where a side has none). */
export interface DiffRow {
  label: string;
  kind: ProcedureDiffChange['kind'];
  before: string;
  after: string;
}

export interface DiffSection {
  section: ProcedureSection;
  title: string;
  rows: DiffRow[];
}

export const SECTION_TITLES: Readonly<Record<ProcedureSection, string>> = {
  levels: 'Levels',
  severities: 'Severity targets',
  matrix: 'Severity matrix',
  routes: 'Routes',
  categories: 'Categories',
  services: 'Services',
  rules: 'Trigger rules',
  scenarios: 'Scenario guidelines',
  settings: 'Settings',
};

/** What a side shows when it does not have the item: before an addition, after a removal. */
export const ABSENT = '–';

/** The changes grouped by section in the procedure's order; sections without changes are left out. */
export function diffSections(diff: ProcedureDiff, teamName: TeamName): DiffSection[] {
  return PROCEDURE_SECTIONS.map((section) => ({
    section,
    title: SECTION_TITLES[section],
    rows: diff.changes.filter((c) => c.section === section).map((c) => diffRow(c, teamName)),
  })).filter((s) => s.rows.length > 0);
}

export function diffRow(change: ProcedureDiffChange, teamName: TeamName): DiffRow {
  const side = (value: unknown) =>
    value === null || value === undefined ? ABSENT : valueInWords(change.path, value, teamName);
  return { label: change.label, kind: change.kind, before: side(change.before), after: side(change.after) };
}

const minutes = (value: unknown) => formatMinutes(Number(value));

/** A value of the definition in words, read by where it sits (the change's path). */
export function valueInWords(path: readonly (string | number)[], value: unknown, teamName: TeamName): string {
  const [section, , field] = path;
  switch (section) {
    case 'levels':
      return levelValue(path, value, teamName);
    case 'severities':
      if (path.length === 2) return severityTarget(value as SeverityTarget);
      return field === 'label' || field === 'calendar' ? String(value) : minutes(value);
    case 'routes':
      if (path.length === 3) return route(value as Route, teamName);
      return teamName(String(value));
    case 'rules':
      if (path.length === 2) return rule(value as TriggerRule);
      if (field === 'when') return describeCondition(value as RuleCondition);
      if (field === 'then') return describeAction(value as RuleAction);
      return String(value);
    case 'scenarios':
      return scenarioValue(path, value);
    case 'warningRatio':
      return `${Math.round(Number(value) * 100)} % of a target`;
    case 'reminderMinutes':
      return minutes(value);
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

function levelValue(path: readonly (string | number)[], value: unknown, teamName: TeamName): string {
  const field = path[2];
  if (path.length === 2) {
    const level = value as Level;
    return `L${level.level} ${level.name}: teams ${level.teamIds.map(teamName).join(', ')}; budgets ${budgets(level)}`;
  }
  if (field === 'teamIds' || field === 'defaultTeamId') return teamName(String(value));
  if (field === 'budgetMinutes') return minutes(value);
  if (field === 'contacts') return contact(value as Contact);
  return String(value);
}

function scenarioValue(path: readonly (string | number)[], value: unknown): string {
  const field = path[2];
  if (path.length === 2) return scenario(value as ScenarioGuideline);
  if (field === 'extraContacts') return contact(value as Contact);
  if (field === 'entryLevel') return `L${String(value)}`;
  return String(value);
}

const budgets = (level: Level) =>
  Object.entries(level.budgetMinutes)
    .map(([severity, budget]) => `${severity} ${formatMinutes(budget)}`)
    .join(', ');

const severityTarget = (t: SeverityTarget) =>
  `${t.severity} ${t.label}: response ${formatMinutes(t.responseMinutes)}, resolution ${formatMinutes(
    t.resolutionMinutes,
  )}, updates every ${formatMinutes(t.updateCadenceMinutes)}, calendar ${t.calendar}`;

const route = (r: Route, teamName: TeamName) => `L${r.level} ${r.category}: ${teamName(r.teamId)}`;

const rule = (r: TriggerRule) => `${r.name}: when ${describeCondition(r.when)}, ${describeAction(r.then)}`;

const scenario = (s: ScenarioGuideline) =>
  [
    `${s.name}: for ${[s.category && `category ${s.category}`, s.affectedService && `service ${s.affectedService}`]
      .filter(Boolean)
      .join(' and ')}`,
    s.entryLevel !== undefined && `enters at L${s.entryLevel} at least`,
    s.minimumSeverity !== undefined && `at least ${s.minimumSeverity}`,
    s.extraContacts.length > 0 && `extra contacts ${s.extraContacts.map((c) => c.name).join(', ')}`,
  ]
    .filter(Boolean)
    .join('; ');

const contact = (c: Contact) =>
  `${describeContact(c)}; when to reach out: ${c.whenToReachOut}; ${describeReachOut(c.notify)}`;
