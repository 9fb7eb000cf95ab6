import { CalendarSchema } from '@ladder/contracts';
import { type SqlQuery } from '@ladder/api/demo-data';
import { calendarFor, type NamedCalendar, stayWorkingTime, waitingPeriods } from '@ladder/domain';

interface UnrefreshedStint {
  id: string;
  escalation_id: string;
  entered_at: Date;
  left_at: Date;
  first_response_at: Date | null;
  paused_seconds: number;
  /** The calendar the severity's target names in the escalation's procedure version ("team" for the team's). */
  target_calendar: string | null;
  team_calendar_id: string | null;
}

interface PauseEvent {
  escalation_id: string;
  type: 'wait' | 'resume';
  at: Date;
}

const AROUND_THE_CLOCK = '24x7';

export interface RefreshedStints {
  refreshed: number;
  /** YYYY-MM-DD, UTC. */
  days: string[];
}

/**
 * Refreshes up to `limit` finished stints not yet refreshed, oldest first: their business time on the calendar their
 * escalation's SLA clocks use (the severity's, or the team's for "team") with the escalation's pauses cut out, and
 * their moves. Returns how many it refreshed (0 when none is left) and the UTC days they left on, for the rollup.
 */
export async function refreshFinishedStints(sql: SqlQuery, limit: number): Promise<RefreshedStints> {
  const stints = await sql<UnrefreshedStint>(
    `WITH next AS MATERIALIZED (
       SELECT id FROM level_stint
        WHERE left_at IS NOT NULL AND refreshed_at IS NULL
        ORDER BY left_at
        LIMIT $1)
     SELECT s.id, s.escalation_id, s.entered_at, s.left_at, s.first_response_at, s.paused_seconds,
            t.calendar_id AS team_calendar_id,
            (SELECT target ->> 'calendar' FROM jsonb_array_elements(pv.definition -> 'severities') target
              WHERE target ->> 'severity' = e.severity) AS target_calendar
       FROM next
       JOIN level_stint s ON s.id = next.id
       JOIN escalation e ON e.id = s.escalation_id
       JOIN team t ON t.id = s.team_id
       JOIN procedure_version pv ON pv.id = e.procedure_version_id`,
    [limit],
  );
  if (!stints.length) return { refreshed: 0, days: [] };
  const calendars = (await sql<NamedCalendar>(`SELECT id, name, definition FROM calendar`)).map((c) => ({
    ...c,
    definition: CalendarSchema.parse(c.definition),
  }));
  // Only a stint that was paused needs its escalation's pauses: most never were.
  const pauses = await pausesOf(
    sql,
    stints.filter((s) => s.paused_seconds > 0).map((s) => s.escalation_id),
  );
  const counted = stints.map((stint) => {
    const target = { calendar: stint.target_calendar ?? AROUND_THE_CLOCK };
    const { definition } = calendarFor(target, stint.team_calendar_id, calendars);
    return stayWorkingTime(
      definition,
      { enteredAt: stint.entered_at, leftAt: stint.left_at, firstResponseAt: stint.first_response_at },
      pauses.get(stint.escalation_id) ?? [],
    );
  });
  // Business time already there (written by an import, say) is kept; the moves are read off the escalation's ladder.
  await sql(
    `UPDATE level_stint s
        SET business_seconds = coalesce(s.business_seconds, c.seconds),
            business_waiting_seconds = coalesce(s.business_waiting_seconds, c.waiting),
            previous_level = m.previous_level, previous_exit = m.previous_exit, earlier_exit = m.earlier_exit,
            next_level = m.next_level, refreshed_at = now()
       FROM unnest($1::bigint[], $2::float8[], $3::float8[]) AS c (id, seconds, waiting)
       JOIN (SELECT st.id, lag(st.level) OVER ladder AS previous_level, lag(st.exit) OVER ladder AS previous_exit,
                    lag(st.exit, 2) OVER ladder AS earlier_exit, lead(st.level) OVER ladder AS next_level
               FROM level_stint st WHERE st.escalation_id = ANY ($4::uuid[])
             WINDOW ladder AS (PARTITION BY st.escalation_id ORDER BY st.entered_at, st.id)) m ON m.id = c.id
      WHERE s.id = c.id`,
    [
      stints.map((s) => s.id),
      counted.map((c) => c.seconds),
      counted.map((c) => c.waitingSeconds),
      [...new Set(stints.map((s) => s.escalation_id))],
    ],
  );
  return { refreshed: stints.length, days: [...new Set(stints.map((s) => s.left_at.toISOString().slice(0, 10)))] };
}

/** Each escalation's waiting periods as [from, to) in epoch ms; one still going on ends at the far future. */
async function pausesOf(sql: SqlQuery, escalationIds: string[]): Promise<Map<string, (readonly [number, number])[]>> {
  const events = await sql<PauseEvent>(
    `SELECT escalation_id, type, at FROM escalation_event
      WHERE escalation_id = ANY ($1::uuid[]) AND type IN ('wait', 'resume')
      ORDER BY escalation_id, at, id`,
    [[...new Set(escalationIds)]],
  );
  const byEscalation = new Map<string, PauseEvent[]>();
  for (const event of events)
    byEscalation.set(event.escalation_id, [...(byEscalation.get(event.escalation_id) ?? []), event]);
  const pauses = new Map<string, (readonly [number, number])[]>();
  for (const [id, own] of byEscalation) {
    const periods = waitingPeriods(own.map((e) => ({ type: e.type, at: e.at, visibility: 'internal' as const })));
    pauses.set(
      id,
      periods.map((p) => [p.from.getTime(), p.to?.getTime() ?? Number.MAX_SAFE_INTEGER] as const),
    );
  }
  return pauses;
}
