import { z } from 'zod';
import { ImpactSchema, SeveritySchema, UrgencySchema } from './enums';

/** When Ladder itself reaches out to a contact; every condition given must hold. Absent: never automatically. */
export const ReachOutSchema = z.object({
  /** Only for these severities (all when absent). */
  severities: z.array(SeveritySchema).min(1).optional(),
  /** Only once the escalation has gone this many minutes without acknowledgement. */
  afterUnacknowledgedMinutes: z.number().int().positive().optional(),
});
export type ReachOut = z.infer<typeof ReachOutSchema>;

export const ContactSchema = z.object({
  name: z.string(),
  role: z.string(),
  /** email and webhook contacts are notified by Ladder; phone, pager and chat handles are for people to use. */
  channel: z.string(),
  address: z.string(),
  whenToReachOut: z.string(),
  notify: ReachOutSchema.optional(),
});
export type Contact = z.infer<typeof ContactSchema>;

/** Minutes; fractions allow targets of seconds (0.25 = 15 s), e.g. for a drill or a test procedure. */
const minutes = z.number().positive();

export const LevelSchema = z.object({
  level: z.number().int().min(1),
  name: z.string(),
  teamIds: z.array(z.uuid()).min(1),
  /** Team that receives an escalation arriving at this level when no route names another. */
  defaultTeamId: z.uuid(),
  /** Minutes allowed at this level before it is over budget, per severity. */
  budgetMinutes: z.record(SeveritySchema, minutes),
  runbook: z.string(),
  contacts: z.array(ContactSchema),
});
export type Level = z.infer<typeof LevelSchema>;

export const SeverityTargetSchema = z.object({
  severity: SeveritySchema,
  label: z.string(),
  responseMinutes: minutes,
  resolutionMinutes: minutes,
  updateCadenceMinutes: minutes,
  /** A calendar's name, or "team": the calendar of the team working the escalation. */
  calendar: z.string().min(1),
});
export type SeverityTarget = z.infer<typeof SeverityTargetSchema>;

/** Which specialist team takes a category when it reaches a level (e.g. category "network" at L3 -> Network team). */
export const RouteSchema = z.object({
  level: z.number().int().min(1),
  category: z.string(),
  teamId: z.uuid(),
});
export type Route = z.infer<typeof RouteSchema>;

export const SeverityMatrixSchema = z.record(ImpactSchema, z.record(UrgencySchema, SeveritySchema));
export type SeverityMatrix = z.infer<typeof SeverityMatrixSchema>;

/** A trigger rule's condition: every field given must hold. */
export const RuleConditionSchema = z.object({
  severity: z.array(SeveritySchema).min(1).optional(),
  category: z.array(z.string()).min(1).optional(),
  affectedService: z.array(z.string()).min(1).optional(),
  level: z.array(z.number().int().min(1)).min(1).optional(),
  /** Time at the current level (working minutes of the escalation's calendar, pauses excluded). */
  minutesAtLevel: minutes.optional(),
  /** Not acknowledged this many working minutes after it was opened. */
  unacknowledgedMinutes: minutes.optional(),
  reassignmentsAtLeast: z.number().int().positive().optional(),
  reopened: z.literal(true).optional(),
  updateOverdue: z.literal(true).optional(),
  /** More than `moreThan` firing alerts for the escalation's affected service within the last `withinMinutes`. */
  alertsForService: z
    .object({ moreThan: z.number().int().min(1), withinMinutes: z.number().int().min(1).max(1440) })
    .optional(),
});
export type RuleCondition = z.infer<typeof RuleConditionSchema>;

export const RuleActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('escalate'), toLevel: z.number().int().min(2) }),
  z.object({ action: z.literal('raise-severity'), to: SeveritySchema }),
  /** Notify the named contact of the given level (the current level when absent). */
  z.object({ action: z.literal('notify'), contact: z.string().min(1), level: z.number().int().min(1).optional() }),
]);
export type RuleAction = z.infer<typeof RuleActionSchema>;

export const TriggerRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes'),
  name: z.string().min(1),
  when: RuleConditionSchema,
  then: RuleActionSchema,
});
export type TriggerRule = z.infer<typeof TriggerRuleSchema>;

/**
 * Guidance for a known kind of incident, matched on the category and/or affected service of a new escalation:
 * where it enters, how severe it is at least, who else to reach and what to know.
 */
export const ScenarioGuidelineSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes'),
  name: z.string().trim().min(1),
  /** Every condition given must match; at least one of the two is required. */
  category: z.string().min(1).optional(),
  affectedService: z.string().min(1).optional(),
  /** The escalation opens at this level at least. */
  entryLevel: z.number().int().min(1).optional(),
  /** The escalation is at least this severe (S1 is the most severe). */
  minimumSeverity: SeveritySchema.optional(),
  /** Reached out to in addition to the level's own contacts. */
  extraContacts: z.array(ContactSchema).default([]),
  /** Markdown shown to the agent on the escalation. */
  notes: z.string().default(''),
});
export type ScenarioGuideline = z.infer<typeof ScenarioGuidelineSchema>;

