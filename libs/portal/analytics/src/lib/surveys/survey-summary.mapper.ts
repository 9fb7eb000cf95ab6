import type { SurveyReport } from '@ladder/contracts';
import { decimalText, percent } from '../shared/figures';
import { meanText } from './survey-figures';

/** One headline figure of the survey report, with what it is of. */
export interface SurveySummaryTile {
  label: string;
  value: string;
  detail: string;
}

const percentText = (share: number | null) => {
  const value = percent(share);
  return value === null ? '–' : `${decimalText(value)}%`;
};

/** Invitations and their outcome, then satisfaction: what a manager reads before the breakdowns. */
export function surveySummaryTiles(report: SurveyReport): SurveySummaryTile[] {
  const { invited, pending, answered, expired, withdrawn, optedOut, rate } = report.responseRate;
  const { responses, satisfied, csat, mean } = report.csat;
  return [
    {
      label: 'Invited',
      value: decimalText(invited),
      detail: `${decimalText(pending)} awaiting an answer, ${decimalText(withdrawn)} withdrawn on reopening`,
    },
    { label: 'Answered', value: decimalText(answered), detail: `of ${decimalText(invited)} invited` },
    { label: 'Expired', value: decimalText(expired), detail: `and ${decimalText(optedOut)} opted out` },
    {
      label: 'Response rate',
      value: percentText(rate),
      detail: `answered of the ${decimalText(answered + expired + optedOut)} with a known outcome`,
    },
    {
      label: 'CSAT',
      value: percentText(csat),
      detail: `${decimalText(satisfied)} of ${decimalText(responses)} rated overall satisfaction 4 or 5`,
    },
    { label: 'Mean score', value: meanText(mean), detail: 'overall satisfaction, 1 (worst) to 5' },
  ];
}

/** What the reader should know before reading: anonymity, and when a figure is too thin to be a finding. */
export function surveyNotes(report: SurveyReport): string[] {
  const tooFew =
    `Figures from fewer than ${report.minResponses} responses are marked "too few responses": ` +
    'they are shown, but are not to be read as a finding.';
  return report.anonymous
    ? ['Surveys are anonymous: figures and comments are shown without who answered.', tooFew]
    : [tooFew];
}
