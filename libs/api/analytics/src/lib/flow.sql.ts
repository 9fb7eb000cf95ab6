import { OPENED_WHERE } from './report-filters';

/** The escalations the filters keep ($1..$8): the population of the flow report. */
const OPENED = `SELECT e.id, e.created_at, e.acknowledged_at, e.resolved_at FROM escalation e WHERE ${OPENED_WHERE}`;

export interface FlowSummaryRow {
  escalations: number;
  resolved: number;
  never_escalated_resolved: number;
  mtta_minutes: number | null;
  mttr_minutes: number | null;
}

export const FLOW_SUMMARY_SQL = `
  WITH e AS (${OPENED})
  SELECT count(*)::int AS escalations,
         count(e.resolved_at)::int AS resolved,
         count(*) FILTER (WHERE e.resolved_at IS NOT NULL AND NOT EXISTS (
           SELECT 1 FROM level_stint s WHERE s.escalation_id = e.id AND s.exit = 'escalated'))::int
           AS never_escalated_resolved,
         avg(date_part('epoch', e.acknowledged_at - e.created_at)) / 60 AS mtta_minutes,
         avg(date_part('epoch', e.resolved_at - e.created_at)) / 60 AS mttr_minutes
    FROM e`;

export interface LevelReachedRow {
  level: number;
  reached: number;
}

export const LEVELS_REACHED_SQL = `
  WITH e AS (${OPENED})
  SELECT s.level, count(DISTINCT s.escalation_id)::int AS reached
    FROM level_stint s JOIN e ON e.id = s.escalation_id
   GROUP BY s.level ORDER BY s.level`;

export interface TransitionRow {
  from_level: number;
  to_level: number;
  count: number;
  median_dwell_minutes: number;
}

/** Each stint followed by another of the same escalation is a move from its level to the next one's. */
export const TRANSITIONS_SQL = `
  WITH e AS (${OPENED}),
  s AS (
    SELECT st.level, date_part('epoch', st.left_at - st.entered_at) - st.paused_seconds AS dwell_seconds,
           lead(st.level) OVER (PARTITION BY st.escalation_id ORDER BY st.entered_at, st.id) AS next_level
      FROM level_stint st JOIN e ON e.id = st.escalation_id)
  SELECT level AS from_level, next_level AS to_level, count(*)::int AS count,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY dwell_seconds) / 60 AS median_dwell_minutes
    FROM s WHERE next_level IS NOT NULL AND next_level <> level
   GROUP BY level, next_level ORDER BY level, next_level`;
