import { z } from 'zod';
import { SEVERITIES, STATUSES } from './values';

export const RoleSchema = z.enum(['agent', 'manager', 'process_owner', 'admin']);
export type Role = z.infer<typeof RoleSchema>;

export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;

export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

export const ImpactSchema = z.enum(['high', 'medium', 'low']);
export type Impact = z.infer<typeof ImpactSchema>;

export const UrgencySchema = z.enum(['high', 'medium', 'low']);
export type Urgency = z.infer<typeof UrgencySchema>;

export const SourceSchema = z.enum(['portal', 'api', 'monitoring']);
export type Source = z.infer<typeof SourceSchema>;

/** Where an event came from: a request's source, or Ladder itself (timers and trigger rules). */
export const EventChannelSchema = z.enum([...SourceSchema.options, 'system']);
export type EventChannel = z.infer<typeof EventChannelSchema>;

/** Why Ladder acted on its own: a deadline passed, or a trigger rule held. */
export const EventReasonSchema = z.enum(['timer', 'rule']);
export type EventReason = z.infer<typeof EventReasonSchema>;

/** Every action an agent can take on an escalation; each is `POST /api/escalations/:id/<action>`. */
export const ActionSchema = z.enum([
  'assign',
  'acknowledge',
  'comment',
  'stakeholder-update',
  'escalate',
  'de-escalate',
  'wait',
  'resume',
  'resolve',
  'reopen',
  'close',
]);
export type Action = z.infer<typeof ActionSchema>;

/** What the event log records: `created`, one type per action, and what the scheduler and trigger rules do. */
export const EventTypeSchema = z.enum([
  'created',
  ...ActionSchema.options,
  /** A clock passed its warning threshold. */
  'sla-warning',
  /** A clock passed its due time unmet. */
  'sla-breach',
  /** Still unacknowledged: the level's contacts are notified again. */
  'reminder',
  /** A trigger rule's condition held; `details.ruleId` says which. */
  'rule-fired',
  /** A trigger rule raised the severity. */
  'raise-severity',
  /** Monitoring reports the alert behind it resolved; `details.proposeResolution` says whether to offer resolving. */
  'alert-resolved',
  /** The alert behind it fired again after it had resolved. */
  'alert-refired',
]);
export type EventType = z.infer<typeof EventTypeSchema>;
