import {
  ContactSchema,
  ImpactSchema,
  RuleConditionSchema,
  SeveritySchema,
  UrgencySchema,
  type Contact,
  type Level,
  type ProcedureDefinition,
  type RuleAction,
  type ScenarioGuideline,
  type Severity,
  type SeverityTarget,
  type TriggerRule,
} from '@ladder/contracts';
import { compareKeys, pairByKey, pairFirstByKey } from './keyed-pairs';
import type {
  ContactField,
  LevelChange,
  MatrixChange,
  MemberChange,
  ProcedureChange,
  ProcedureSection,
  RouteChange,
  RuleChange,
  ScenarioChange,
  SettingChange,
  SeverityChange,
} from './procedure-change';

export interface ProcedureDiffOptions {
  /** A team's display name for the labels; the id itself when absent. */
  teamName?: (teamId: string) => string;
}
type TeamName = (teamId: string) => string;

/**
 * Everything that differs between two procedure definitions, section by section (levels, severities, matrix, routes,
 * categories, services, rules, scenarios, settings) and within a section by key: level number, severity, impact and
 * urgency, level and category, name, rule id, scenario id. Reordering a list changes nothing. Identical definitions give [].
 */
export function diffProcedures(
  before: ProcedureDefinition,
  after: ProcedureDefinition,
  options: ProcedureDiffOptions = {},
): ProcedureChange[] {
  const teamName = options.teamName ?? ((teamId: string) => teamId);
  return [
    ...levelChanges(before.levels, after.levels, teamName),
    ...severityChanges(before.severities, after.severities),
    ...matrixChanges(before.matrix, after.matrix),
    ...routeChanges(before.routes, after.routes, teamName),
    ...setChanges('categories', 'Category', before.categories, after.categories),
    ...setChanges('services', 'Service', before.services, after.services),
    ...ruleChanges(before.rules, after.rules),
    ...scenarioChanges(before.scenarios, after.scenarios),
    ...settingChanges(before, after),
  ];
}

const min = (minutes: number) => `${minutes} min`;
const levelTitle = (level: Level) => `L${level.level} ${level.name}`;
/** "whenToReachOut" -> "when to reach out". */
const words = (field: string) => field.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);

type Path = readonly (string | number)[];

/** One `changed` entry when the two values differ, none when they are the same. */
function ifChanged<const S extends ProcedureSection, const P extends Path, T extends string | number | null>(
  section: S,
  path: P,
  before: T,
  after: T,
  label: string,
) {
  return before === after ? [] : [{ section, path, kind: 'changed' as const, label, before, after }];
}

/** The entry for an item that only one side has. */
function addedOrRemoved<const S extends ProcedureSection, const P extends Path, T>(
  section: S,
  path: P,
  pair: { kind: 'added'; after: T } | { kind: 'removed'; before: T },
  label: string,
) {
  return pair.kind === 'added'
    ? { section, path, kind: pair.kind, label, before: null, after: pair.after }
    : { section, path, kind: pair.kind, label, before: pair.before, after: null };
}

function levelChanges(before: Level[], after: Level[], teamName: TeamName): LevelChange[] {
  return pairFirstByKey(before, after, (level): [number] => [level.level]).flatMap((pair): LevelChange[] => {
    const path = ['levels', pair.key[0]] as const;
    if (pair.kind === 'added') return [addedOrRemoved('levels', path, pair, `${levelTitle(pair.after)} added`)];
    if (pair.kind === 'removed') return [addedOrRemoved('levels', path, pair, `${levelTitle(pair.before)} removed`)];
    return levelFieldChanges(pair.before, pair.after, teamName);
  });
}

