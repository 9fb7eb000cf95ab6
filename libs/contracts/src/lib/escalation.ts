import { z } from 'zod';
import {
  EventChannelSchema,
  EventReasonSchema,
  EventTypeSchema,
  ImpactSchema,
  SeveritySchema,
  SourceSchema,
  StatusSchema,
  UrgencySchema,
} from './enums';
import { ContactSchema, ScenarioGuidelineSchema } from './procedure';
import { SlaStateSchema } from './sla';
import { listParam, PageQuerySchema } from './query';
import { EscalationAlertSchema } from './intake';
import { ShownTriageSuggestionsSchema } from './triage';

const text = (max: number) => z.string().trim().min(1).max(max);

export const StakeholderSchema = z.object({
  name: text(200),
  email: z.email().max(320),
});
export type Stakeholder = z.infer<typeof StakeholderSchema>;

export const CreateEscalationSchema = z.object({
  title: text(200),
  description: z.string().trim().max(20000).default(''),
  category: text(100),
  affectedService: text(100),
  impact: ImpactSchema,
  urgency: UrgencySchema,
  stakeholders: z.array(StakeholderSchema).max(50).default([]),
  /** Entry level; above 1 only for callers allowed to open higher (agents working that level, managers, admins). */
  level: z.number().int().min(1).optional(),
  /** The triage suggestions the agent was shown, to record whether each was taken. */
  triage: ShownTriageSuggestionsSchema.optional(),
});
export type CreateEscalation = z.infer<typeof CreateEscalationSchema>;

/** A scenario guideline of the escalation's procedure version that matches its category and affected service. */
export const EscalationGuidanceSchema = ScenarioGuidelineSchema.pick({
  id: true,
  name: true,
  entryLevel: true,
  minimumSeverity: true,
  extraContacts: true,
  notes: true,
});
export type EscalationGuidance = z.infer<typeof EscalationGuidanceSchema>;

/**
 * The `details` of a `created` event when the opening was shaped by the procedure's scenario guidelines or the
 * critical-service register: which guidelines applied, what was asked for, what the matrix and the register said.
 */
export const OpeningGuidanceSchema = z.object({
  guidelines: z.array(z.object({ id: z.string(), name: z.string() })),
  requestedLevel: z.number().int().min(1),
  matrixSeverity: SeveritySchema,
  /** The severity it opened with: the most severe of the matrix's, the guidelines' minimums and the service's. */
  severity: SeveritySchema,
  /** The register's default severity for the affected service; null when the service has no entry. */
  serviceSeverity: SeveritySchema.nullable(),
  /** Reached out to like a level's contacts (those with `notify` whose conditions hold). */
  extraContacts: z.array(ContactSchema),
});
export type OpeningGuidance = z.infer<typeof OpeningGuidanceSchema>;

export const EscalationSchema = z.object({
  id: z.uuid(),
  /** Human-friendly number, e.g. 1042 shown as ESC-1042. */
  number: z.number().int(),
  title: z.string(),
  description: z.string(),
  category: z.string(),
  affectedService: z.string(),
  impact: ImpactSchema,
  urgency: UrgencySchema,
  severity: SeveritySchema,
  status: StatusSchema,
  level: z.number().int(),
  levelName: z.string(),
  teamId: z.uuid(),
  teamName: z.string(),
  assigneeId: z.uuid().nullable(),
  assigneeName: z.string().nullable(),
  procedureVersionId: z.uuid(),
  procedureVersion: z.number().int(),
  source: SourceSchema,
  stakeholders: z.array(StakeholderSchema),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  acknowledgedAt: z.iso.datetime().nullable(),
  resolvedAt: z.iso.datetime().nullable(),
  closedAt: z.iso.datetime().nullable(),
  resolutionSummary: z.string().nullable(),
  responseDueAt: z.iso.datetime(),
  resolutionDueAt: z.iso.datetime(),
  /** The nearest due time among the clocks still running; null when none runs (paused, resolved). */
  nextDueAt: z.iso.datetime().nullable(),
  /** Worst state among the clocks, as of the last recompute (events and deadlines trigger one). */
  slaState: SlaStateSchema,
  /** Optimistic-concurrency version; send it back with every state-changing action. */
  version: z.number().int(),
  /** The scenario guidelines that match, the more specific first: notes and extra contacts for whoever works it. */
  guidance: z.array(EscalationGuidanceSchema),
  /** Only on escalations brought in by a history import: the system they came from and their id there. */
  importedFrom: z.object({ system: z.string(), sourceId: z.string() }).optional(),
  /** Only on escalations opened by monitoring: the alert behind it. */
  alert: EscalationAlertSchema.optional(),
});
export type Escalation = z.infer<typeof EscalationSchema>;

