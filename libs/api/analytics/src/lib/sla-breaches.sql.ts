import type { Severity } from '@ladder/contracts';
import { OPENED_WHERE, STINT_BUSINESS_SECONDS } from './report-filters';

/*
 * How the report stays fast on millions of escalations with the live computation's figures:
 * - `liveBreachCtes` is the one computation of an escalation's breaches, per population; targets and budgets come from
 *   the procedure versions once, stints and events through indexes per escalation, so it costs what its population has.
 * - A finished escalation's figures no longer move, so the refresher stores them once computed by that same SQL
 *   (read-models/breach-facts.ts): per escalation, and summed per day of opening (the report reads those sums unless
 *   a category or service filter asks for single escalations).
 * - Triggers queue an escalation whose facts are missing or out of date in the transaction that finishes, reopens or
 *   changes it; the report takes queued facts out again and computes the queued and unfinished escalations live, so
 *   it is exact at any moment, however far behind the refresher is.
 * - Both tables of the report come from one statement, so the live part is computed once per report.
 */

/** Statuses after which an escalation's breach figures no longer move with time. */
export const FINISHED = `('resolved', 'closed')`;

/**
 * By how many seconds escalation `alias` ran over its response target at the time `now` (over 0 is a breach, see
 * BREACH_KINDS in contracts): to its acknowledgement, else its resolution, else now. Its own row's times only.
 */
export const responseOver = (alias: string, now: string) =>
  `date_part('epoch', coalesce(${alias}.acknowledged_at, ${alias}.resolved_at, ${now}) - ${alias}.response_due_at)`;

/** By how many seconds escalation `alias` ran over its resolution target at the time `now`: its own row's times only. */
export const resolutionOver = (alias: string, now: string) =>
  `date_part('epoch', coalesce(${alias}.resolved_at, ${now}) - ${alias}.resolution_due_at)`;

/** The columns of escalation `e` the live computation reads. */
export const POPULATION_COLUMNS = `e.id, e.created_at, e.severity, e.team_id, e.category, e.affected_service, e.level,
  e.procedure_version_id, e.acknowledged_at, e.resolved_at, e.response_due_at, e.resolution_due_at`;

/**
 * Common table expressions ending in `live_breach`: for the escalations `escalations` selects (POPULATION_COLUMNS of
 * escalation rows `e`), by how many
 * seconds each ran over each target at the time `now` (over 0 is a breach, see BREACH_KINDS in contracts), with the
 * columns the report filters read, and the level that took most of its time (`top_level`, the lower one on a tie)
 * with the seconds it spent there; `reached`: the levels each reached, its current one included.
 *
 * Simplifications against the live clocks (libs/domain escalation-clocks): the due times are the stored ones, as the
 * scheduler last set them; a resolution without acknowledgement stops the response clock (the scheduler no longer
 * watches a resolved escalation); the budget of a stay is the one of its own level (the live clock watches the current
 * level only), the resolution target when the version has no budget for it; the update cadence counts wall-clock
 * time over every unresolved span, where the live clock counts on the severity's calendar from the last update only.
 *
 * Cost: targets and budgets are read from the few procedure versions once (`breach_target`, `level_budget`), not
 * per stint; stints and events are reached through the escalations' indexes, so the work grows with the population.
 */
