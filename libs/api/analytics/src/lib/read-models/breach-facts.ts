import type { SqlQuery } from '@ladder/api/demo-data';
import { breachCounts, FINISHED, liveBreachCtes, POPULATION_COLUMNS } from '../sla-breaches.sql';
import type { Transact } from './read-model-refresh';

/** Escalations settled per transaction: their rows stay locked for well under a second. */
const BATCH = 1000;

const FACT_COLUMNS = `id, created_at, severity, team_id, category, affected_service, level, procedure_version_id,
  levels, response_over, resolution_over, level_budget_over, update_cadence_over, top_level, top_level_seconds`;

/**
 * The SLA-breach read model (tables in the migration EscalationBreachFacts): per finished escalation its breach facts,
 * computed by the report's own live SQL once its figures no longer read now, and their daily sums. Triggers on the
 * escalation queue every escalation that finishes, is reopened or changes while finished; this works the queue off:
 * facts written (or removed, for one no longer finished) and the days they were opened on summed again.
 * Returns how many escalations it settled.
 */
export async function refreshBreachFacts(transact: Transact): Promise<number> {
  let settled = 0;
  for (;;) {
    const batch = await transact(settleBatch);
    if (!batch) return settled;
    settled += batch;
  }
}

/** Computes the facts of every finished escalation again, after the stints were rebuilt; returns how many. */
export async function rebuildBreachFacts(transact: Transact): Promise<number> {
  await transact(async (sql) => {
    await sql(`DELETE FROM escalation_breach_daily`);
    await sql(`DELETE FROM escalation_breach`);
    await sql(`INSERT INTO escalation_breach_pending (escalation_id, created_at)
               SELECT id, created_at FROM escalation WHERE status IN ${FINISHED}
               ON CONFLICT (escalation_id) DO NOTHING`);
  });
  return refreshBreachFacts(transact);
}

/**
 * The next queued escalations that can be settled, in order of opening so that the facts of a period lie together:
 * those no longer finished, and the finished ones whose figures no longer read now (resolved, every stint's business
 * time counted). Their escalation rows stay locked until the transaction ends, so a change meanwhile waits and then
 * queues them again; rows another transaction holds are left for later.
 */
async function settleBatch(sql: SqlQuery): Promise<number> {
  const batch = await sql<{ id: string }>(
    `SELECT q.escalation_id AS id
       FROM escalation_breach_pending q JOIN escalation e ON e.id = q.escalation_id
      WHERE e.status NOT IN ${FINISHED}
         OR (e.resolved_at IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM level_stint s WHERE s.escalation_id = e.id AND s.business_seconds IS NULL))
      ORDER BY q.created_at
      LIMIT $1
        FOR UPDATE OF q SKIP LOCKED
        FOR SHARE OF e SKIP LOCKED`,
    [BATCH],
  );
  const ids = batch.map((row) => row.id);
  if (!ids.length) return 0;
  const gone = await sql<{ day: string }>(
    `WITH gone AS (DELETE FROM escalation_breach WHERE id = ANY ($1::uuid[]) RETURNING created_at)
     SELECT DISTINCT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day FROM gone`,
    [ids],
  );
  // `now` is never read for these (see above), so any time gives the same figures.
  const finished = `SELECT ${POPULATION_COLUMNS} FROM escalation e WHERE e.id = ANY ($1::uuid[]) AND e.status IN ${FINISHED}`;
  const added = await sql<{ day: string }>(
    `WITH ${liveBreachCtes(finished, 'now()')},
     added AS (
       INSERT INTO escalation_breach (${FACT_COLUMNS})
       SELECT b.id, b.created_at, b.severity, b.team_id, b.category, b.affected_service, b.level,
              b.procedure_version_id, r.levels, b.response_over, b.resolution_over, b.level_budget_over,
              b.update_cadence_over, b.top_level, b.top_level_seconds
         FROM live_breach b JOIN reached r ON r.escalation_id = b.id
       RETURNING created_at)
     SELECT DISTINCT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day FROM added`,
    [ids],
  );
  await sql(`DELETE FROM escalation_breach_pending WHERE escalation_id = ANY ($1::uuid[])`, [ids]);
  await sumDays(sql, [...new Set([...gone, ...added].map((row) => row.day))]);
  return ids.length;
}

/** Writes the daily sums of the given UTC days (YYYY-MM-DD) again from their facts. */
async function sumDays(sql: SqlQuery, days: readonly string[]): Promise<void> {
  await sql(`DELETE FROM escalation_breach_daily WHERE day = ANY ($1::date[])`, [days]);
  await sql(
    `INSERT INTO escalation_breach_daily (day, severity, team_id, procedure_version_id, levels, breach_level,
       escalations, response, resolution, level_budget, update_cadence, breach_seconds)
     SELECT c.opened::date, c.severity, c.team_id, c.procedure_version_id, c.levels, coalesce(c.breach_level, 0),
            sum(c.escalations), sum(c.response), sum(c.resolution), sum(c.level_budget), sum(c.update_cadence),
            sum(c.breach_seconds)
       FROM unnest($1::date[]) d (day)
       CROSS JOIN LATERAL (
         SELECT ${breachCounts('f')}, f.procedure_version_id, f.levels
           FROM escalation_breach f
          WHERE f.created_at >= d.day::timestamp AT TIME ZONE 'UTC'
            AND f.created_at < (d.day + 1)::timestamp AT TIME ZONE 'UTC') c
      GROUP BY 1, c.severity, c.team_id, c.procedure_version_id, c.levels, 6`,
    [days],
  );
}
