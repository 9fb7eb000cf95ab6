import type { EventType, Severity, Status } from '@ladder/contracts';
import type { ClockEvent, EscalationFacts } from '@ladder/domain';
import type { EntityManager } from 'typeorm';

/** What the SLA plan reads of one escalation: its facts, its team's calendar and its events in order. */
export interface EscalationSnapshot {
  id: string;
  facts: EscalationFacts;
  teamId: string;
  teamCalendarId: string | null;
  procedureVersionId: string;
  events: ClockEvent[];
}

interface SnapshotRow {
  id: string;
  severity: Severity;
  category: string;
  affected_service: string;
  level: number;
  status: Status;
  team_id: string;
  calendar_id: string | null;
  procedure_version_id: string;
}

interface EventRow {
  escalation_id: string;
  type: EventType;
  at: Date;
  visibility: 'internal' | 'public';
  details: Record<string, unknown> | null;
}

/** Snapshots of the given escalations, in two queries. */
export async function loadSnapshots(m: EntityManager, ids: readonly string[]): Promise<EscalationSnapshot[]> {
  if (ids.length === 0) return [];
  const rows: SnapshotRow[] = await m.query(
    `SELECT e.id, e.severity, e.category, e.affected_service, e.level, e.status, e.team_id, t.calendar_id,
            e.procedure_version_id
       FROM escalation e JOIN team t ON t.id = e.team_id
      WHERE e.id = ANY ($1::uuid[]) ORDER BY e.id`,
    [ids],
  );
  const events: EventRow[] = await m.query(
    `SELECT escalation_id, type, at, visibility, details FROM escalation_event
      WHERE escalation_id = ANY ($1::uuid[]) ORDER BY escalation_id, at, id`,
    [ids],
  );
  const byEscalation = new Map<string, ClockEvent[]>();
  for (const { escalation_id, ...event } of events) {
    const list = byEscalation.get(escalation_id) ?? [];
    list.push(event);
    byEscalation.set(escalation_id, list);
  }
  return rows.map((row) => ({
    id: row.id,
    facts: {
      severity: row.severity,
      category: row.category,
      affectedService: row.affected_service,
      level: row.level,
      status: row.status,
    },
    teamId: row.team_id,
    teamCalendarId: row.calendar_id,
    procedureVersionId: row.procedure_version_id,
    events: byEscalation.get(row.id) ?? [],
  }));
}