export const EscalationSortSchema = z.enum(['due', '-created', 'created', 'severity', '-updated']);
export type EscalationSort = z.infer<typeof EscalationSortSchema>;

export const EscalationListQuerySchema = PageQuerySchema.extend({
  status: listParam(StatusSchema).optional(),
  level: listParam(z.coerce.number().int().min(1)).optional(),
  teamId: listParam(z.uuid()).optional(),
  severity: listParam(SeveritySchema).optional(),
  category: listParam(z.string().min(1).max(100)).optional(),
  assigneeId: z.union([z.uuid(), z.literal('me'), z.literal('none')]).optional(),
  q: z.string().trim().max(200).optional(),
  slaState: listParam(SlaStateSchema).optional(),
  sort: EscalationSortSchema.default('due'),
});
export type EscalationListQuery = z.infer<typeof EscalationListQuerySchema>;

export const EscalationListSchema = z.object({
  items: z.array(EscalationSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type EscalationList = z.infer<typeof EscalationListSchema>;

export const TimelineEventSchema = z.object({
  id: z.string(),
  type: EventTypeSchema,
  at: z.iso.datetime(),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  fromStatus: StatusSchema.nullable(),
  toStatus: StatusSchema.nullable(),
  fromLevel: z.number().int().nullable(),
  toLevel: z.number().int().nullable(),
  teamId: z.uuid().nullable(),
  teamName: z.string().nullable(),
  assigneeId: z.uuid().nullable(),
  /** Reason, comment, update or summary text, as the actor wrote it. */
  body: z.string().nullable(),
  visibility: z.enum(['internal', 'public']),
  channel: EventChannelSchema,
  /** Set when Ladder acted on its own. */
  reason: EventReasonSchema.nullable(),
  /** What the scheduler or a rule recorded: e.g. `{ clock: 'response', dueAt }` or `{ ruleId, ruleName }`. */
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

/** State-changing actions carry the version the caller last saw; a stale one is a 409. */
const versioned = z.object({ version: z.number().int().min(1) });

export const AssignSchema = versioned.extend({ assigneeId: z.uuid().nullable() });
export const AcknowledgeSchema = versioned;
export const CommentSchema = z.object({ body: text(20000) });
export const StakeholderUpdateSchema = z.object({ body: text(20000) });
export const EscalateSchema = versioned.extend({
  reason: text(2000),
  /** Defaults to the next level up. */
  toLevel: z.number().int().min(2).optional(),
  /** Defaults to the procedure's route for the category, else the level's default team. */
  teamId: z.uuid().optional(),
});
export const DeEscalateSchema = versioned.extend({
  reason: text(2000),
  /** Defaults to the next level down. */
  toLevel: z.number().int().min(1).optional(),
  teamId: z.uuid().optional(),
});
export const WaitSchema = versioned.extend({ reason: text(2000) });
export const ResumeSchema = versioned;
export const ResolveSchema = versioned.extend({ summary: text(20000) });
export const ReopenSchema = versioned.extend({ reason: text(2000) });
export const CloseSchema = versioned;

export type Assign = z.infer<typeof AssignSchema>;
export type Acknowledge = z.infer<typeof AcknowledgeSchema>;
export type Comment = z.infer<typeof CommentSchema>;
export type StakeholderUpdate = z.infer<typeof StakeholderUpdateSchema>;
export type Escalate = z.infer<typeof EscalateSchema>;
export type DeEscalate = z.infer<typeof DeEscalateSchema>;
export type Wait = z.infer<typeof WaitSchema>;
export type Resume = z.infer<typeof ResumeSchema>;
export type Resolve = z.infer<typeof ResolveSchema>;
export type Reopen = z.infer<typeof ReopenSchema>;
export type Close = z.infer<typeof CloseSchema>;
