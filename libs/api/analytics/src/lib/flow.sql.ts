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

/**
 * Common table expressions ending in `stay`: the stays of the escalations the filters keep ($1..$8, `population`),
 * each with the level of the next stay of its escalation (`next_level`, null for the last), whether it is the first
 * stay of its escalation at its level, and its time there, paused time excluded (`dwell_seconds`).
 *
 * A stay never starts before its escalation is opened (creation enters the first stay, every later one is entered
 * by an action after it), so the stays of escalations opened from $1 on are among those entered from $1 on: read
 * through the index on `entered_at`, then joined to the population, instead of every stay ever.
 */
export const POPULATION_STAYS = `
  population AS NOT MATERIALIZED (
    SELECT e.id, e.created_at, e.acknowledged_at, e.resolved_at FROM escalation e WHERE ${OPENED_WHERE}),
  stay AS (
    SELECT s.escalation_id, s.team_id, s.level,
           date_part('epoch', s.left_at - s.entered_at) - s.paused_seconds AS dwell_seconds,
           lead(s.level) OVER stays AS next_level,
           row_number() OVER (PARTITION BY s.escalation_id, s.level ORDER BY s.entered_at, s.id) = 1 AS first_at_level
      FROM level_stint s JOIN population p ON p.id = s.escalation_id
     WHERE s.entered_at >= $1
    WINDOW stays AS (PARTITION BY s.escalation_id ORDER BY s.entered_at, s.id))`;

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
 * The flow report in one statement: the stays are read once and grouped by (level, next level), which gives both
 * the levels reached (first stays at a level) and the moves with their dwell times (median over the array).
 */
export const FLOW_SQL = `
  WITH ${POPULATION_STAYS},
  step AS (
    SELECT level, next_level, count(*)::int AS stays, count(*) FILTER (WHERE first_at_level)::int AS firsts,
           array_agg(dwell_seconds) FILTER (WHERE next_level <> level) AS dwells
      FROM stay GROUP BY level, next_level)
  SELECT ${openedFigures('p')},
         (SELECT count(*) FROM population r WHERE ${resolvedNeverEscalated('r')})::int AS never_escalated_resolved,
         (SELECT coalesce(json_agg(json_build_object('level', level, 'reached', reached) ORDER BY level), '[]')
            FROM (SELECT level, sum(firsts)::int AS reached FROM step GROUP BY level) l) AS levels,
         (SELECT coalesce(json_agg(json_build_object(
                   'from_level', level, 'to_level', next_level, 'count', stays,
                   'median_dwell_minutes',
                   (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY d) FROM unnest(dwells) d) / 60)
                 ORDER BY level, next_level), '[]')
            FROM step WHERE next_level <> level) AS transitions
    FROM population p`;
