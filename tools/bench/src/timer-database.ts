import type { Client } from 'pg';

export const TIMER_TITLE = 'Timer bench';
/** S2 on 24x7 at L1: response and level budget of 30 minutes, so both warn 22.5 minutes after opening. */
export const WARNING_AFTER_MS = 22.5 * 60_000;

/**
 * Opens `count` S2 escalations at L1 whose response and level clocks warn at the given instants (one per
 * escalation, cycling), each with its created event and open stint, and a deadline job at its warning time.
 * Written set-based with the event trigger's follow-up suppressed, as an import would.
 */
export async function openTimedEscalations(
  client: Client,
  count: number,
  warnAt: (index: number) => Date,
): Promise<void> {
  const warnings = Array.from({ length: count }, (_, i) => warnAt(i));
  await client.query('BEGIN');
  try {
    await client.query(`SET LOCAL ladder.loading_history = 'on'`);
    await client.query(
      `WITH pv AS (SELECT id, (definition->'levels'->0->>'defaultTeamId')::uuid AS team_id FROM procedure_version
                   WHERE status = 'published' ORDER BY version DESC LIMIT 1),
       w AS (SELECT warn, ord FROM unnest($1::timestamptz[]) WITH ORDINALITY AS u(warn, ord)),
       e AS (
         INSERT INTO escalation (title, category, affected_service, impact, urgency, severity, status, level, team_id,
                                 procedure_version_id, source, created_at, updated_at, response_due_at, resolution_due_at,
                                 next_due_at)
         SELECT '${TIMER_TITLE} ' || w.ord, 'network', 'VPN', 'high', 'medium', 'S2', 'open', 1, pv.team_id, pv.id, 'api',
                w.warn - $2 * interval '1 millisecond', w.warn - $2 * interval '1 millisecond',
                w.warn + interval '7.5 minutes', w.warn + interval '457.5 minutes', w.warn + interval '7.5 minutes'
           FROM pv, w
         RETURNING id, team_id, created_at, next_due_at - interval '7.5 minutes' AS warn),
       ev AS (
         INSERT INTO escalation_event (escalation_id, type, at, to_status, to_level, team_id, channel)
         SELECT id, 'created', created_at, 'open', 1, team_id, 'api' FROM e),
       st AS (
         INSERT INTO level_stint (escalation_id, level, team_id, entered_at) SELECT id, 1, team_id, created_at FROM e)
       INSERT INTO job (kind, key, escalation_id, run_at) SELECT 'deadline', 'deadline:' || id, id, warn FROM e`,
      [warnings, WARNING_AFTER_MS],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/**
 * Whether a deadline job due by `at` has not run yet. EXISTS, not a count: the bench asks every 50 ms while it
 * measures, and counting a backlog of 100,000 jobs took a good share of the CPU it was measuring.
 */
export async function anyDueDeadline(client: Client, at: Date): Promise<boolean> {
  const { rows } = await client.query<{ due: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM job WHERE kind = 'deadline' AND run_at <= $1) AS due`,
    [at],
  );
  return rows[0]?.due ?? false;
}

/** Whether any job due now has not run yet, follow-ups (notifications, re-plans) included. */
export async function anyDueJob(client: Client): Promise<boolean> {
  const { rows } = await client.query<{ due: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM job WHERE run_at <= now()) AS due`,
  );
  return rows[0]?.due ?? false;
}

/** Milliseconds from each warning's due instant to the event recording it, for escalations opened after `since`. */
export async function warningDelays(client: Client, titleFrom: number): Promise<number[]> {
  const { rows } = await client.query<{ ms: number }>(
    `SELECT extract(epoch FROM ev.at - (ev.details->>'warningAt')::timestamptz) * 1000 AS ms
       FROM escalation_event ev JOIN escalation e ON e.id = ev.escalation_id
      WHERE ev.type = 'sla-warning' AND ev.details->>'clock' = 'response'
        AND e.title LIKE '${TIMER_TITLE} %' AND e.number > $1`,
    [titleFrom],
  );
  return rows.map((r) => Number(r.ms));
}

export async function lastNumber(client: Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`SELECT coalesce(max(number), 0) AS n FROM escalation`);
  return Number(rows[0]?.n ?? 0);
}
