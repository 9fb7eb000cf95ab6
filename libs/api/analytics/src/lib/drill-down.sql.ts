import type { DrillBasis } from '@ladder/contracts';
import { BOTTLENECK_DRILL_SOURCES } from './bottlenecks.drill';
import type { DrillSource } from './drill-source';
import { POPULATION_MOVES } from './flow.sql';
import { OPENED_WHERE, STINT_ALONE_WHERE } from './report-filters';
import { BREACH_DRILL_SOURCES } from './sla-breaches.drill';

const WEEKDAY_NUMBER = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 } as const;

/** Where each drill-down basis finds its rows; each mirrors the SQL of the report whose cells it opens. */
export const DRILL_SOURCES: Record<DrillBasis, DrillSource> = {
  opened: {
    sql: `SELECT e.id AS escalation_id, NULL::float8 AS minutes, e.level, e.team_id
            FROM escalation e
           WHERE ${OPENED_WHERE}
             AND ($9::int IS NULL OR date_part('isodow', e.created_at AT TIME ZONE $11) = $9)
             AND ($10::int IS NULL OR date_part('hour', e.created_at AT TIME ZONE $11) = $10)`,
    params: (q) => [q.weekday ? WEEKDAY_NUMBER[q.weekday] : null, q.hour ?? null, q.timeZone],
  },
  /** Minutes as the index ix_level_stint_level_minutes orders them, so that a page reads only its rows. */
  stints: {
    sql: `SELECT s.escalation_id, (date_part('epoch', s.left_at - s.entered_at) - s.paused_seconds) / 60 AS minutes,
                 s.level, s.team_id
            FROM level_stint s
           WHERE s.left_at >= $1 AND s.left_at < $2 AND ${STINT_ALONE_WHERE}`,
  },
  'still-at-level': {
    sql: `SELECT s.escalation_id, date_part('epoch', $9::timestamptz - s.entered_at) / 60 AS minutes,
                 s.level, s.team_id
            FROM level_stint s
           WHERE s.left_at IS NULL AND $1::timestamptz <= $2::timestamptz AND ${STINT_ALONE_WHERE}`,
    params: (_, now) => [now],
  },
  transitions: {
    sql: `WITH ${POPULATION_MOVES}
          SELECT escalation_id, dwell_seconds / 60 AS minutes, level, team_id FROM move
           WHERE ($9::int IS NULL OR level = $9) AND ($10::int IS NULL OR next_level = $10) AND next_level <> level`,
    params: (q) => [q.fromLevel ?? null, q.toLevel ?? null],
  },
  ...BREACH_DRILL_SOURCES,
  ...BOTTLENECK_DRILL_SOURCES,
};
