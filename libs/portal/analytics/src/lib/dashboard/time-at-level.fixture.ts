import type { DurationStats, TimeAtLevelRow } from '@ladder/contracts';

/** A time-at-level row for specs: the same wall-clock figures in every part and clock; p95 = p90. */
export function timeAtLevelRow(row: {
  level: number;
  levelName?: string;
  groupLabel: string;
  count: number;
  stats: Omit<DurationStats, 'p95Minutes'>;
}): TimeAtLevelRow {
  const stats = { ...row.stats, p95Minutes: row.stats.p90Minutes };
  const split = { total: stats, waiting: stats, handling: stats };
  return {
    level: row.level,
    levelName: row.levelName ?? `Level ${row.level}`,
    groupKey: '00000000-0000-4000-8000-000000000001',
    groupLabel: row.groupLabel,
    count: row.count,
    wallClock: split,
    businessHours: split,
  };
}
