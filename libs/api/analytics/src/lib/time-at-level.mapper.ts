import type { StillAtLevelRow, TimeAtLevelRow } from '@ladder/contracts';
import type { FinishedRow, StillOpenRow } from './time-at-level.sql';

export function toTimeAtLevelRow(row: FinishedRow, levelName: string): TimeAtLevelRow {
  return {
    level: row.level,
    levelName,
    teamId: row.team_id,
    teamName: row.team_name,
    count: row.count,
    meanMinutes: row.mean_minutes,
    p50Minutes: row.p50_minutes,
    p90Minutes: row.p90_minutes,
  };
}

export function toStillAtLevelRow(row: StillOpenRow, levelName: string): StillAtLevelRow {
  return {
    level: row.level,
    levelName,
    teamId: row.team_id,
    teamName: row.team_name,
    count: row.count,
    oldestMinutes: row.oldest_minutes,
  };
}
