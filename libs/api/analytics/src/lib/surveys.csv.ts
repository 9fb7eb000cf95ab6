import type { SurveyReport } from '@ladder/contracts';
import { toCsv } from './report-csv';

/** The survey report's groups, with the whole range as a first line: invitations, response rate and CSAT. */
export function surveysCsv(report: SurveyReport): string {
  const { responseRate, csat } = report;
  const all = [
    'all',
    'All',
    responseRate.invited,
    responseRate.answered,
    responseRate.rate,
    csat.responses,
    csat.satisfied,
    csat.csat,
    csat.mean,
    '',
  ];
  return toCsv(
    [
      `${report.groupBy}_key`,
      report.groupBy,
      'invited',
      'answered',
      'response_rate',
      'responses',
      'satisfied',
      'csat',
      'mean_score',
      'too_few',
    ],
    [
      all,
      ...report.groups.map((g) => [
        g.key,
        g.label,
        g.invited,
        g.answered,
        g.responseRate,
        g.responses,
        g.satisfied,
        g.csat,
        g.mean,
        String(g.tooFew),
      ]),
    ],
  );
}
