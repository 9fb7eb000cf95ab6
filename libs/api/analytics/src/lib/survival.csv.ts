import type { SurvivalReport } from '@ladder/contracts';

/** The curve points as CSV, one row per severity and time, for a spreadsheet or a review pack. */
export function survivalCsv(report: SurvivalReport): string {
  const header = 'severity,minutes,survival,at_risk,resolved,censored';
  const rows = report.series.flatMap((s) =>
    s.points.map((p) =>
      [s.severity, round(p.minutes), round(p.survival, 6), p.atRisk, p.resolved, p.censored].join(','),
    ),
  );
  return [header, ...rows].join('\r\n') + '\r\n';
}

function round(value: number, digits = 2): string {
  return String(Number(value.toFixed(digits)));
}
