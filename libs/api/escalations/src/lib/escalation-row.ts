import type {
  EventChannel,
  EventReason,
  EventType,
  Impact,
  Severity,
  SlaState,
  Source,
  Stakeholder,
  Status,
  Urgency,
} from '@ladder/contracts';

/** An escalation as the SQL reads it (escalation joined with team, assignee and procedure version). */
export interface EscalationRow {
  id: string;
  number: string;
  title: string;
  description: string;
  category: string;
  affected_service: string;
  impact: Impact;
  urgency: Urgency;
  severity: Severity;
  status: Status;
  level: number;
  team_id: string;
  team_name: string;
  assignee_id: string | null;
  assignee_name: string | null;
  procedure_version_id: string;
  procedure_version: number;
  source: Source;
  stakeholders: Stakeholder[];
  created_at: Date;
  updated_at: Date;
  acknowledged_at: Date | null;
  resolved_at: Date | null;
  closed_at: Date | null;
  resolution_summary: string | null;
  response_due_at: Date;
  resolution_due_at: Date;
  next_due_at: Date | null;
  sla_state: SlaState;
  version: number;
  source_system: string | null;
  source_id: string | null;
}

/** Columns and joins that produce an EscalationRow; `escalation_act` returns the same shape but the source columns. */
export const ESCALATION_SELECT = `
  SELECT e.id, e.number, e.title, e.description, e.category, e.affected_service, e.impact, e.urgency, e.severity,
         e.status, e.level, e.team_id, t.name AS team_name, e.assignee_id, u.name AS assignee_name,
         e.procedure_version_id, pv.version AS procedure_version, e.source, e.stakeholders, e.created_at,
         e.updated_at, e.acknowledged_at, e.resolved_at, e.closed_at, e.resolution_summary, e.response_due_at,
         e.resolution_due_at, e.next_due_at, e.sla_state, e.version, e.source_system, e.source_id
    FROM escalation e
    JOIN team t ON t.id = e.team_id
    JOIN procedure_version pv ON pv.id = e.procedure_version_id
    LEFT JOIN app_user u ON u.id = e.assignee_id`;

export interface TimelineRow {
  id: string;
  type: EventType;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  from_status: Status | null;
  to_status: Status | null;
  from_level: number | null;
  to_level: number | null;
  team_id: string | null;
  team_name: string | null;
  assignee_id: string | null;
  body: string | null;
  visibility: 'internal' | 'public';
  channel: EventChannel;
  reason: EventReason | null;
  details: Record<string, unknown> | null;
}
