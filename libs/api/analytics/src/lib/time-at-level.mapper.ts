import type { DurationStats, StillAtLevelRow, TimeAtLevelRow } from '@ladder/contracts';
import type { FinishedRow, StatsArray, StillOpenRow } from './time-at-level.sql';

function toStats([mean, p10, p25, p50, p75, p90, p95]: StatsArray): DurationStats {
  return {
    meanMinutes: mean / 60,
    p10Minutes: p10 / 60,
    p25Minutes: p25 / 60,
    p50Minutes: p50 / 60,
    p75Minutes: p75 / 60,
    p90Minutes: p90 / 60,
    p95Minutes: p95 / 60,
  };
}

export function toTimeAtLevelRow(row: FinishedRow, levelName: string): TimeAtLevelRow {
  return {
    level: row.level,
    levelName,
    groupKey: row.group_key,
    groupLabel: row.group_label,
    count: row.count,
    wallClock: {
      total: toStats(row.wall_total),
      waiting: toStats(row.wall_waiting),
      handling: toStats(row.wall_handling),
    },
    businessHours: {
      total: toStats(row.business_total),
      waiting: toStats(row.business_waiting),
      handling: toStats(row.business_handling),
    },
  };
}

export function toStillAtLevelRow(row: StillOpenRow, levelName: string): StillAtLevelRow {
  return {
    level: row.level,
    levelName,
    groupKey: row.group_key,
    groupLabel: row.group_label,
    count: row.count,
    oldestMinutes: row.oldest_minutes,
  };
}
