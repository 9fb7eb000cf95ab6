import {
  ESCALATION_FILTERS,
  STINT_BUSINESS_SECONDS,
  STINT_LEFT_WHERE,
  STINT_OPEN_WHERE,
  STINT_WALL_SECONDS,
} from './report-filters';
import { OVER_BUDGET_SECONDS } from './read-models/stint-measures';

/*
 * The fragments below select over the shared filters $1..$8 (report-filters.ts); the report and the drill-down
 * (bottlenecks.drill.ts) both build on them, so a cell and its drill-down count the same rows.
 */

/**
 * Stays that left their level in the range with their counted seconds and the seconds past their budget (0 within it;
 * `greatest` ignores a null budget, so a stay without one is never over).
 */
export const STAYS_LEFT = `
  SELECT s.escalation_id, s.level, s.team_id, c.seconds, ${OVER_BUDGET_SECONDS} AS over_seconds
    FROM level_stint s
    JOIN escalation e ON e.id = s.escalation_id
   CROSS JOIN LATERAL (SELECT ${STINT_BUSINESS_SECONDS} AS seconds) c
   WHERE ${STINT_LEFT_WHERE}`;

/**
 * Stays that left their level in the range, with how (`exit`), the level moved to, and the level and exits of the two
 * stays before (null where there are none): the whole ladder of the escalation is read, whatever the filters keep.
 */
const MOVES = `
  SELECT s.escalation_id, s.level, s.team_id, s.exit, m.next_level, m.previous_level, m.previous_exit, m.earlier_exit
    FROM (SELECT st.id,
                 lead(st.level) OVER ladder AS next_level,
                 lag(st.level) OVER ladder AS previous_level,
                 lag(st.exit) OVER ladder AS previous_exit,
                 lag(st.exit, 2) OVER ladder AS earlier_exit
            FROM level_stint st
           WHERE st.escalation_id IN (
                   SELECT s.escalation_id FROM level_stint s JOIN escalation e ON e.id = s.escalation_id
                    WHERE ${STINT_LEFT_WHERE})
          WINDOW ladder AS (PARTITION BY st.escalation_id ORDER BY st.entered_at, st.id)) m
    JOIN level_stint s ON s.id = m.id
    JOIN escalation e ON e.id = s.escalation_id
   WHERE ${STINT_LEFT_WHERE}`;

/**
 * Round trips completed in the range: a stay escalated after the one before it was de-escalated, which itself had
 * arrived by an escalation. The level that sent the escalation back and the one it was sent back to.
 */
export const BOUNCES = `
  SELECT escalation_id, team_id, previous_level AS sent_back_from, level AS sent_back_to
    FROM (${MOVES}) moves
   WHERE exit = 'escalated' AND previous_exit = 'de-escalated' AND earlier_exit = 'escalated'`;

/** Escalations moved up past at least one level in the range (opening straight at a level is no move). */
export const SKIPS = `
  SELECT escalation_id, team_id, level AS from_level, next_level AS to_level
    FROM (${MOVES}) moves
   WHERE exit = 'escalated' AND next_level > level + 1`;

/** The p90 per level of the stays that left it in the range, whatever their team, wall-clock, pauses excluded. */
const LEVEL_P90_OF_STAYS = `
  SELECT s.level, percentile_cont(0.9) WITHIN GROUP (ORDER BY ${STINT_WALL_SECONDS}) AS p90_seconds
    FROM level_stint s JOIN escalation e ON e.id = s.escalation_id
   WHERE s.left_at >= $1 AND s.left_at < $2 AND ${ESCALATION_FILTERS}
   GROUP BY s.level`;

/**
 * Stays open now ($9) past their level's p90 (`levelP90`: rows of level and p90_seconds), both wall-clock, pauses
 * excluded (the running one too), as an open stay has no counted time yet.
 */
