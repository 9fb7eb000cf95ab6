import type {
  Contact,
  Impact,
  Level,
  Route,
  RuleAction,
  RuleCondition,
  ScenarioGuideline,
  Severity,
  SeverityTarget,
  TriggerRule,
  Urgency,
} from '@ladder/contracts';

/** Sections of a procedure diff, in the order the diff lists them. */
export const PROCEDURE_SECTIONS = [
  'levels',
  'severities',
  'matrix',
  'routes',
  'categories',
  'services',
  'rules',
  'scenarios',
  'settings',
] as const;
export type ProcedureSection = (typeof PROCEDURE_SECTIONS)[number];

export type ContactField = Exclude<keyof Contact, 'name'>;
export type RuleConditionField = keyof RuleCondition;

/** What the two sides hold: nothing (null) before an addition or after a removal. */
type Added<T> = { kind: 'added'; before: null; after: T };
type Removed<T> = { kind: 'removed'; before: T; after: null };
type AddedOrRemoved<T> = Added<T> | Removed<T>;
type Changed<T> = { kind: 'changed'; before: T; after: T };

/** Where a change is: paths name levels by number, contacts by name, rules by id, never by array position. */
type At<S extends ProcedureSection, P extends readonly (string | number)[]> = {
  section: S;
  path: Readonly<P>;
  /** A short sentence for the reviewer, e.g. "L1 Service Desk: S2 time budget 60 min → 30 min". */
  label: string;
};

/** A contact's path; a second contact of the same name at a level gets its occurrence (2, 3, ...) appended. */
type ContactPath = ['levels', number, 'contacts', string] | ['levels', number, 'contacts', string, number];

export type LevelChange =
  | (At<'levels', ['levels', number]> & AddedOrRemoved<Level>)
  | (At<'levels', ['levels', number, 'name' | 'defaultTeamId' | 'runbook']> & Changed<string>)
  | (At<'levels', ['levels', number, 'teamIds', string]> & AddedOrRemoved<string>)
  | (At<'levels', ['levels', number, 'budgetMinutes', Severity]> & Changed<number>)
  | (At<'levels', ContactPath> & AddedOrRemoved<Contact>)
  | (At<'levels', ContactPath> & Changed<Contact> & { fields: ContactField[] });

export type SeverityChange =
  | (At<'severities', ['severities', Severity]> & AddedOrRemoved<SeverityTarget>)
  | (At<'severities', ['severities', Severity, 'label' | 'calendar']> & Changed<string>)
  | (At<'severities', ['severities', Severity, 'responseMinutes' | 'resolutionMinutes' | 'updateCadenceMinutes']> &
      Changed<number>);

export type MatrixChange = At<'matrix', ['matrix', Impact, Urgency]> & Changed<Severity>;

/** Routes are keyed by level and category. */
export type RouteChange =
  | (At<'routes', ['routes', number, string]> & AddedOrRemoved<Route>)
  | (At<'routes', ['routes', number, string, 'teamId']> & Changed<string>);

/** A category or service added to or removed from the lists escalations choose from. */
export type MemberChange<S extends 'categories' | 'services'> = At<S, [S, string]> & AddedOrRemoved<string>;
export type CategoryChange = MemberChange<'categories'>;
export type ServiceChange = MemberChange<'services'>;

export type RuleChange =
  | (At<'rules', ['rules', string]> & AddedOrRemoved<TriggerRule>)
  | (At<'rules', ['rules', string, 'name']> & Changed<string>)
  | (At<'rules', ['rules', string, 'when']> & Changed<RuleCondition> & { fields: RuleConditionField[] })
  | (At<'rules', ['rules', string, 'then']> & Changed<RuleAction>);

/** A scenario guideline's extra contact, by name; a second of the same name gets its occurrence appended. */
type ScenarioContactPath =
  ['scenarios', string, 'extraContacts', string] | ['scenarios', string, 'extraContacts', string, number];

/** Scenario guidelines are keyed by id; a condition or raise that is not set is null on its side. */
export type ScenarioChange =
  | (At<'scenarios', ['scenarios', string]> & AddedOrRemoved<ScenarioGuideline>)
  | (At<'scenarios', ['scenarios', string, 'name' | 'notes']> & Changed<string>)
  | (At<'scenarios', ['scenarios', string, 'category' | 'affectedService']> & Changed<string | null>)
  | (At<'scenarios', ['scenarios', string, 'entryLevel']> & Changed<number | null>)
  | (At<'scenarios', ['scenarios', string, 'minimumSeverity']> & Changed<Severity | null>)
  | (At<'scenarios', ScenarioContactPath> & AddedOrRemoved<Contact>)
  | (At<'scenarios', ScenarioContactPath> & Changed<Contact> & { fields: ContactField[] });

export type SettingChange = At<'settings', ['warningRatio'] | ['reminderMinutes']> & Changed<number>;

/** One difference between two procedure definitions, as a process owner reviews it. */
export type ProcedureChange =
  | LevelChange
  | SeverityChange
  | MatrixChange
  | RouteChange
  | CategoryChange
  | ServiceChange
  | RuleChange
  | ScenarioChange
  | SettingChange;
