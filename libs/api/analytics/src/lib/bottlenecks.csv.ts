import type { BottlenecksReport } from '@ladder/contracts';
import { toCsv } from './report-csv';

/** The ranking, the report's main table, as the CSV download gives it. */
export function bottlenecksCsv(report: BottlenecksReport): string {
  return toCsv(
    [
      'level',
      'level_name',
      'team',
      'stints',
      'over_budget_stints',
      'hours_over_budget',
      'total_hours',
      'share_of_all_hours',
      'p90_minutes',
      'previous_hours_over_budget',
      'change_hours',
      'change_ratio',
    ],
    report.ranking.map((r) => [
      r.level,
      r.levelName,
      r.teamName,
      r.stints,
      r.overBudgetStints,
      r.hoursOverBudget,
      r.totalHours,
      r.shareOfAllHours,
      r.p90Minutes,
      r.previousHoursOverBudget,
      r.changeHours,
      r.changeRatio,
    ]),
  );
}
