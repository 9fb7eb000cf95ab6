import type { EventType, Severity, Stakeholder } from '@ladder/contracts';
import type { StaffMember } from '@ladder/domain';
import type { EntityManager } from 'typeorm';

/** The event, the escalation as it stands, and its open stint (absent once resolved). */
export interface EventRow {
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
  SELECT ev.type, ev.at, ev.actor_id, ev.body, ev.visibility, ev.to_level, ev.team_id AS event_team_id, ev.details,
         e.id AS escalation_id, e.number, e.title, e.severity, e.level, e.team_id, e.assignee_id, e.stakeholders,
         e.procedure_version_id, s.entered_at AS stint_entered_at, s.first_response_at AS stint_first_response_at
    FROM escalation_event ev
    JOIN escalation e ON e.id = ev.escalation_id
    LEFT JOIN level_stint s ON s.escalation_id = e.id AND s.left_at IS NULL
   WHERE ev.id = $1`;

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

/** Everything the fan-out needs about one event, read in the caller's transaction; null for an unknown event. */
export async function readFanoutContext(m: EntityManager, eventId: string): Promise<FanoutContext | null> {
  const [event] = await m.query<EventRow[]>(EVENT_SQL, [eventId]);
  if (!event) return null;
  const teamId = event.event_team_id ?? event.team_id;
  const assigneeId = event.team_id === teamId ? event.assignee_id : null;
  const [[team], staff] = await Promise.all([
    m.query<TeamRow[]>(`SELECT id, name, webhook_url FROM team WHERE id = $1`, [teamId]),
    m.query<(StaffMember & { team_agent: boolean })[]>(
      `SELECT id, name, email, (team_id = $1 AND role = 'agent') AS team_agent
         FROM app_user WHERE (team_id = $1 AND role = 'agent') OR id = $2 ORDER BY name, id`,
      [teamId, assigneeId],
    ),
  ]);
  if (!team) throw new Error(`team ${teamId} of event ${eventId} vanished`);
  const member = ({ id, name, email }: StaffMember): StaffMember => ({ id, name, email });
  return {
    event,
    team,
    assignee: staff.filter((u) => u.id === assigneeId).map(member)[0] ?? null,
    teamAgents: staff.filter((u) => u.team_agent).map(member),
  };
}

/** Minutes the escalation has waited unacknowledged at its level when the event happened; null once acknowledged. */
export function unacknowledgedMinutes(event: EventRow): number | null {
  const entered = event.stint_entered_at;
  const acknowledged = event.stint_first_response_at;
  if (!entered || (acknowledged && acknowledged <= event.at)) return null;
  // A stint entered after the event (processed late, after a later level change): it had only just arrived.
  return Math.max(0, Math.floor((event.at.getTime() - entered.getTime()) / 60_000));
}
