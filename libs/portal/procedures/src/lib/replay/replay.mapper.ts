import { SeveritySchema, type ProcedureReplayResult, type Severity } from '@ladder/contracts';
import { barChartOptions, CHART_PALETTE } from '@ladder/portal/ui/charts';
import type { ChartData, ChartOptions } from 'chart.js';
import type { BarOptionsView } from '../shared/bar-options-view';

/** Days of history the replay may look back, as the selector offers them. */
export const REPLAY_DAYS = [30, 60, 90, 180] as const;
export const DEFAULT_REPLAY_DAYS = 90;

/** The days to replay from the URL's `?days=`: one of the offered values, 90 otherwise. */
export function replayDays(param: string | null | undefined): number {
  const days = Number(param);
  return (REPLAY_DAYS as readonly number[]).includes(days) ? days : DEFAULT_REPLAY_DAYS;
}

/** How the draft's figure compares with the actual one. */
export type Trend = 'better' | 'worse' | 'same' | 'unknown';

/** An actual figure beside the draft's, and the difference (draft − actual) with its sign in words. */
export interface Compared {
  actual: number | null;
  draft: number | null;
  difference: number | null;
  trend: Trend;
}

export interface SeverityReplayRow {
  severity: Severity;
  escalations: number;
  responseBreaches: Compared;
  /** Percent, one decimal; the difference is in percentage points. */
  responseRate: Compared;
  resolutionBreaches: Compared;
  resolutionRate: Compared;
}

