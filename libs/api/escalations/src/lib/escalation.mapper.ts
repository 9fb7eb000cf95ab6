import type { Escalation, EscalationGuidance, ScenarioGuideline, TimelineEvent } from '@ladder/contracts';
import type { EscalationRow, TimelineRow } from './escalation-row';

const iso = (at: Date | null): string | null => at?.toISOString() ?? null;

const toGuidance = ({ id, name, entryLevel, minimumSeverity, extraContacts, notes }: ScenarioGuideline) =>
  ({ id, name, entryLevel, minimumSeverity, extraContacts, notes }) satisfies EscalationGuidance;

/** `guidelines`: the scenario guidelines of its procedure version that match it, the more specific first. */
export function toEscalation(
  row: EscalationRow,
  levelName: string,
  guidelines: readonly ScenarioGuideline[],
): Escalation {
  return {
    id: row.id,
    number: Number(row.number),
    title: row.title,
    description: row.description,
    category: row.category,
    affectedService: row.affected_service,
    impact: row.impact,
    urgency: row.urgency,
    severity: row.severity,
    status: row.status,
    level: row.level,
    levelName,
    teamId: row.team_id,
    teamName: row.team_name,
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_name,
    procedureVersionId: row.procedure_version_id,
    procedureVersion: row.procedure_version,
    source: row.source,
    stakeholders: row.stakeholders,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    acknowledgedAt: iso(row.acknowledged_at),
    resolvedAt: iso(row.resolved_at),
    closedAt: iso(row.closed_at),
    resolutionSummary: row.resolution_summary,
    responseDueAt: row.response_due_at.toISOString(),
    resolutionDueAt: row.resolution_due_at.toISOString(),
    nextDueAt: iso(row.next_due_at),
    slaState: row.sla_state,
    version: row.version,
    guidance: guidelines.map(toGuidance),
    ...(row.source_system !== null && row.source_id !== null
      ? { importedFrom: { system: row.source_system, sourceId: row.source_id } }
      : {}),
  };
}

export function toTimelineEvent(row: TimelineRow): TimelineEvent {
  return {
    id: row.id,
    type: row.type,
    at: row.at.toISOString(),
    actorId: row.actor_id,
    actorName: row.actor_name,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    fromLevel: row.from_level,
    toLevel: row.to_level,
    teamId: row.team_id,
    teamName: row.team_name,
    assigneeId: row.assignee_id,
    body: row.body,
    visibility: row.visibility,
    channel: row.channel,
    reason: row.reason,
    details: row.details,
  };
}
