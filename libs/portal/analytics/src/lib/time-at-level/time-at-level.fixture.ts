import type { DurationStats, StaySplit, TimeAtLevelReport, TimeAtLevelRow } from '@ladder/contracts';

/** Duration figures for specs, in minutes; p95 is left equal to p90 (no chart reads it). */
export function stats(p10: number, p25: number, p50: number, p75: number, p90: number, mean: number): DurationStats {
  return {
    p10Minutes: p10,
    p25Minutes: p25,
    p50Minutes: p50,
    p75Minutes: p75,
    p90Minutes: p90,
    p95Minutes: p90,
    meanMinutes: mean,
  };
}

const sameSplit = (figures: DurationStats): StaySplit => ({ total: figures, waiting: figures, handling: figures });

/** A row with the same wall-clock figures in every part, and in business hours unless given. */
export function stayRow(
  row: { level: number; levelName: string; groupKey: string; groupLabel: string; count: number },
  wallClock: DurationStats,
  businessHours: StaySplit = sameSplit(wallClock),
): TimeAtLevelRow {
  return { ...row, wallClock: sameSplit(wallClock), businessHours };
}

export function timeAtLevelReport(fields: Partial<TimeAtLevelReport>): TimeAtLevelReport {
  return {
    from: '2026-11-01',
    to: '2026-11-30',
    groupBy: 'team',
    percentiles: 'exact',
    rows: [],
    stillAtLevel: [],
    ...fields,
  };
}
