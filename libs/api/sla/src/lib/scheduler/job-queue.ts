import type { EntityManager } from 'typeorm';

export interface ClaimedJob {
  id: string;
  kind: 'event' | 'deadline' | 'recompute';
  escalation_id: string;
  payload: { eventId?: string };
  attempts: number;
}

/**
 * Claims up to `limit` due jobs and deletes them, in the caller's transaction; a rollback puts them back. Job rows
 * another worker holds are skipped (SKIP LOCKED), so each job runs once however many instances run. Each job's
 * escalation is also taken with a transaction-scoped advisory lock, so two workers never plan one escalation at
 * the same time; an advisory lock, not a row lock, so people acting on the escalation never wait for a batch.
 */
export async function claimDueJobs(m: EntityManager, now: Date, limit: number): Promise<ClaimedJob[]> {
  // As a CTE so the driver hands back the rows (a bare DELETE ... RETURNING comes back as [rows, count]).
  return m.query(
    `WITH claimed AS (
       DELETE FROM job WHERE id IN (
         SELECT j.id FROM job j
          WHERE j.run_at <= $1 AND pg_try_advisory_xact_lock(hashtextextended(j.escalation_id::text, 0))
          ORDER BY j.run_at LIMIT $2
            FOR UPDATE SKIP LOCKED)
       RETURNING id, kind, escalation_id, payload, attempts)
     SELECT * FROM claimed`,
    [now, limit],
  );
}

/**
 * The next look at each escalation: one deadline job per escalation, moved, created or removed. A job already due
 * when it should be, with no failure on it, is left as it is.
 */
export async function scheduleDeadlines(m: EntityManager, next: ReadonlyMap<string, Date | null>): Promise<void> {
  const due = [...next].filter((entry): entry is [string, Date] => entry[1] !== null);
  const none = [...next].filter(([, at]) => at === null).map(([id]) => `deadline:${id}`);
  if (due.length) {
    await m.query(
      `INSERT INTO job (kind, key, escalation_id, run_at)
       SELECT 'deadline', 'deadline:' || id, id, at FROM unnest($1::uuid[], $2::timestamptz[]) AS d(id, at)
       ON CONFLICT (key) DO UPDATE SET run_at = excluded.run_at, attempts = 0, last_error = NULL
       WHERE (job.run_at, job.attempts, job.last_error) IS DISTINCT FROM (excluded.run_at, 0, NULL::text)`,
      [due.map(([id]) => id), due.map(([, at]) => at)],
    );
  }
  if (none.length) await m.query(`DELETE FROM job WHERE key = ANY ($1::text[])`, [none]);
}

/** Looks at the given escalations again as soon as a worker is free (after a calendar or target change). */
export async function recomputeSoon(m: EntityManager, escalationIds: readonly string[], now: Date): Promise<void> {
  await scheduleDeadlines(m, new Map(escalationIds.map((id) => [id, now])));
}

/**
 * Asks for one more look at each escalation without touching its deadline job, which a worker may hold: a request
 * made while one is pending is covered by it, and the scheduler never waits on the caller's transaction (callers
 * that touch many escalations at a time, like alert intake, would otherwise deadlock with it).
 */
export async function requestRecompute(m: EntityManager, escalationIds: readonly string[], now: Date): Promise<void> {
  if (!escalationIds.length) return;
  await m.query(
    `INSERT INTO job (kind, key, escalation_id, run_at)
     SELECT 'recompute', 'recompute:' || id, id, $2 FROM unnest($1::uuid[]) AS id ORDER BY id
     ON CONFLICT (key) DO NOTHING`,
    [[...escalationIds].sort(), now],
  );
}

const MAX_BACKOFF_MS = 3_600_000;

/** Puts failed jobs back with a growing delay and the error, so one bad escalation cannot stall the rest. */
export async function retryLater(
  m: EntityManager,
  jobs: readonly ClaimedJob[],
  now: Date,
  error: string,
): Promise<void> {
  for (const job of jobs) {
    const delay = Math.min(1000 * 2 ** job.attempts, MAX_BACKOFF_MS);
    const key = job.kind === 'event' ? `event:${job.payload.eventId}` : `deadline:${job.escalation_id}`;
    await m.query(
      `INSERT INTO job (kind, key, escalation_id, run_at, payload, attempts, last_error)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (key) DO UPDATE SET attempts = excluded.attempts, last_error = excluded.last_error`,
      [job.kind, key, job.escalation_id, new Date(now.getTime() + delay), job.payload, job.attempts + 1, error],
    );
  }
}
