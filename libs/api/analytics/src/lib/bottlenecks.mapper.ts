import type { BottleneckRow, PingPong, ProcedureDefinition, SkippedLevelsRow, StuckRow } from '@ladder/contracts';
import type { OverBudgetRow, PingPongRow, RankingRow, SkipRow, StuckPairRow } from './bottlenecks.sql';

/** A level's name in the procedure version shown, or `Level n` for one it no longer has. */
export const levelNames =
  (definition: ProcedureDefinition) =>
  (level: number): string =>
    definition.levels.find((rung) => rung.level === level)?.name ?? `Level ${level}`;

/** The pair's row, compared with its hours over budget in the previous period (absent: no stay left then). */
export function toBottleneckRow(
  row: RankingRow,
  levelName: string,
  previous: OverBudgetRow | undefined,
): BottleneckRow {
  const previousHours = previous?.hours_over_budget ?? null;
  const changeHours = previousHours === null ? null : row.hours_over_budget - previousHours;
  return {
    level: row.level,
    levelName,
    teamId: row.team_id,
    teamName: row.team_name,
    stints: row.stints,
    overBudgetStints: row.over_budget_stints,
    hoursOverBudget: row.hours_over_budget,
    totalHours: row.total_hours,
    shareOfAllHours: row.share_of_all_hours,
    p90Minutes: row.p90_minutes,
    previousHoursOverBudget: previousHours,
    changeHours,
    changeRatio: changeHours !== null && previousHours ? changeHours / previousHours : null,
  };
}

/** The total is the row of the empty grouping set, the one without levels. */
export function toPingPong(rows: readonly PingPongRow[]): PingPong {
  const pairs = rows.flatMap((row) =>
    row.sent_back_from === null || row.sent_back_to === null
      ? []
      : [{ sentBackFromLevel: row.sent_back_from, sentBackToLevel: row.sent_back_to, escalations: row.escalations }],
  );
  return { escalations: rows.find((row) => row.sent_back_from === null)?.escalations ?? 0, pairs };
}

export function toSkippedLevelsRow(row: SkipRow): SkippedLevelsRow {
  return { fromLevel: row.from_level, toLevel: row.to_level, moves: row.moves };
}

export function toStuckRow(row: StuckPairRow, levelName: string): StuckRow {
  return {
    level: row.level,
    levelName,
    teamId: row.team_id,
    teamName: row.team_name,
    escalations: row.escalations,
    oldestMinutes: row.oldest_minutes,
    levelP90Minutes: row.level_p90_minutes,
  };
}