export const ProcedureDefinitionSchema = z
  .object({
    levels: z.array(LevelSchema).min(1),
    severities: z.array(SeverityTargetSchema).length(4),
    matrix: SeverityMatrixSchema,
    routes: z.array(RouteSchema),
    categories: z.array(z.string()).min(1),
    services: z.array(z.string()).min(1),
    /** Share of a target after which a clock shows a warning. */
    warningRatio: z.number().gt(0).lt(1),
    /** Minutes between reminders while an escalation stays unacknowledged past its response target. */
    reminderMinutes: minutes.default(15),
    rules: z.array(TriggerRuleSchema).default([]),
    scenarios: z.array(ScenarioGuidelineSchema).default([]),
  })
  .superRefine((definition, ctx) => {
    for (const problem of definitionProblems(definition)) ctx.addIssue({ code: 'custom', ...problem });
  });
export type ProcedureDefinition = z.infer<typeof ProcedureDefinitionSchema>;

export const ProcedureVersionSchema = z.object({
  id: z.uuid(),
  version: z.number().int().min(1),
  name: z.string(),
  publishedAt: z.iso.datetime().nullable(),
  definition: ProcedureDefinitionSchema,
});
export type ProcedureVersion = z.infer<typeof ProcedureVersionSchema>;

/** A version without its definition, as lists show it (e.g. the reports' filter). */
export const ProcedureStatusSchema = z.enum(['draft', 'in-review', 'published', 'retired', 'discarded']);
export type ProcedureStatus = z.infer<typeof ProcedureStatusSchema>;

export const ProcedureVersionSummarySchema = ProcedureVersionSchema.omit({ definition: true }).extend({
  status: ProcedureStatusSchema,
  authorName: z.string().nullable(),
  submittedAt: z.iso.datetime().nullable(),
  reviewDueAt: z.iso.datetime().nullable(),
});
export type ProcedureVersionSummary = z.infer<typeof ProcedureVersionSummarySchema>;

/** A process owner publishes a new version; escalations already open keep the version they started under. */
export const PublishProcedureSchema = z.object({
  name: z.string().trim().min(1).max(200),
  definition: ProcedureDefinitionSchema,
});
export type PublishProcedure = z.infer<typeof PublishProcedureSchema>;

/** Cross-field rules a schema per field cannot express: references must resolve, rules must climb. */
function definitionProblems(d: ProcedureDefinition): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const levels = new Set(d.levels.map((l) => l.level));
  d.levels.forEach((l, i) => {
    if (!l.teamIds.includes(l.defaultTeamId)) {
      problems.push({ path: ['levels', i, 'defaultTeamId'], message: 'the default team must be one of the teamIds' });
    }
  });
  const severities = d.severities.map((s) => s.severity);
  if (new Set(severities).size !== severities.length) {
    problems.push({ path: ['severities'], message: 'each severity S1-S4 needs exactly one target' });
  }
  d.routes.forEach((r, i) => {
    if (!levels.has(r.level)) problems.push({ path: ['routes', i, 'level'], message: `there is no level ${r.level}` });
  });
  const ids = new Set<string>();
  d.rules.forEach((rule, i) => {
    const at = (...rest: (string | number)[]) => ['rules', i, ...rest];
    if (ids.has(rule.id)) problems.push({ path: at('id'), message: `rule id "${rule.id}" is used twice` });
    ids.add(rule.id);
    for (const level of rule.when.level ?? []) {
      if (!levels.has(level)) problems.push({ path: at('when', 'level'), message: `there is no level ${level}` });
    }
    const { then } = rule;
    if (then.action === 'escalate') {
      if (!levels.has(then.toLevel))
        problems.push({ path: at('then', 'toLevel'), message: `there is no level ${then.toLevel}` });
      // Without when.level the rule only fires below its target; with it, every level named must be below.
      const highest = Math.max(...(rule.when.level ?? [0]));
      if (then.toLevel <= highest) {
        problems.push({
          path: at('then', 'toLevel'),
          message: `escalates to level ${then.toLevel}, which is not above level ${highest} where the rule applies`,
        });
      }
    }
    if (then.action === 'notify') {
      const levelsToSearch = then.level === undefined ? d.levels : d.levels.filter((l) => l.level === then.level);
      if (!levelsToSearch.some((l) => l.contacts.some((c) => c.name === then.contact))) {
        problems.push({ path: at('then', 'contact'), message: `no contact named "${then.contact}"` });
      }
    }
  });
  problems.push(...scenarioProblems(d, levels));
  return problems;
}

function scenarioProblems(
  d: ProcedureDefinition,
  levels: Set<number>,
): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const ids = new Set<string>();
  d.scenarios.forEach((scenario, i) => {
    const at = (...rest: (string | number)[]) => ['scenarios', i, ...rest];
    if (ids.has(scenario.id)) problems.push({ path: at('id'), message: `scenario id "${scenario.id}" is used twice` });
    ids.add(scenario.id);
    if (scenario.category === undefined && scenario.affectedService === undefined) {
      problems.push({ path: at('category'), message: 'name a category, an affected service or both' });
    }
    if (scenario.category !== undefined && !d.categories.includes(scenario.category)) {
      problems.push({ path: at('category'), message: `"${scenario.category}" is not one of the categories` });
    }
    if (scenario.affectedService !== undefined && !d.services.includes(scenario.affectedService)) {
      problems.push({
        path: at('affectedService'),
        message: `"${scenario.affectedService}" is not one of the services`,
      });
    }
    if (scenario.entryLevel !== undefined && !levels.has(scenario.entryLevel)) {
      problems.push({ path: at('entryLevel'), message: `there is no level ${scenario.entryLevel}` });
    }
  });
  return problems;
}
