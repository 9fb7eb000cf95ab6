import type { EventType, Severity } from '@ladder/contracts';
import { waitingPeriods, type ReplayEscalation } from '@ladder/domain';

export interface ReplayEscalationRow {
  id: string;
  severity: Severity;
  category: string;
  affected_service: string;
  procedure_version_id: string;
  created_at: Date;
  acknowledged_at: Date | null;
  resolved_at: Date | null;
}

export interface ReplayStintRow {
  escalation_id: string;
  level: number;
  team_id: string;
  entered_at: Date;
  left_at: Date | null;
}

/** A wait, resume or reopen event. */
export interface ReplayEventRow {
  escalation_id: string;
  type: Extract<EventType, 'wait' | 'resume' | 'reopen'>;
  at: Date;
}

/**
 * The escalations as the replay reads them: stays in the order entered, waiting periods from wait to resume (as
 * the SLA clocks take them), the last reopening. Stints and events must come ordered by escalation and time.
 */
export function toReplayEscalations(
  escalations: readonly ReplayEscalationRow[],
  stints: readonly ReplayStintRow[],
  events: readonly ReplayEventRow[],
): ReplayEscalation[] {
  const stintsOf = groupBy(stints);
  const eventsOf = groupBy(events);
  return escalations.map((row) => {
    const own = eventsOf.get(row.id) ?? [];
    const reopenings = own.filter((e) => e.type === 'reopen');
    return {
      id: row.id,
      severity: row.severity,
      category: row.category,
      affectedService: row.affected_service,
      procedureVersionId: row.procedure_version_id,
      createdAt: row.created_at,
      acknowledgedAt: row.acknowledged_at,
      resolvedAt: row.resolved_at,
      reopenedAt: reopenings.at(-1)?.at ?? null,
      stays: (stintsOf.get(row.id) ?? []).map((s) => ({
        level: s.level,
        teamId: s.team_id,
        enteredAt: s.entered_at,
        leftAt: s.left_at,
      })),
      pauses: waitingPeriods(own.map((e) => ({ type: e.type, at: e.at, visibility: 'internal' as const }))),
    };
  });
}

function groupBy<T extends { escalation_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.escalation_id);
    if (group) group.push(row);
    else groups.set(row.escalation_id, [row]);
  }
  return groups;
}