function levelFieldChanges(before: Level, after: Level, teamName: TeamName): LevelChange[] {
  const n = after.level;
  const title = levelTitle(after);
  const teams = pairFirstByKey(before.teamIds, after.teamIds, (id): [string] => [id]).flatMap((team) =>
    team.kind === 'both'
      ? []
      : [
          addedOrRemoved(
            'levels',
            ['levels', n, 'teamIds', team.key[0]],
            team,
            `${title}: team ${teamName(team.key[0])} ${team.kind}`,
          ),
        ],
  );
  const budgets = SeveritySchema.options.flatMap((severity) => {
    const [was, is] = [before.budgetMinutes[severity], after.budgetMinutes[severity]];
    const label = `${title}: ${severity} time budget ${min(was)} → ${min(is)}`;
    return ifChanged('levels', ['levels', n, 'budgetMinutes', severity], was, is, label);
  });
  const defaultTeam = `${title}: default team ${teamName(before.defaultTeamId)} → ${teamName(after.defaultTeamId)}`;
  return [
    ...ifChanged(
      'levels',
      ['levels', n, 'name'],
      before.name,
      after.name,
      `L${n} renamed: ${before.name} → ${after.name}`,
    ),
    ...teams,
    ...ifChanged('levels', ['levels', n, 'defaultTeamId'], before.defaultTeamId, after.defaultTeamId, defaultTeam),
    ...budgets,
    ...ifChanged('levels', ['levels', n, 'runbook'], before.runbook, after.runbook, `${title}: runbook changed`),
    ...contactChanges('levels', ['levels', n, 'contacts'], `${title}: contact `, before.contacts, after.contacts),
  ];
}

const CONTACT_FIELDS = ContactSchema.keyof().options.filter((field): field is ContactField => field !== 'name');

type ContactDiff<S, P extends Path> = {
  section: S;
  path: readonly [...P, string] | readonly [...P, string, number];
  label: string;
} & (
  | { kind: 'added'; before: null; after: Contact }
  | { kind: 'removed'; before: Contact; after: null }
  | { kind: 'changed'; before: Contact; after: Contact; fields: ContactField[] }
);

/**
 * Contacts (a level's, a scenario's extra ones) are matched by name; two of the same name are matched in order and
 * the second is "name (2)".
 */
function contactChanges<const S extends 'levels' | 'scenarios', const P extends Path>(
  section: S,
  prefix: P,
  title: string,
  before: Contact[],
  after: Contact[],
): ContactDiff<S, P>[] {
  return pairByKey(before, after, (contact): [string] => [contact.name]).flatMap((pair): ContactDiff<S, P>[] => {
    const [name] = pair.key;
    const path = pair.occurrence === 1 ? ([...prefix, name] as const) : ([...prefix, name, pair.occurrence] as const);
    const who = `${title}${name}${pair.occurrence === 1 ? '' : ` (${pair.occurrence})`}`;
    if (pair.kind !== 'both') return [addedOrRemoved(section, path, pair, `${who} ${pair.kind}`)];
    const fields = CONTACT_FIELDS.filter((field) => !sameIgnoringOrder(pair.before[field], pair.after[field]));
    if (fields.length === 0) return [];
    const label = `${who} changed (${fields.map(words).join(', ')})`;
    return [{ section, path, kind: 'changed' as const, label, before: pair.before, after: pair.after, fields }];
  });
}

const SEVERITY_MINUTES = [
  ['responseMinutes', 'response target'],
  ['resolutionMinutes', 'resolution target'],
  ['updateCadenceMinutes', 'update cadence'],
] as const;

function severityChanges(before: SeverityTarget[], after: SeverityTarget[]): SeverityChange[] {
  return pairFirstByKey(before, after, (target): [Severity] => [target.severity]).flatMap((pair): SeverityChange[] => {
    const [severity] = pair.key;
    const path = ['severities', severity] as const;
    if (pair.kind === 'added') {
      return [addedOrRemoved('severities', path, pair, `${severity} ${pair.after.label} target added`)];
    }
    if (pair.kind === 'removed') {
      return [addedOrRemoved('severities', path, pair, `${severity} ${pair.before.label} target removed`)];
    }
    const [was, is] = [pair.before, pair.after];
    const title = `${severity} ${is.label}`;
    return [
      ...ifChanged(
        'severities',
        [...path, 'label'],
        was.label,
        is.label,
        `${severity}: label ${was.label} → ${is.label}`,
      ),
      ...SEVERITY_MINUTES.flatMap(([field, name]) =>
        ifChanged(
          'severities',
          [...path, field],
          was[field],
          is[field],
          `${title}: ${name} ${min(was[field])} → ${min(is[field])}`,
        ),
      ),
      ...ifChanged(
        'severities',
        [...path, 'calendar'],
        was.calendar,
        is.calendar,
        `${title}: calendar ${was.calendar} → ${is.calendar}`,
      ),
    ];
  });
}

