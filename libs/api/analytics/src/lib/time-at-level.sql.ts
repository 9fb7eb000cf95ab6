import type { TimeAtLevelQuery } from '@ladder/contracts';
import { STINT_MEASURE_NAMES, STINT_MEASURES } from './read-models/stint-measures';
import { STINT_LEFT_WHERE, STINT_OPEN_WHERE } from './report-filters';

type GroupBy = TimeAtLevelQuery['groupBy'];

/** Each grouping as SQL over stint `s`, escalation `e`, team `t` (the stint's) and procedure version `pv`. */
const GROUPS: Record<GroupBy, { key: string; label: string }> = {
  team: { key: 's.team_id::text', label: 't.name' },
  category: { key: 'e.category', label: 'e.category' },
  severity: { key: 'e.severity', label: 'e.severity' },
  procedureVersion: { key: 'e.procedure_version_id::text', label: `'Version ' || pv.version` },
};

const STAYS = `level_stint s
  JOIN escalation e ON e.id = s.escalation_id
  JOIN team t ON t.id = s.team_id
  JOIN procedure_version pv ON pv.id = e.procedure_version_id`;

/** [mean, p10, p25, p50, p75, p90, p95] in seconds of each measure, per level x group, over stays that left in the range ($1..$8). */
export function finishedSql(groupBy: GroupBy): string {
  const group = GROUPS[groupBy];
  return `
    SELECT s.level, ${group.key} AS group_key, ${group.label} AS group_label, count(*)::int AS count,
           ${STINT_MEASURE_NAMES.map((m) => `duration_stats(array_agg(${STINT_MEASURES[m]})) AS ${m}`).join(', ')}
      FROM ${STAYS}
     WHERE ${STINT_LEFT_WHERE}
     GROUP BY s.level, 2, 3
     ORDER BY s.level, 3`;
}

/** Stays still open at $9 (now): counted and aged only. */
export function stillOpenSql(groupBy: GroupBy): string {
  const group = GROUPS[groupBy];
  return `
    SELECT s.level, ${group.key} AS group_key, ${group.label} AS group_label, count(*)::int AS count,
           date_part('epoch', $9::timestamptz - min(s.entered_at)) / 60 AS oldest_minutes
      FROM ${STAYS}
     WHERE ${STINT_OPEN_WHERE}
     GROUP BY s.level, 2, 3
     ORDER BY s.level, 3`;
}

/** Seconds: mean, p10, p25, p50, p75, p90, p95 (as `duration_stats` gives them). */
export type StatsArray = [number, number, number, number, number, number, number];

export interface FinishedRow {
  level: number;
  group_key: string;
  group_label: string;
  count: number;
  wall_total: StatsArray;
  wall_waiting: StatsArray;
  wall_handling: StatsArray;
  business_total: StatsArray;
  business_waiting: StatsArray;
  business_handling: StatsArray;
}

export interface StillOpenRow {
  level: number;
  group_key: string;
  group_label: string;
  count: number;
  oldest_minutes: number;
}