export function liveBreachCtes(escalations: string, now: string): string {
  return `
  breach_target AS MATERIALIZED (
    SELECT pv.id AS procedure_version_id, t ->> 'severity' AS severity,
           (t ->> 'resolutionMinutes')::float8 AS resolution_minutes,
           (t ->> 'updateCadenceMinutes')::float8 AS update_cadence_minutes
      FROM procedure_version pv CROSS JOIN jsonb_array_elements(pv.definition -> 'severities') t),
  level_budget AS (
    SELECT DISTINCT ON (pv.id, (l.rung ->> 'level')::int)
           pv.id AS procedure_version_id, (l.rung ->> 'level')::int AS level, l.rung -> 'budgetMinutes' AS minutes
      FROM procedure_version pv
      CROSS JOIN jsonb_array_elements(pv.definition -> 'levels') WITH ORDINALITY AS l (rung, n)
     ORDER BY pv.id, (l.rung ->> 'level')::int, l.n),
  population AS (
    SELECT e.*, t.resolution_minutes, t.update_cadence_minutes
      FROM (${escalations}) e
      JOIN breach_target t ON t.procedure_version_id = e.procedure_version_id AND t.severity = e.severity),
  stint AS (
    SELECT s.escalation_id, s.level,
           coalesce(${STINT_BUSINESS_SECONDS},
                    date_part('epoch', ${now} - s.entered_at) - s.paused_seconds
                      - coalesce(date_part('epoch', ${now} - s.paused_since), 0)) AS seconds,
           60 * coalesce((b.minutes ->> p.severity)::float8, p.resolution_minutes) AS budget_seconds
      FROM population p
      JOIN level_stint s ON s.escalation_id = p.id
      LEFT JOIN level_budget b ON b.procedure_version_id = p.procedure_version_id AND b.level = s.level),
  level_time AS (
    SELECT escalation_id, level, sum(seconds) AS seconds FROM stint GROUP BY escalation_id, level),
  top_level AS (
    SELECT DISTINCT ON (escalation_id) escalation_id, level, seconds
      FROM level_time ORDER BY escalation_id, seconds DESC, level),
  reached AS (
    SELECT escalation_id, array_agg(DISTINCT level ORDER BY level) AS levels
      FROM (SELECT id AS escalation_id, level FROM population UNION ALL SELECT escalation_id, level FROM stint) r
     GROUP BY escalation_id),
  unresolved AS (
    SELECT p.id AS escalation_id, r.started_at,
           coalesce((SELECT min(x.at) FROM escalation_event x
                      WHERE x.escalation_id = p.id AND x.type = 'resolve' AND x.at >= r.started_at),
                    p.resolved_at, ${now}) AS ended_at
      FROM population p
      CROSS JOIN LATERAL (
        SELECT p.created_at AS started_at
        UNION ALL
        SELECT x.at FROM escalation_event x WHERE x.escalation_id = p.id AND x.type = 'reopen') r),
  update_mark AS (
    SELECT escalation_id, started_at, started_at AS at FROM unresolved
    UNION ALL
    SELECT u.escalation_id, u.started_at, x.at
      FROM unresolved u
      JOIN escalation_event x ON x.escalation_id = u.escalation_id AND x.type = 'stakeholder-update'
       AND x.visibility = 'public' AND x.at > u.started_at AND x.at < u.ended_at
    UNION ALL
    SELECT escalation_id, started_at, ended_at FROM unresolved),
  update_gap AS (
    SELECT escalation_id,
           date_part('epoch', at - lag(at) OVER (PARTITION BY escalation_id, started_at ORDER BY at)) AS seconds
      FROM update_mark),
  worst_stay AS (
    SELECT escalation_id, max(seconds - budget_seconds) AS seconds FROM stint GROUP BY escalation_id),
  longest_gap AS (
    SELECT escalation_id, max(seconds) AS seconds FROM update_gap GROUP BY escalation_id),
  live_breach AS (
    SELECT p.id, p.created_at, p.severity, p.team_id, p.category, p.affected_service, p.level, p.procedure_version_id,
           ${responseOver('p', now)} AS response_over,
           ${resolutionOver('p', now)} AS resolution_over,
           lb.seconds AS level_budget_over,
           lg.seconds - 60 * p.update_cadence_minutes AS update_cadence_over,
           tl.level AS top_level, tl.seconds AS top_level_seconds
      FROM population p
      LEFT JOIN worst_stay lb ON lb.escalation_id = p.id
      LEFT JOIN longest_gap lg ON lg.escalation_id = p.id
      LEFT JOIN top_level tl ON tl.escalation_id = p.id)`;
}

