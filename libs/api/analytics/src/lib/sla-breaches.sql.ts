import type { Severity } from '@ladder/contracts';
import { OPENED_WHERE, STINT_BUSINESS_SECONDS } from './report-filters';

/**
 * Common table expressions ending in `breaches`: one row per escalation the filters keep ($1..$8), with by how many
 * seconds it ran over each target at now ($9); over 0 is a breach (see BREACH_KINDS in contracts). Also `level_time`
 * (seconds per escalation x level) and `top_level` (the level with the most of them, the lower one on a tie).
 *
 * Simplifications against the live clocks (libs/domain escalation-clocks): the due times are the stored ones, as the
 * scheduler last set them; a resolution without acknowledgement stops the response clock (the scheduler no longer
 * watches a resolved escalation); the budget of a stay is the one of its own level (the live clock watches the current
 * level only), the resolution target when the version has no budget for it; the update cadence counts wall-clock
 * time over every unresolved span, where the live clock counts on the severity's calendar from the last update only.
 */
export const BREACH_CTES = `
  population AS (
    SELECT e.id, e.created_at, e.severity, e.team_id, e.acknowledged_at, e.resolved_at, e.response_due_at,
           e.resolution_due_at, pv.definition -> 'levels' AS levels, target.resolution_minutes,
           target.update_cadence_minutes
      FROM escalation e
      JOIN procedure_version pv ON pv.id = e.procedure_version_id
      CROSS JOIN LATERAL (
        SELECT (t ->> 'resolutionMinutes')::float8 AS resolution_minutes,
               (t ->> 'updateCadenceMinutes')::float8 AS update_cadence_minutes
          FROM jsonb_array_elements(pv.definition -> 'severities') t WHERE t ->> 'severity' = e.severity) target
     WHERE ${OPENED_WHERE}),
  stint AS (
    SELECT s.escalation_id, s.level,
           coalesce(${STINT_BUSINESS_SECONDS},
                    date_part('epoch', $9::timestamptz - s.entered_at) - s.paused_seconds
                      - coalesce(date_part('epoch', $9::timestamptz - s.paused_since), 0)) AS seconds,
           60 * coalesce((jsonb_path_query_first(p.levels, '$[*] ? (@.level == $l).budgetMinutes',
                                                 jsonb_build_object('l', s.level)) ->> p.severity)::float8,
                         p.resolution_minutes) AS budget_seconds
      FROM level_stint s JOIN population p ON p.id = s.escalation_id),
  level_time AS (
    SELECT escalation_id, level, sum(seconds) AS seconds FROM stint GROUP BY escalation_id, level),
  top_level AS (
    SELECT DISTINCT ON (escalation_id) escalation_id, level, seconds
      FROM level_time ORDER BY escalation_id, seconds DESC, level),
  unresolved AS (
    SELECT p.id AS escalation_id, r.started_at,
           coalesce((SELECT min(x.at) FROM escalation_event x
                      WHERE x.escalation_id = p.id AND x.type = 'resolve' AND x.at >= r.started_at),
                    p.resolved_at, $9::timestamptz) AS ended_at
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
  breaches AS (
    SELECT p.id, p.created_at, p.severity, p.team_id,
           date_part('epoch', coalesce(p.acknowledged_at, p.resolved_at, $9::timestamptz) - p.response_due_at)
             AS response_over,
           date_part('epoch', coalesce(p.resolved_at, $9::timestamptz) - p.resolution_due_at) AS resolution_over,
           lb.seconds AS level_budget_over,
           lg.seconds - 60 * p.update_cadence_minutes AS update_cadence_over
      FROM population p
      LEFT JOIN worst_stay lb ON lb.escalation_id = p.id
      LEFT JOIN longest_gap lg ON lg.escalation_id = p.id)`;

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

/** Escalations and breaches per bucket of opening ($10: day, week or month, UTC) x severity x team now. */
export const BREACH_CELLS_SQL = `
  WITH ${BREACH_CTES}
  SELECT to_char(date_trunc($10::text, b.created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS bucket_start,
         b.severity, b.team_id, t.name AS team_name, count(*)::int AS escalations,
         count(*) FILTER (WHERE b.response_over > 0)::int AS response,
         count(*) FILTER (WHERE b.resolution_over > 0)::int AS resolution,
         count(*) FILTER (WHERE b.level_budget_over > 0)::int AS level_budget,
         count(*) FILTER (WHERE b.update_cadence_over > 0)::int AS update_cadence
    FROM breaches b JOIN team t ON t.id = b.team_id
   GROUP BY 1, b.severity, b.team_id, t.name
   ORDER BY 1, b.severity, t.name`;

export interface BreachTimeRow {
  level: number;
  escalations: number;
  hours: number;
}

/** Resolution-breached escalations by the level that took most of their time, with the hours they spent there. */
export const BREACH_TIME_BY_LEVEL_SQL = `
  WITH ${BREACH_CTES}
  SELECT l.level, count(*)::int AS escalations, sum(l.seconds) / 3600 AS hours
    FROM breaches b JOIN top_level l ON l.escalation_id = b.id
   WHERE b.resolution_over > 0
   GROUP BY l.level ORDER BY l.level`;
