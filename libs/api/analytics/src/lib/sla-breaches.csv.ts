import type { SlaBreachesReport } from '@ladder/contracts';
import { toCsv } from './report-csv';

/** The series of the SLA-breaches report, one line per bucket x severity x team, counts and rates per kind. */
export function slaBreachesCsv(report: SlaBreachesReport): string {
  return toCsv(
    [
      'bucket_start',
      'severity',
      'team',
      'escalations',
      'response_breaches',
      'response_rate',
      'resolution_breaches',
      'resolution_rate',
      'level_budget_breaches',
      'level_budget_rate',
      'update_cadence_breaches',
      'update_cadence_rate',
    ],
    report.series.map((row) => [
      row.bucketStart,
      row.severity,
      row.teamName,
      row.escalations,
      ...[row.response, row.resolution, row.levelBudget, row.updateCadence].flatMap((kind) => [kind.count, kind.rate]),
    ]),
  );
}