/**
 * The escalations the filters keep ($1..$8) whose figures are computed live: those not finished (found through the
 * small partial index of active escalations) and the finished ones whose facts are missing or out of date.
 */
const LIVE_ESCALATIONS = `
  SELECT ${POPULATION_COLUMNS} FROM escalation e WHERE e.status NOT IN ${FINISHED} AND ${OPENED_WHERE}
  UNION ALL
  SELECT ${POPULATION_COLUMNS} FROM escalation_breach_pending q JOIN escalation e ON e.id = q.escalation_id
   WHERE q.created_at >= $1 AND q.created_at < $2 AND e.status IN ${FINISHED} AND ${OPENED_WHERE}`;

const LIVE_CTES = liveBreachCtes(LIVE_ESCALATIONS, '$9::timestamptz');

/** What the report reads of one escalation's breaches, as `escalation_breach` keeps them and `live_breach` computes. */
const BREACH_COLUMNS = `id, created_at, severity, team_id, response_over, resolution_over, level_budget_over,
  update_cadence_over, top_level, top_level_seconds`;

/**
 * Common table expressions ending in `breach`: one row per escalation the filters keep ($1..$8), with by how many
 * seconds it ran over each target at now ($9) and the level that took most of its time. A finished escalation's
 * figures no longer change, so they are read from the facts the refresher stored (read-models/breach-facts.ts; the
 * filter columns are copied there, so `OPENED_WHERE` applies to them as to the escalation); the others, and the
 * finished ones queued because their facts are missing or out of date, are computed live. The triggers that queue
 * them do so in the transaction that changes the escalation, so the figures are the live computation's at any moment.
 */
export const BREACH_CTES = `${LIVE_CTES},
  breach AS (
    SELECT ${BREACH_COLUMNS} FROM escalation_breach e
     WHERE ${OPENED_WHERE} AND NOT EXISTS (SELECT 1 FROM escalation_breach_pending q WHERE q.escalation_id = e.id)
    UNION ALL
    SELECT ${BREACH_COLUMNS} FROM live_breach)`;

/**
 * One escalation's part in the report's sums, from its breach row `alias`; `sign` -1 takes it out again. Its
 * `breach_level` is the level that took most of its time if it missed its resolution target (else null).
 */
export function breachCounts(alias: string, sign: 1 | -1 = 1): string {
  const missed = (over: string) => `${sign} * (${alias}.${over} > 0 IS TRUE)::int`;
  const breachLevel = `CASE WHEN ${alias}.resolution_over > 0 THEN ${alias}.top_level END`;
  return `${alias}.created_at AT TIME ZONE 'UTC' AS opened, ${alias}.severity, ${alias}.team_id,
    ${sign} AS escalations, ${missed('response_over')} AS response, ${missed('resolution_over')} AS resolution,
    ${missed('level_budget_over')} AS level_budget, ${missed('update_cadence_over')} AS update_cadence,
    ${breachLevel} AS breach_level,
    CASE WHEN ${breachLevel} IS NOT NULL THEN ${sign} * ${alias}.top_level_seconds ELSE 0 END AS breach_seconds`;
}

/** The filters ($3..$8) over daily rows or facts `alias`: levels reached, and never a category or service. */
const DAILY_WHERE = (alias: string) => `($3::text[] IS NULL OR ${alias}.severity = ANY ($3::text[]))
  AND ($4::uuid[] IS NULL OR ${alias}.team_id = ANY ($4::uuid[]))
  AND $5::text[] IS NULL AND $6::text[] IS NULL
  AND ($7::int[] IS NULL OR ${alias}.levels && $7::int[])
  AND ($8::uuid[] IS NULL OR ${alias}.procedure_version_id = ANY ($8::uuid[]))`;

