import type { SurveyGroup, SurveyReport } from '@ladder/contracts';
import { type DataTable } from '@ladder/portal/ui';
import { CHART_PALETTE } from '@ladder/portal/ui/charts';
import type { ChartData, ChartOptions } from 'chart.js';
import { decimalText, percent, twoDecimals } from '../shared/figures';
import { horizontalBarOptions, type BarTexts } from '../shared/horizontal-bars';
import { meanText, withResponses } from './survey-figures';
import { SURVEY_GROUP_BY_LABELS } from './survey-settings';

const BAR_COLOUR = CHART_PALETTE[0];
/** The same blue, faded: a group with too few responses is drawn but not to be read as a finding. */
const TOO_FEW_COLOUR = 'rgba(31, 95, 168, 0.25)';

export interface CsatBars extends BarTexts {
  groups: readonly SurveyGroup[];
  data: ChartData<'bar', (number | null)[], string>;
}

const csatLine = (group: SurveyGroup) =>
  group.csat === null
    ? 'CSAT: no overall satisfaction answers'
    : `CSAT: ${decimalText(percent(group.csat))}% (${group.satisfied} of ${group.responses} rated 4 or 5)`;

function footer(group: SurveyGroup): string[] {
  const rate = percent(group.responseRate);
  const answered = `${group.answered} of ${group.invited} invited answered`;
  return [
    `Mean score: ${meanText(group.mean)}`,
    rate === null ? answered : `${answered} (response rate ${decimalText(rate)}%)`,
    ...(group.tooFew ? ['Too few responses to read as a finding'] : []),
  ];
}

/** CSAT per group in percent, one bar each in the API's order, too-few groups faded and named so. */
export function csatBars(report: SurveyReport): CsatBars {
  const groups = report.groups;
  const labels = groups.map((g) => withResponses(g.label, g.responses, g.tooFew));
  return {
    groups,
    labels,
    tooltips: [groups.map(csatLine)],
    footers: groups.map(footer),
    data: {
      labels,
      datasets: [
        {
          label: 'CSAT (%)',
          data: groups.map((g) => percent(g.csat)),
          backgroundColor: groups.map((g) => (g.tooFew ? TOO_FEW_COLOUR : BAR_COLOUR)),
          borderColor: BAR_COLOUR,
          borderWidth: groups.map((g) => (g.tooFew ? 1 : 0)),
        },
      ],
    },
  };
}

/** A percentage axis from 0 to 100, no legend (one dataset, named on the axis). */
export function csatBarsOptions(bars: CsatBars, animate: boolean): ChartOptions<'bar'> {
  const options = horizontalBarOptions(bars, 'CSAT: share rating overall satisfaction 4 or 5 (%)', animate);
  return {
    ...options,
    scales: { ...options.scales, x: { ...options.scales?.['x'], max: 100 } },
    plugins: { ...options.plugins, legend: { display: false } },
  };
}

export function csatBarsLabel(report: SurveyReport): string {
  const dimension = SURVEY_GROUP_BY_LABELS[report.groupBy].toLowerCase();
  return (
    `Horizontal bar chart of CSAT, the share of responses rating overall satisfaction 4 or 5, per ${dimension}, ` +
    `with the number of responses in each label; groups with fewer than ${report.minResponses} responses are ` +
    'faded and marked too few responses. The figures are in the table view.'
  );
}

export function csatTable(report: SurveyReport): DataTable {
  const dimension = SURVEY_GROUP_BY_LABELS[report.groupBy];
  return {
    caption: `Survey responses and CSAT per ${dimension.toLowerCase()}`,
    columns: [
      { key: 'group', label: dimension },
      { key: 'invited', label: 'Invited', numeric: true },
      { key: 'answered', label: 'Answered', numeric: true },
      { key: 'rate', label: 'Response rate (%)', numeric: true, decimals: 1 },
      { key: 'responses', label: 'Rated overall satisfaction', numeric: true },
      { key: 'satisfied', label: 'Rated 4 or 5', numeric: true },
      { key: 'csat', label: 'CSAT (%)', numeric: true, decimals: 1 },
      { key: 'mean', label: 'Mean score', numeric: true },
      { key: 'note', label: 'Note' },
    ],
    rows: report.groups.map((g) => ({
      cells: {
        group: g.label,
        invited: g.invited,
        answered: g.answered,
        rate: percent(g.responseRate),
        responses: g.responses,
        satisfied: g.satisfied,
        csat: percent(g.csat),
        mean: g.mean === null ? null : twoDecimals(g.mean),
        note: g.tooFew ? 'Too few responses' : null,
      },
    })),
  };
}
