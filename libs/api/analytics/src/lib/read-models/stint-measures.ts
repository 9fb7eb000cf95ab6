import { STINT_BUSINESS_SECONDS, STINT_WALL_SECONDS } from '../report-filters';

/** Wall-clock seconds from arriving at the level to its first response there, or to leaving without one. */
const WALL_WAITING = `date_part('epoch', least(coalesce(s.first_response_at, s.left_at), s.left_at) - s.entered_at)`;
const BUSINESS_WAITING = `coalesce(s.business_waiting_seconds, ${WALL_WAITING})`;

/**
 * What the reports measure of a finished stint `s`, in seconds, as SQL: its whole stay and the parts waiting for
 * the level's first response and handling, in wall-clock and in business time. The rollup and the exact reports
 * read the same expressions, so their counts and means agree to the second.
 */
export const STINT_MEASURES = {
  wall_total: STINT_WALL_SECONDS,
  wall_waiting: `least(${WALL_WAITING}, ${STINT_WALL_SECONDS})`,
  wall_handling: `greatest(${STINT_WALL_SECONDS} - ${WALL_WAITING}, 0)`,
  business_total: STINT_BUSINESS_SECONDS,
  business_waiting: `least(${BUSINESS_WAITING}, ${STINT_BUSINESS_SECONDS})`,
  business_handling: `greatest(${STINT_BUSINESS_SECONDS} - ${BUSINESS_WAITING}, 0)`,
} as const;
export type StintMeasure = keyof typeof STINT_MEASURES;
export const STINT_MEASURE_NAMES = Object.keys(STINT_MEASURES) as StintMeasure[];

/**
 * The budget of a stay `s` in seconds: its level's budget for the severity of escalation `e` in the procedure version
 * `e` runs under; null when that version has no such level.
 */
export const BUDGET_SECONDS = `(
  SELECT (l -> 'budgetMinutes' ->> e.severity)::float8 * 60
    FROM procedure_version pv, jsonb_array_elements(pv.definition -> 'levels') l
   WHERE pv.id = e.procedure_version_id AND (l ->> 'level')::int = s.level)`;

/** Business seconds of a stay past its budget: 0 within it, and 0 without a budget (`greatest` skips a null). */
export const OVER_BUDGET_SECONDS = `greatest(${STINT_BUSINESS_SECONDS} - ${BUDGET_SECONDS}, 0)`;
