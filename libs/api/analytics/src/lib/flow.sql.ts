import { OPENED_WHERE } from './report-filters';

/**
 * The flow figures of the escalations `alias` ranges over, as aggregates: how many, how many resolved, and the mean
 * minutes from opening to first acknowledgement (over those acknowledged) and to resolution (over those resolved).
 */
export const openedFigures = (alias: string) => `count(*)::int AS escalations,
  count(${alias}.resolved_at)::int AS resolved,
  avg(date_part('epoch', ${alias}.acknowledged_at - ${alias}.created_at)) / 60 AS mtta_minutes,
  avg(date_part('epoch', ${alias}.resolved_at - ${alias}.created_at)) / 60 AS mttr_minutes`;

/**
 * Escalation `alias` (opened from $1 on) is resolved and never left a stay by escalating it. As a condition of WHERE,
 * so that the planner may read the stays by escalation or all at once (anti join), whichever the range makes cheaper.
 */
export const resolvedNeverEscalated = (alias: string) => `${alias}.resolved_at IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM level_stint s WHERE s.escalation_id = ${alias}.id AND s.entered_at >= $1 AND s.exit = 'escalated')`;

export interface OpenedFiguresRow {
  escalations: number;
  resolved: number;
  never_escalated_resolved: number;
  mtta_minutes: number | null;
  mttr_minutes: number | null;
}

/** A stay left by escalating or de-escalating: the one kind after which the next stay is at another level. */
const LEFT_BY_A_MOVE = `exit IN ('escalated', 'de-escalated')`;

/**
 * Common table expressions ending in `move`: the escalations the filters keep ($1..$8, `population`, read once: the
 * level filter probes stays per escalation), and their stays left for another level, each with the level of the next
 * stay (`next_level`), its time there, paused time excluded (`dwell_seconds`), and the escalation's level now.
 *
 * No window over the stays: the refresher records each finished stay's next level, so the moves are read from
 * `ix_level_stint_moves` alone. A stay left since the refresher last ran (it runs every 15 s where the scheduler is
 * on) has none recorded yet: those few are found by `ix_level_stint_unrefreshed` and their next stay looked up, so
 * the figures never wait for the refresher. A stay never starts before its escalation is opened (creation enters the
 * first stay, every later one is entered by an action after it), so the stays of escalations opened from $1 on are
 * among those entered from $1 on.
 */
export const POPULATION_MOVES = `
  population AS MATERIALIZED (
    SELECT e.id, e.level, e.created_at, e.acknowledged_at, e.resolved_at FROM escalation e WHERE ${OPENED_WHERE}),
  unrefreshed_move AS (
    SELECT u.id, (SELECT n.level FROM level_stint n
                   WHERE n.escalation_id = u.escalation_id AND (n.entered_at, n.id) > (u.entered_at, u.id)
                   ORDER BY n.entered_at, n.id LIMIT 1) AS next_level
      FROM level_stint u
     WHERE u.left_at >= $1 AND u.refreshed_at IS NULL AND u.${LEFT_BY_A_MOVE}),
  move AS (
    SELECT s.escalation_id, s.team_id, s.level, p.level AS current_level,
           date_part('epoch', s.left_at - s.entered_at) - s.paused_seconds AS dwell_seconds,
           CASE WHEN u.id IS NULL THEN s.next_level ELSE u.next_level END AS next_level
      FROM level_stint s
      JOIN population p ON p.id = s.escalation_id
      LEFT JOIN unrefreshed_move u ON u.id = s.id
     WHERE s.entered_at >= $1 AND s.${LEFT_BY_A_MOVE})`;

export interface LevelReachedRow {
  level: number;
  reached: number;
}

export interface TransitionRow {
  from_level: number;
  to_level: number;
  count: number;
  median_dwell_minutes: number;
}

export interface FlowRow extends OpenedFiguresRow {
  /** Levels in order, with the escalations that had a stay there. */
  levels: LevelReachedRow[];
  /** Moves from a stay to the next one at another level, in order of levels. */
  transitions: TransitionRow[];
}

/**
 * The flow report in one statement, from the population and its moves (a third of its stays) rather than every stay
 * with its rank at its level. An escalation had a stay at a level if it is there now or left it by a move (a stay left
 * by resolving is followed by none or, reopened, by one at the same level), so the levels reached are its current
 * level and, counted once per escalation, the other levels it moved from. The moves grouped by (level, next level)
 * give the transitions with their dwell times (median over the array).
 */
export const FLOW_SQL = `
  WITH ${POPULATION_MOVES},
  step AS (
    SELECT level, next_level, count(*)::int AS stays, array_agg(dwell_seconds) AS dwells
      FROM move WHERE next_level <> level GROUP BY level, next_level),
  reached AS (
    SELECT level FROM population
    UNION ALL
    SELECT level FROM (SELECT DISTINCT escalation_id, level FROM move WHERE level <> current_level) left_level)
  SELECT ${openedFigures('p')},
         (SELECT count(*) FROM population r WHERE ${resolvedNeverEscalated('r')})::int AS never_escalated_resolved,
         (SELECT coalesce(json_agg(json_build_object('level', level, 'reached', reached) ORDER BY level), '[]')
            FROM (SELECT level, count(*)::int AS reached FROM reached GROUP BY level) l) AS levels,
         (SELECT coalesce(json_agg(json_build_object(
                   'from_level', level, 'to_level', next_level, 'count', stays,
                   'median_dwell_minutes',
                   (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY d) FROM unnest(dwells) d) / 60)
                 ORDER BY level, next_level), '[]')
            FROM step) AS transitions
    FROM population p`;