/**
 * `counted`: rows whose sums are the report's figures. From the daily sums of the facts (whole UTC days: $1 and $2 are
 * midnights), less the facts queued as out of date, plus the live part; or, when the filters name a category or
 * service, which the daily sums do not keep, one row per escalation.
 */
function countedCtes(fromDaily: boolean): string {
  if (!fromDaily) return `${BREACH_CTES}, counted AS (SELECT ${breachCounts('b')} FROM breach b)`;
  return `${LIVE_CTES},
  counted AS (
    SELECT d.day::timestamp AS opened, d.severity, d.team_id, d.escalations, d.response, d.resolution,
           d.level_budget, d.update_cadence, nullif(d.breach_level, 0) AS breach_level, d.breach_seconds
      FROM escalation_breach_daily d
     WHERE d.day >= ($1::timestamptz AT TIME ZONE 'UTC')::date AND d.day < ($2::timestamptz AT TIME ZONE 'UTC')::date
       AND ${DAILY_WHERE('d')}
    UNION ALL
    SELECT ${breachCounts('f', -1)}
      FROM escalation_breach_pending q
      -- One lookup per queued escalation: the LIMIT keeps the planner from reading the period's facts to join them.
      CROSS JOIN LATERAL (SELECT * FROM escalation_breach f WHERE f.id = q.escalation_id LIMIT 1) f
     WHERE f.created_at >= $1 AND f.created_at < $2 AND ${DAILY_WHERE('f')}
    UNION ALL
    SELECT ${breachCounts('b')} FROM live_breach b)`;
}

/** Whether the daily sums answer the filters: they keep no category or affected service. */
export function breachesFromDaily(query: { category?: unknown; affectedService?: unknown }): boolean {
  return !query.category && !query.affectedService;
}

export interface BreachCellRow {
  bucket_start: string;
  severity: Severity;
  team_id: string;
  team_name: string;
  escalations: number;
  response: number;
  resolution: number;
  level_budget: number;
  update_cadence: number;
}

export interface BreachTimeRow {
  level: number;
  escalations: number;
  hours: number;
}

export interface BreachReportRow {
  cells: BreachCellRow[];
  levels: BreachTimeRow[];
}

/**
 * The report's two tables in one statement (JSON arrays), so that the live part is computed once. `cells`:
 * escalations and breaches per bucket of opening ($10: day, week or month, UTC) x severity x team now, counted per
 * bucket first and labelled after; `levels`: resolution-breached escalations by the level that took most of their
 * time, with the hours they spent there.
 */
export const breachReportSql = (fromDaily: boolean) => `
  WITH ${countedCtes(fromDaily)},
  cell AS (
    SELECT date_trunc($10::text, opened) AS bucket, severity, team_id, sum(escalations)::int AS escalations,
           sum(response)::int AS response, sum(resolution)::int AS resolution,
           sum(level_budget)::int AS level_budget, sum(update_cadence)::int AS update_cadence
      FROM counted GROUP BY 1, severity, team_id HAVING sum(escalations) <> 0)
  SELECT (SELECT coalesce(json_agg(row ORDER BY row.bucket_start, row.severity, row.team_name), '[]')
            FROM (SELECT to_char(c.bucket, 'YYYY-MM-DD') AS bucket_start, c.severity, c.team_id, t.name AS team_name,
                         c.escalations, c.response, c.resolution, c.level_budget, c.update_cadence
                    FROM cell c JOIN team t ON t.id = c.team_id) row) AS cells,
         (SELECT coalesce(json_agg(row ORDER BY row.level), '[]')
            FROM (SELECT breach_level AS level, sum(escalations)::int AS escalations,
                         sum(breach_seconds) / 3600 AS hours
                    FROM counted WHERE breach_level IS NOT NULL
                   GROUP BY breach_level HAVING sum(escalations) <> 0) row) AS levels`;
