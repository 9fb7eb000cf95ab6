import type { DataSource } from 'typeorm';

/** One stay at a level: entered and left as ISO times (left null while open), paused minutes excluded. */
export interface Stay {
  level: number;
  team: string;
  entered: string;
  left: string | null;
  pausedMinutes?: number;
  firstResponse?: string;
  /** As the analytics refresher counts them on the SLA calendar; unset leaves them to count. */
  businessMinutes?: number;
  businessWaitingMinutes?: number;
}

const secondsOf = (minutes: number | undefined) => (minutes === undefined ? null : minutes * 60);

/**
 * An escalation of procedure version 1 with the given stays, written straight to the tables for report specs
 * (the workflow has its own). It is open at the first stay's level and team; returns its id.
 */
export async function insertEscalationWithStays(
  dataSource: DataSource,
  stays: readonly Stay[],
  severity = 'S1',
): Promise<string> {
  const [first] = stays;
  if (!first) throw new Error('no stays');
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO escalation (title, category, affected_service, impact, urgency, severity, status, level, team_id,
       procedure_version_id, source, created_at, updated_at, response_due_at, resolution_due_at)
     SELECT 'x', 'network', 'VPN', 'high', 'high', $4, 'open', $1, t.id, pv.id, 'api', $2, $2, $2, $2
       FROM team t, procedure_version pv WHERE t.name = $3 AND pv.version = 1
     RETURNING id`,
    [first.level, first.entered, first.team, severity],
  );
  if (!row) throw new Error(`no team ${first.team}`);
  for (const stay of stays) {
    await dataSource.query(
      `INSERT INTO level_stint (escalation_id, level, team_id, entered_at, left_at, exit, paused_seconds,
         first_response_at, business_seconds, business_waiting_seconds)
       SELECT $1, $2, t.id, $3, $4::timestamptz, CASE WHEN $4::timestamptz IS NULL THEN NULL ELSE 'escalated' END, $5,
              $7, $8, $9
         FROM team t WHERE t.name = $6`,
      [
        row.id,
        stay.level,
        stay.entered,
        stay.left,
        (stay.pausedMinutes ?? 0) * 60,
        stay.team,
        stay.firstResponse ?? null,
        secondsOf(stay.businessMinutes),
        secondsOf(stay.businessWaitingMinutes),
      ],
    );
  }
  return row.id;
}