export interface LevelReplayRow {
  level: number;
  reached: Compared;
  autoEscalations: Compared;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;
const percent = (share: number | null) => (share === null ? null : oneDecimal(share * 100));

/** Fewer is better for every figure of the replay: breaches, automatic escalations, load reaching a level. */
export function compared(actual: number | null, draft: number | null): Compared {
  if (actual === null || draft === null) return { actual, draft, difference: null, trend: 'unknown' };
  const difference = oneDecimal(draft - actual);
  const trend: Trend = difference === 0 ? 'same' : difference < 0 ? 'better' : 'worse';
  return { actual, draft, difference, trend };
}

/** S1..S4, for the severities either side has figures for. */
export function severityRows(result: ProcedureReplayResult): SeverityReplayRow[] {
  return SeveritySchema.options.flatMap((severity) => {
    const actual = result.actual.severities.find((s) => s.severity === severity);
    const draft = result.draft.severities.find((s) => s.severity === severity);
    if (!actual && !draft) return [];
    return [
      {
        severity,
        escalations: actual?.escalations ?? draft?.escalations ?? 0,
        responseBreaches: compared(actual?.responseBreaches ?? null, draft?.responseBreaches ?? null),
        responseRate: compared(percent(actual?.responseBreachRate ?? null), percent(draft?.responseBreachRate ?? null)),
        resolutionBreaches: compared(actual?.resolutionBreaches ?? null, draft?.resolutionBreaches ?? null),
        resolutionRate: compared(
          percent(actual?.resolutionBreachRate ?? null),
          percent(draft?.resolutionBreachRate ?? null),
        ),
      },
    ];
  });
}

/** Every level either side reached, lowest first. */
export function levelRows(result: ProcedureReplayResult): LevelReplayRow[] {
  const levels = [...new Set([...result.actual.levels, ...result.draft.levels].map((l) => l.level))].sort(
    (a, b) => a - b,
  );
  return levels.map((level) => {
    const actual = result.actual.levels.find((l) => l.level === level);
    const draft = result.draft.levels.find((l) => l.level === level);
    return {
      level,
      reached: compared(actual?.reached ?? 0, draft?.reached ?? 0),
      autoEscalations: compared(actual?.autoEscalations ?? 0, draft?.autoEscalations ?? 0),
    };
  });
}

/** "+2", "−1.5", "0": the sign always shown, a true minus sign. */
export function signed(difference: number | null): string {
  if (difference === null) return '–';
  if (difference === 0) return '0';
  return `${difference > 0 ? '+' : '−'}${Math.abs(difference).toLocaleString('en', { maximumFractionDigits: 1 })}`;
}

interface Series<R> {
  label: string;
  value: (row: R) => number | null;
}

interface GroupedBars<R> {
  /** The table's first column: the category of each group of bars. */
  category: { label: string; of: (row: R) => string };
  series: readonly Series<R>[];
  caption: string;
  valueTitle: string;
  /** What the chart shows for a row, in words, for the canvas's accessible label. */
  describe: (row: R) => string;
}

/** A bar chart's view: typed for bars, given to the chart card as its ChartView. */
export interface BarChartView extends BarOptionsView {
  data: ChartData<'bar', (number | null)[], string>;
}

/** One group of bars per row, one bar per series, the same figures as a table. */
function groupedBars<R>(rows: readonly R[], chart: GroupedBars<R>, animate: boolean): BarChartView {
  const key = (i: number) => `s${i}`;
  const data: ChartData<'bar', (number | null)[], string> = {
    labels: rows.map(chart.category.of),
    datasets: chart.series.map((s, i) => ({
      label: s.label,
      data: rows.map(s.value),
      backgroundColor: CHART_PALETTE[i % CHART_PALETTE.length],
    })),
  };
  const options: ChartOptions<'bar'> = barChartOptions(chart.valueTitle, animate);
  return {
    data,
    options,
    label: `Bar chart of ${chart.caption.toLowerCase()}: ${rows.map(chart.describe).join('; ')}.`,
    table: {
      caption: chart.caption,
      columns: [
        { key: 'category', label: chart.category.label },
        ...chart.series.map((s, i) => ({ key: key(i), label: s.label, numeric: true, decimals: 1 })),
      ],
      rows: rows.map((row) => ({
        cells: {
          category: chart.category.of(row),
          ...Object.fromEntries(chart.series.map((s, i) => [key(i), s.value(row)])),
        },
      })),
    },
  };
}

const orDash = (value: number | null) => (value === null ? '–' : String(value));

/** Breach rates per severity in percent, actual beside the draft's, for response and resolution. */
export function breachRateChart(rows: readonly SeverityReplayRow[], animate: boolean): BarChartView {
  return groupedBars(
    rows,
    {
      category: { label: 'Severity', of: (r) => r.severity },
      series: [
        { label: 'Response breach rate, actual (%)', value: (r) => r.responseRate.actual },
        { label: 'Response breach rate, draft (%)', value: (r) => r.responseRate.draft },
        { label: 'Resolution breach rate, actual (%)', value: (r) => r.resolutionRate.actual },
        { label: 'Resolution breach rate, draft (%)', value: (r) => r.resolutionRate.draft },
      ],
      caption: 'Breach rates per severity, actual and with the draft',
      valueTitle: 'Breach rate (%)',
      describe: (r) =>
        `${r.severity} resolution ${orDash(r.resolutionRate.actual)} % actual, ${orDash(r.resolutionRate.draft)} % with the draft`,
    },
    animate,
  );
}

/** Escalations reaching each level and automatic escalations out of it, actual beside the draft's. */
export function levelChart(rows: readonly LevelReplayRow[], animate: boolean): BarChartView {
  return groupedBars(
    rows,
    {
      category: { label: 'Level', of: (r) => `L${r.level}` },
      series: [
        { label: 'Reached, actual', value: (r) => r.reached.actual },
        { label: 'Reached, draft', value: (r) => r.reached.draft },
        { label: 'Auto-escalations, actual', value: (r) => r.autoEscalations.actual },
        { label: 'Auto-escalations, draft', value: (r) => r.autoEscalations.draft },
      ],
      caption: 'Escalations reaching each level and automatic escalations out of it, actual and with the draft',
      valueTitle: 'Escalations',
      describe: (r) =>
        `L${r.level} reached by ${orDash(r.reached.actual)} actually, ${orDash(r.reached.draft)} with the draft`,
    },
    animate,
  );
}
