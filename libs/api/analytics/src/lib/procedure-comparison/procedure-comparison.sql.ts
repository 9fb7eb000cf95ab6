import type { Severity, TimeBasis } from '@ladder/contracts';
import { OPENED_WHERE, STINT_BUSINESS_SECONDS, STINT_WALL_SECONDS } from '../report-filters';
import { FINISHED, resolutionOver, responseOver } from '../sla-breaches.sql';

const SECONDS: Record<TimeBasis, string> = { wall: STINT_WALL_SECONDS, business: STINT_BUSINESS_SECONDS };

/**
 * One side's observations, one row per finished escalation (resolved or closed) opened in [$1, $2) that the filters
 * keep ($3..$8; $8 names the side's procedure version in a comparison of versions, and $1, $2 are then -infinity and
 * infinity):
 * - whether it missed its response and resolution targets, as the SLA-breach report counts them. Both read only the
 *   escalation's own times, and a finished escalation is resolved, so `now()` is never reached for;
 * - the seconds it spent at each level it stayed at (its finished stays there summed, paused time excluded) on the
 *   wall clock or its SLA calendar, and their sum, its time on the ladder;
 * - the overall satisfaction (1..5) of each survey response about it.
 *
 * Stays and invitations come after the opening (creation enters the first stay; invitations follow a resolution), so
 * those of escalations opened from $1 on are read through the indexes on when they were entered or created, not
 * the whole tables.
 */
export function comparisonSideSql(basis: TimeBasis): string {
  return `
  WITH population AS MATERIALIZED (
    SELECT e.id, e.severity, e.category, e.created_at,
           ${responseOver('e', 'now()')} > 0 AS response_breached,
           ${resolutionOver('e', 'now()')} > 0 AS resolution_breached
      FROM escalation e
     WHERE e.status IN ${FINISHED} AND e.resolved_at IS NOT NULL AND ${OPENED_WHERE}),
  level_time AS (
    SELECT s.escalation_id, s.level, sum(${SECONDS[basis]}) AS seconds
      FROM population p JOIN level_stint s ON s.escalation_id = p.id
     WHERE s.entered_at >= $1 AND s.left_at IS NOT NULL
     GROUP BY s.escalation_id, s.level),
  ladder AS (
    SELECT escalation_id, array_agg(level ORDER BY level) AS levels, array_agg(seconds ORDER BY level) AS seconds,
           sum(seconds) AS total_seconds
      FROM level_time GROUP BY escalation_id),
  scores AS (
    SELECT i.escalation_id, array_agg(r.overall ORDER BY r.overall) AS scores
      FROM population p
      JOIN survey_invitation i ON i.escalation_id = p.id
      JOIN survey_response r ON r.invitation_id = i.id
     WHERE i.created_at >= $1 AND r.overall IS NOT NULL
     GROUP BY i.escalation_id)
  SELECT p.severity, p.category, p.response_breached, p.resolution_breached,
         to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS opened,
         coalesce(l.levels, '{}') AS levels, coalesce(l.seconds, '{}') AS level_seconds, l.total_seconds,
         coalesce(s.scores, '{}') AS scores
    FROM population p
    LEFT JOIN ladder l ON l.escalation_id = p.id
    LEFT JOIN scores s ON s.escalation_id = p.id`;
}

export interface ComparisonSideRow {
  severity: Severity;
  category: string;
  response_breached: boolean;
  resolution_breached: boolean;
  /** The UTC day it was opened, YYYY-MM-DD. */
  opened: string;
  /** Levels it stayed at, ascending, with its seconds at each. */
  levels: number[];
  level_seconds: number[];
  /** Null only for an escalation without a finished stay (none in a consistent history). */
  total_seconds: number | null;
  scores: number[];
}