export function stuckStays(levelP90 = LEVEL_P90_OF_STAYS): string {
  return `
  SELECT s.escalation_id, s.level, s.team_id, a.seconds AS age_seconds, p.p90_seconds
    FROM level_stint s
    JOIN escalation e ON e.id = s.escalation_id
    JOIN (${levelP90}) p ON p.level = s.level
   CROSS JOIN LATERAL (
     SELECT date_part('epoch', $9::timestamptz - s.entered_at) - s.paused_seconds
            - coalesce(date_part('epoch', $9::timestamptz - s.paused_since), 0) AS seconds) a
   WHERE ${STINT_OPEN_WHERE} AND a.seconds > p.p90_seconds`;
}

export interface RankingRow {
  level: number;
  team_id: string;
  team_name: string;
  stints: number;
  over_budget_stints: number;
  hours_over_budget: number;
  total_hours: number;
  share_of_all_hours: number;
  p90_minutes: number;
}

/** Every (level, team) pair, most hours over budget first; the service keeps the first `limit`. */
export const RANKING_SQL = `
  WITH pairs AS (
    SELECT level, team_id, count(*)::int AS stints, count(*) FILTER (WHERE over_seconds > 0)::int AS over_budget_stints,
           sum(over_seconds) / 3600 AS hours_over_budget, sum(seconds) / 3600 AS total_hours,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) / 60 AS p90_minutes
      FROM (${STAYS_LEFT}) stays
     GROUP BY level, team_id)
  SELECT p.level, p.team_id, t.name AS team_name, p.stints, p.over_budget_stints, p.hours_over_budget, p.total_hours,
         coalesce(p.total_hours / nullif(sum(p.total_hours) OVER (), 0), 0) AS share_of_all_hours, p.p90_minutes
    FROM pairs p
    JOIN team t ON t.id = p.team_id
   ORDER BY p.hours_over_budget DESC, p.total_hours DESC, p.level, t.name`;

export interface OverBudgetRow {
  level: number;
  team_id: string;
  hours_over_budget: number;
}

/** Hours over budget per (level, team): the ranking's measure, for the previous period. */
export const OVER_BUDGET_SQL = `
  SELECT level, team_id, sum(over_seconds) / 3600 AS hours_over_budget
    FROM (${STAYS_LEFT}) stays
   GROUP BY level, team_id`;

export interface PingPongRow {
  /** Null on the total over all pairs. */
  sent_back_from: number | null;
  sent_back_to: number | null;
  escalations: number;
}

/**
 * Distinct escalations per pair, and over all pairs in the row whose levels are null (the empty grouping set), of
 * `bounces` (BOUNCES or the refreshed stints' record of them).
 */
export const pingPongSql = (bounces = BOUNCES) => `
  SELECT sent_back_from, sent_back_to, count(DISTINCT escalation_id)::int AS escalations
    FROM (${bounces}) bounces
   GROUP BY GROUPING SETS ((sent_back_from, sent_back_to), ())
   ORDER BY sent_back_from NULLS FIRST, sent_back_to`;

export interface SkipRow {
  from_level: number;
  to_level: number;
  moves: number;
}

export const skippedLevelsSql = (skips = SKIPS) => `
  SELECT from_level, to_level, count(*)::int AS moves
    FROM (${skips}) skips
   GROUP BY from_level, to_level
   ORDER BY from_level, to_level`;

export interface StuckPairRow {
  level: number;
  team_id: string;
  team_name: string;
  escalations: number;
  oldest_minutes: number;
  level_p90_minutes: number;
}

/** Stuck stays (`stuck`: stuckStays()) per (level, team); $9 is now. */
export const stuckSql = (stuck = stuckStays()) => `
  SELECT stuck.level, stuck.team_id, t.name AS team_name, count(*)::int AS escalations,
         max(stuck.age_seconds) / 60 AS oldest_minutes, stuck.p90_seconds / 60 AS level_p90_minutes
    FROM (${stuck}) stuck
    JOIN team t ON t.id = stuck.team_id
   GROUP BY stuck.level, stuck.team_id, t.name, stuck.p90_seconds
   ORDER BY stuck.level, t.name`;
