import type { DrillBasis, DrillDownQuery } from '@ladder/contracts';
import { BOUNCES, SKIPS, STAYS_LEFT, stuckStays } from './bottlenecks.sql';
import type { DrillSource } from './drill-source';

type BottleneckBasis = Extract<DrillBasis, 'over-budget' | 'ping-pong' | 'skipped-levels' | 'stuck'>;

const levelPair = (q: DrillDownQuery) => [q.fromLevel ?? null, q.toLevel ?? null];

/** The rows behind the bottlenecks report's cells, on the same SQL as the report (bottlenecks.sql.ts). */
export const BOTTLENECK_DRILL_SOURCES: Record<BottleneckBasis, DrillSource> = {
  /** One item per stay over budget, with the minutes past it. */
  'over-budget': {
    sql: `SELECT escalation_id, over_seconds / 60 AS minutes, level, team_id
            FROM (${STAYS_LEFT}) stays
           WHERE over_seconds > 0`,
  },
  /** One item per escalation, at the stay that escalated it again. */
  'ping-pong': {
    sql: `SELECT DISTINCT ON (escalation_id) escalation_id, NULL::float8 AS minutes, sent_back_to AS level, team_id
            FROM (${BOUNCES}) bounces
           WHERE ($9::int IS NULL OR sent_back_from = $9) AND ($10::int IS NULL OR sent_back_to = $10)
           ORDER BY escalation_id, sent_back_to, sent_back_from`,
    params: levelPair,
  },
  /** One item per move, at the stay that made it. */
  'skipped-levels': {
    sql: `SELECT escalation_id, NULL::float8 AS minutes, from_level AS level, team_id
            FROM (${SKIPS}) skips
           WHERE ($9::int IS NULL OR from_level = $9) AND ($10::int IS NULL OR to_level = $10)`,
    params: levelPair,
  },
  /** One item per stuck escalation, with its age. */
  stuck: {
    sql: `SELECT escalation_id, age_seconds / 60 AS minutes, level, team_id FROM (${stuckStays()}) stuck`,
    params: (_, now) => [now],
  },
};