function matrixChanges(before: ProcedureDefinition['matrix'], after: ProcedureDefinition['matrix']): MatrixChange[] {
  return ImpactSchema.options.flatMap((impact) =>
    UrgencySchema.options.flatMap((urgency) => {
      const [was, is] = [before[impact][urgency], after[impact][urgency]];
      const label = `Matrix ${impact} impact × ${urgency} urgency: ${was} → ${is}`;
      return ifChanged('matrix', ['matrix', impact, urgency], was, is, label);
    }),
  );
}

function routeChanges(
  before: ProcedureDefinition['routes'],
  after: ProcedureDefinition['routes'],
  teamName: TeamName,
): RouteChange[] {
  return pairFirstByKey(before, after, (route): [number, string] => [route.level, route.category]).flatMap(
    (pair): RouteChange[] => {
      const [level, category] = pair.key;
      const path = ['routes', level, category] as const;
      const route = `L${level} route for ${category}`;
      if (pair.kind === 'added') {
        return [addedOrRemoved('routes', path, pair, `${route} added: ${teamName(pair.after.teamId)}`)];
      }
      if (pair.kind === 'removed') {
        return [addedOrRemoved('routes', path, pair, `${route} removed (was ${teamName(pair.before.teamId)})`)];
      }
      const [was, is] = [pair.before.teamId, pair.after.teamId];
      return ifChanged('routes', [...path, 'teamId'], was, is, `${route}: ${teamName(was)} → ${teamName(is)}`);
    },
  );
}

function setChanges<S extends 'categories' | 'services'>(
  section: S,
  noun: string,
  before: string[],
  after: string[],
): MemberChange<S>[] {
  return pairFirstByKey(before, after, (member): [string] => [member]).flatMap((pair) => {
    const [member] = pair.key;
    const path: [S, string] = [section, member];
    return pair.kind === 'both' ? [] : [addedOrRemoved(section, path, pair, `${noun} ${member} ${pair.kind}`)];
  });
}

const CONDITION_FIELDS = RuleConditionSchema.keyof().options;

/** Rules are matched by id (unique in a valid definition). */
function ruleChanges(before: TriggerRule[], after: TriggerRule[]): RuleChange[] {
  return pairFirstByKey(before, after, (rule): [string] => [rule.id]).flatMap((pair): RuleChange[] => {
    const [id] = pair.key;
    const path = ['rules', id] as const;
    if (pair.kind !== 'both') return [addedOrRemoved('rules', path, pair, `Rule ${id} ${pair.kind}`)];
    const [was, is] = [pair.before, pair.after];
    const changes: RuleChange[] = [
      ...ifChanged('rules', [...path, 'name'], was.name, is.name, `Rule ${id} renamed: ${was.name} → ${is.name}`),
    ];
    const fields = CONDITION_FIELDS.filter((field) => !sameIgnoringOrder(was.when[field], is.when[field]));
    if (fields.length > 0) {
      const label = `Rule ${id}: condition changed (${fields.map(words).join(', ')})`;
      changes.push({
        section: 'rules',
        path: [...path, 'when'],
        kind: 'changed',
        label,
        before: was.when,
        after: is.when,
        fields,
      });
    }
    if (!sameIgnoringOrder(was.then, is.then)) {
      const label = `Rule ${id}: action ${describeAction(was.then)} → ${describeAction(is.then)}`;
      changes.push({
        section: 'rules',
        path: [...path, 'then'],
        kind: 'changed',
        label,
        before: was.then,
        after: is.then,
      });
    }
    return changes;
  });
}

