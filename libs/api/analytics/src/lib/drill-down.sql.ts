import type { DrillBasis } from '@ladder/contracts';
import { BOTTLENECK_DRILL_SOURCES } from './bottlenecks.drill';
import type { DrillSource } from './drill-source';
import { OPENED_WHERE, STINT_LEFT_WHERE, STINT_OPEN_WHERE } from './report-filters';
import { BREACH_DRILL_SOURCES } from './sla-breaches.drill';

const WEEKDAY_NUMBER = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 } as const;

/** Where each drill-down basis finds its rows; each mirrors the SQL of the report whose cells it opens. */
export const DRILL_SOURCES: Record<DrillBasis, DrillSource> = {
  opened: {
    sql: `SELECT e.id AS escalation_id, NULL::float8 AS minutes, e.level, e.team_id
            FROM escalation e
           WHERE ${OPENED_WHERE}
             AND ($9::int IS NULL OR extract(isodow FROM e.created_at AT TIME ZONE $11) = $9)
             AND ($10::int IS NULL OR extract(hour FROM e.created_at AT TIME ZONE $11) = $10)`,
    params: (q) => [q.weekday ? WEEKDAY_NUMBER[q.weekday] : null, q.hour ?? null, q.timeZone],
  },
  stints: {
    sql: `SELECT s.escalation_id, (date_part('epoch', s.left_at - s.entered_at) - s.paused_seconds) / 60 AS minutes,
                 s.level, s.team_id
            FROM level_stint s JOIN escalation e ON e.id = s.escalation_id
           WHERE ${STINT_LEFT_WHERE}`,
  },
  'still-at-level': {
    sql: `SELECT s.escalation_id, date_part('epoch', $9::timestamptz - s.entered_at) / 60 AS minutes,
                 s.level, s.team_id
            FROM level_stint s JOIN escalation e ON e.id = s.escalation_id
           WHERE ${STINT_OPEN_WHERE}`,
    params: (_, now) => [now],
  },
  transitions: {
    sql: `WITH e AS (SELECT e.id FROM escalation e WHERE ${OPENED_WHERE}),
          moves AS (
            SELECT st.escalation_id, st.level, st.team_id,
                   (date_part('epoch', st.left_at - st.entered_at) - st.paused_seconds) / 60 AS minutes,
                   lead(st.level) OVER (PARTITION BY st.escalation_id ORDER BY st.entered_at, st.id) AS next_level
              FROM level_stint st JOIN e ON e.id = st.escalation_id)
          SELECT escalation_id, minutes, level, team_id FROM moves
           WHERE ($9::int IS NULL OR level = $9) AND ($10::int IS NULL OR next_level = $10)
             AND next_level IS NOT NULL AND next_level <> level`,
    params: (q) => [q.fromLevel ?? null, q.toLevel ?? null],
  },
  ...BREACH_DRILL_SOURCES,
  ...BOTTLENECK_DRILL_SOURCES,
};
