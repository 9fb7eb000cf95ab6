import type { QuestionDistribution, SurveyGroupBy } from '@ladder/contracts';
import { type CellValue, type DataTable } from '@ladder/portal/ui';
import { CHART_PALETTE } from '@ladder/portal/ui/charts';
import type { ChartData, ChartOptions } from 'chart.js';
import { decimalText, oneDecimal } from '../shared/figures';
import { horizontalBarOptions, type BarTexts } from '../shared/horizontal-bars';
import { withResponses } from './survey-figures';
import { SURVEY_GROUP_BY_LABELS } from './survey-settings';

/**
 * Ratings 1 (worst) to 5, red through grey to green. The greens lean to blue, so that red and green stay apart for
 * red-green colour blindness (they read as brown against blue-grey); the middle is a neutral grey that shows on white.
 */
export const RATING_COLOURS = ['#b2182b', '#ef8a62', '#8c8c8c', '#5ab4ac', '#01665e'] as const;

/** One bar of a question's chart: all responses, or one group's. */
export interface DistributionRow {
  name: string;
  /** The name with the responses, marked when too few. */
  label: string;
  responses: number;
  counts: readonly number[];
  /** Each option's share of the row's answers, in percent with one decimal; null for a row without answers. */
  shares: (number | null)[];
}

export interface DistributionBars extends BarTexts {
  question: QuestionDistribution;
  rows: DistributionRow[];
  data: ChartData<'bar', (number | null)[], string>;
}

/** The questions that have a distribution to draw: ratings and choices (written answers are the comments). */
export const chartedQuestions = (questions: readonly QuestionDistribution[]) =>
  questions.filter((q) => q.kind !== 'text');

function row(label: string, responses: number, counts: readonly number[], tooFew: boolean): DistributionRow {
  return {
    name: label,
    label: withResponses(label, responses, tooFew),
    responses,
    counts,
    shares: counts.map((count) => (responses ? oneDecimal((count / responses) * 100) : null)),
  };
}

const optionColour = (question: QuestionDistribution, index: number) =>
  question.kind === 'rating'
    ? (RATING_COLOURS[index] ?? CHART_PALETTE[0])
    : CHART_PALETTE[index % CHART_PALETTE.length];

/** Each option's share of the answers, all responses first and then each group; options in their order. */
export function distributionBars(question: QuestionDistribution, minResponses: number): DistributionBars {
  const rows = [
    row('All responses', question.responses, question.counts, question.responses < minResponses),
    ...question.groups.map((g) => row(g.label, g.responses, g.counts, g.responses < minResponses)),
  ];
  const labels = rows.map((r) => r.label);
  return {
    question,
    rows,
    labels,
    tooltips: question.options.map((option, i) =>
      rows.map((r) => {
        const share = r.shares[i] ?? null;
        return share === null
          ? `${option.label}: no answers`
          : `${option.label}: ${r.counts[i] ?? 0} of ${r.responses} (${decimalText(share)}%)`;
      }),
    ),
    data: {
      labels,
      datasets: question.options.map((option, i) => ({
        label: option.label,
        data: rows.map((r) => r.shares[i] ?? null),
        backgroundColor: optionColour(question, i),
        // A white gap between the segments, so neighbouring colours never blur together.
        borderColor: '#ffffff',
        borderWidth: 1,
      })),
    },
  };
}

/** Bars stacked to 100 %, one per row, the options in the legend in their order. */
export function distributionOptions(bars: DistributionBars, animate: boolean): ChartOptions<'bar'> {
  const options = horizontalBarOptions(bars, 'Share of answers (%)', animate);
  return {
    ...options,
    scales: {
      x: { ...options.scales?.['x'], stacked: true, max: 100 },
      y: { ...options.scales?.['y'], stacked: true },
    },
  };
}

export function distributionLabel(bars: DistributionBars, groupBy: SurveyGroupBy): string {
  const options = bars.question.options.map((o) => o.label).join(', ');
  return (
    `Stacked bar chart of the answers to "${bars.question.prompt}", each bar adding up to 100 %: all responses ` +
    `first, then per ${SURVEY_GROUP_BY_LABELS[groupBy].toLowerCase()}, with the options in the order ${options}. ` +
    'The counts are in the table view.'
  );
}

export function distributionTable(bars: DistributionBars, groupBy: SurveyGroupBy): DataTable {
  const options = bars.question.options;
  return {
    caption: `Answers to "${bars.question.prompt}" per ${SURVEY_GROUP_BY_LABELS[groupBy].toLowerCase()}`,
    columns: [
      { key: 'group', label: SURVEY_GROUP_BY_LABELS[groupBy] },
      { key: 'responses', label: 'Answers', numeric: true },
      ...options.flatMap((option, i) => [
        { key: `count${i}`, label: option.label, numeric: true },
        { key: `share${i}`, label: `${option.label} (%)`, numeric: true, decimals: 1 },
      ]),
    ],
    rows: bars.rows.map((r) => {
      const cells: Record<string, CellValue> = { group: r.name, responses: r.responses };
      options.forEach((_, i) => {
        cells[`count${i}`] = r.counts[i] ?? 0;
        cells[`share${i}`] = r.shares[i] ?? null;
      });
      return { cells };
    }),
  };
}