function describeAction(action: RuleAction): string {
  switch (action.action) {
    case 'escalate':
      return `escalate to L${action.toLevel}`;
    case 'raise-severity':
      return `raise severity to ${action.to}`;
    case 'notify':
      return `notify ${action.contact}${action.level === undefined ? '' : ` at L${action.level}`}`;
  }
}

/** Scenario guidelines are matched by id (unique in a valid definition). */
function scenarioChanges(before: ScenarioGuideline[], after: ScenarioGuideline[]): ScenarioChange[] {
  return pairFirstByKey(before, after, (scenario): [string] => [scenario.id]).flatMap((pair): ScenarioChange[] => {
    const [id] = pair.key;
    if (pair.kind === 'both') return scenarioFieldChanges(id, pair.before, pair.after);
    const name = pair.kind === 'added' ? pair.after.name : pair.before.name;
    return [addedOrRemoved('scenarios', ['scenarios', id], pair, `Scenario ${name} ${pair.kind}`)];
  });
}

/** A condition or raise that is not set is null on its side: "any" category or service, "none" for the rest. */
function scenarioFieldChanges(id: string, was: ScenarioGuideline, is: ScenarioGuideline): ScenarioChange[] {
  const title = `Scenario ${is.name}`;
  const at = <const F extends string>(field: F) => ['scenarios', id, field] as const;
  const [category, service] = [
    [was.category ?? null, is.category ?? null] as const,
    [was.affectedService ?? null, is.affectedService ?? null] as const,
  ];
  const [entry, floor] = [
    [was.entryLevel ?? null, is.entryLevel ?? null] as const,
    [was.minimumSeverity ?? null, is.minimumSeverity ?? null] as const,
  ];
  const level = (n: number | null) => (n === null ? 'none' : `L${n}`);
  return [
    ...ifChanged('scenarios', at('name'), was.name, is.name, `Scenario ${id} renamed: ${was.name} → ${is.name}`),
    ...ifChanged(
      'scenarios',
      at('category'),
      category[0],
      category[1],
      `${title}: category ${category[0] ?? 'any'} → ${category[1] ?? 'any'}`,
    ),
    ...ifChanged(
      'scenarios',
      at('affectedService'),
      service[0],
      service[1],
      `${title}: affected service ${service[0] ?? 'any'} → ${service[1] ?? 'any'}`,
    ),
    ...ifChanged(
      'scenarios',
      at('entryLevel'),
      entry[0],
      entry[1],
      `${title}: entry level ${level(entry[0])} → ${level(entry[1])}`,
    ),
    ...ifChanged(
      'scenarios',
      at('minimumSeverity'),
      floor[0],
      floor[1],
      `${title}: minimum severity ${floor[0] ?? 'none'} → ${floor[1] ?? 'none'}`,
    ),
    ...contactChanges(
      'scenarios',
      at('extraContacts'),
      `${title}: extra contact `,
      was.extraContacts,
      is.extraContacts,
    ),
    ...ifChanged('scenarios', at('notes'), was.notes, is.notes, `${title}: notes changed`),
  ];
}

/** Percent without binary noise: 0.7 -> "70%". */
const percent = (ratio: number) => `${Number((ratio * 100).toFixed(2))}%`;

function settingChanges(before: ProcedureDefinition, after: ProcedureDefinition): SettingChange[] {
  const [ratioWas, ratioIs] = [before.warningRatio, after.warningRatio];
  const [reminderWas, reminderIs] = [before.reminderMinutes, after.reminderMinutes];
  return [
    ...ifChanged(
      'settings',
      ['warningRatio'],
      ratioWas,
      ratioIs,
      `Warning threshold ${percent(ratioWas)} → ${percent(ratioIs)} of a target`,
    ),
    ...ifChanged(
      'settings',
      ['reminderMinutes'],
      reminderWas,
      reminderIs,
      `Reminder interval ${min(reminderWas)} → ${min(reminderIs)}`,
    ),
  ];
}

/**
 * Deep equality for the JSON values of a definition, where arrays are sets (a condition's severities, the severities a
 * contact is notified for) and an absent property equals an undefined one.
 */
function sameIgnoringOrder(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => compareKeys([x], [y]));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
