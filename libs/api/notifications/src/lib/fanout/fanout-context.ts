import type { EventType, Severity, Stakeholder } from '@ladder/contracts';
import type { StaffMember } from '@ladder/domain';
import type { EntityManager } from 'typeorm';

/** The event, the escalation as it stands, and its open stint (absent once resolved). */
export interface EventRow {
  id: string;
  type: EventType;
  at: Date;
  actor_id: string | null;
  body: string | null;
  visibility: 'internal' | 'public';
  to_level: number | null;
  event_team_id: string | null;
  details: Record<string, unknown> | null;
  escalation_id: string;
  number: string;
  title: string;
  severity: Severity;
  level: number;
  team_id: string;
  assignee_id: string | null;
  stakeholders: Stakeholder[];
  procedure_version_id: string;
  stint_entered_at: Date | null;
  stint_first_response_at: Date | null;
}

const EVENT_SQL = `
  SELECT ev.id::text AS id, ev.type, ev.at, ev.actor_id, ev.body, ev.visibility, ev.to_level, ev.team_id AS event_team_id, ev.details,
         e.id AS escalation_id, e.number, e.title, e.severity, e.level, e.team_id, e.assignee_id, e.stakeholders,
         e.procedure_version_id, s.entered_at AS stint_entered_at, s.first_response_at AS stint_first_response_at
    FROM escalation_event ev
    JOIN escalation e ON e.id = ev.escalation_id
    LEFT JOIN level_stint s ON s.escalation_id = e.id AND s.left_at IS NULL
   WHERE ev.id = ANY ($1::bigint[])
   ORDER BY ev.id`;

export interface TeamRow {
  id: string;
  name: string;
  webhook_url: string | null;
}

export interface FanoutContext {
  event: EventRow;
  team: TeamRow;
  /** The escalation's assignee when it is still with the event's team. */
  assignee: StaffMember | null;
  teamAgents: StaffMember[];
}

/** Everything the fan-out needs about each event, read in the caller's transaction in three queries. */
export async function readFanoutContexts(m: EntityManager, eventIds: readonly string[]): Promise<FanoutContext[]> {
  if (eventIds.length === 0) return [];
  const events = await m.query<EventRow[]>(EVENT_SQL, [eventIds]);
  const teamOf = (event: EventRow) => event.event_team_id ?? event.team_id;
  const assigneeOf = (event: EventRow) => (event.team_id === teamOf(event) ? event.assignee_id : null);
  const teamIds = [...new Set(events.map(teamOf))];
  const assigneeIds = [...new Set(events.flatMap((e) => assigneeOf(e) ?? []))];
  // One after the other: both run on the caller's transaction, one connection.
  const teams = await m.query<TeamRow[]>(`SELECT id, name, webhook_url FROM team WHERE id = ANY ($1::uuid[])`, [
    teamIds,
  ]);
  const staff = await m.query<(StaffMember & { team_id: string | null; role: string })[]>(
    `SELECT id, name, email, team_id, role FROM app_user
      WHERE (team_id = ANY ($1::uuid[]) AND role = 'agent') OR id = ANY ($2::uuid[]) ORDER BY name, id`,
    [teamIds, assigneeIds],
  );
  const member = ({ id, name, email }: StaffMember): StaffMember => ({ id, name, email });
  return events.map((event) => {
    const teamId = teamOf(event);
    const team = teams.find((t) => t.id === teamId);
    if (!team) throw new Error(`team ${teamId} of event ${event.id} vanished`);
    const assignee = staff.find((u) => u.id === assigneeOf(event));
    return {
      event,
      team,
      assignee: assignee ? member(assignee) : null,
      teamAgents: staff.filter((u) => u.team_id === teamId && u.role === 'agent').map(member),
    };
  });
}

/** Minutes the escalation has waited unacknowledged at its level when the event happened; null once acknowledged. */
export function unacknowledgedMinutes(event: EventRow): number | null {
  const entered = event.stint_entered_at;
  const acknowledged = event.stint_first_response_at;
  if (!entered || (acknowledged && acknowledged <= event.at)) return null;
  // A stint entered after the event (processed late, after a later level change): it had only just arrived.
  return Math.max(0, Math.floor((event.at.getTime() - entered.getTime()) / 60_000));
}
