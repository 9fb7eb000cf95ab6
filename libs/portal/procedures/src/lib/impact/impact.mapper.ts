import type { ComparisonMetric, ComparisonSide, ProcedureComparisonReport } from '@ladder/contracts';
import { type CellLink, type DataTable } from '@ladder/portal/ui';
import { baseChartOptions } from '@ladder/portal/ui/charts';
import type { ChartData, ChartDataset, ChartOptions } from 'chart.js';
import type { BarOptionsView } from '../shared/bar-options-view';

/** What a metric's row says: better, worse, too uncertain, or too few escalations to tell at all. */
export type ImpactReading = 'better' | 'worse' | 'unclear' | 'too-few';

/** The two scales differences are drawn on: hours, and percentage points of a share. */
export type ImpactScale = 'hours' | 'points';

const READING_COLOURS: Readonly<Record<ImpactReading, string>> = {
  better: '#2e7d32',
  worse: '#b3261e',
  unclear: '#5f6368',
  'too-few': '#5f6368',
};
const READING_TEXT: Readonly<Record<ImpactReading, string>> = {
  better: 'Better',
  worse: 'Worse',
  unclear: 'Not clear',
  'too-few': 'Too few to tell',
};
const INTERVAL_COLOUR = 'rgba(95, 99, 104, 0.35)';
const MINUS = '−';

export const readingOf = (m: ComparisonMetric): ImpactReading =>
  m.tooFew || m.difference === null ? 'too-few' : m.direction;

export const scaleOf = (m: ComparisonMetric): ImpactScale => (m.unit === 'hours' ? 'hours' : 'points');

/** A figure on its scale, two decimals: hours as they are, shares as percentages (differences as points). */
export function scaled(m: ComparisonMetric, value: number | null): number | null {
  if (value === null) return null;
  const onScale = m.unit === 'share' ? value * 100 : value;
  // Halves away from zero, so that a change and its opposite round alike.
  return (Math.sign(onScale) * Math.round(Math.abs(onScale) * 100)) / 100 + 0;
}

const signedText = (value: number) => `${value < 0 ? MINUS : value > 0 ? '+' : ''}${Math.abs(value)}`;
const UNIT_TEXT: Readonly<Record<ImpactScale, string>> = { hours: 'h', points: 'points' };

/** The metrics of one scale, in the report's order. */
export const metricsOn = (report: ProcedureComparisonReport, scale: ImpactScale): ComparisonMetric[] =>
  report.metrics.filter((m) => scaleOf(m) === scale);

/** Metrics whose sides are too small to read, by label. */
export const tooFewLabels = (report: ProcedureComparisonReport): string[] =>
  report.metrics.filter((m) => readingOf(m) === 'too-few').map((m) => m.label);

/**
 * A forest plot: per metric its 95 % interval as a floating bar and B - A as a dot on it, coloured by its reading;
 * a metric with too few escalations keeps its row, named so, without marks.
 */
export function forestData(metrics: readonly ComparisonMetric[]): ChartData {
  const charted = (m: ComparisonMetric) => readingOf(m) !== 'too-few';
  // Typed one by one: a ChartData over the union of both chart types is too complex for the compiler to check.
  const intervals: ChartDataset<'bar', ([number, number] | null)[]> = {
    type: 'bar',
    label: '95 % confidence interval',
    data: metrics.map((m) => {
      const [low, high] = [scaled(m, m.ciLow), scaled(m, m.ciHigh)];
      return charted(m) && low !== null && high !== null ? [low, high] : null;
    }),
    backgroundColor: INTERVAL_COLOUR,
    barThickness: 10,
    order: 1,
  };
  const differences: ChartDataset<'line', (number | null)[]> = {
    type: 'line',
    label: 'Difference, B − A, at the same case mix',
    data: metrics.map((m) => (charted(m) ? scaled(m, m.difference) : null)),
    indexAxis: 'y',
    showLine: false,
    pointRadius: 6,
    pointHoverRadius: 8,
    pointBackgroundColor: metrics.map((m) => READING_COLOURS[readingOf(m)]),
    pointBorderColor: '#ffffff',
    borderColor: READING_COLOURS.unclear,
    backgroundColor: READING_COLOURS.unclear,
    order: 0,
  };
  return {
    labels: metrics.map((m) => (charted(m) ? m.label : `${m.label} (too few to tell)`)),
    datasets: [intervals, differences] as ChartDataset[],
  };
}

/** The axis runs evenly either side of zero, to the farthest bound rounded up to a whole unit (at least 1). */
export function forestReach(metrics: readonly ComparisonMetric[]): number {
  const bounds = metrics
    .filter((m) => readingOf(m) !== 'too-few')
    .flatMap((m) => [scaled(m, m.ciLow), scaled(m, m.ciHigh), scaled(m, m.difference)])
    .filter((b): b is number => b !== null);
  return Math.ceil(Math.max(1, ...bounds.map(Math.abs)));
}

export function forestOptions(
  metrics: readonly ComparisonMetric[],
  scale: ImpactScale,
  animate: boolean,
): ChartOptions<'bar'> {
  const reach = forestReach(metrics);
  const unit = UNIT_TEXT[scale];
  const at = (items: readonly { dataIndex: number }[]) => metrics[items[0]?.dataIndex ?? -1];
  const options: ChartOptions<'bar'> = {
    ...baseChartOptions<'bar'>(animate),
    indexAxis: 'y',
    scales: {
      x: {
        min: -reach,
        max: reach,
        title: { display: true, text: scale === 'hours' ? 'B − A, hours' : 'B − A, percentage points' },
        // Zero, no change, is the line the reader measures against.
        grid: {
          color: (context) => (context.tick?.value === 0 ? '#3c4043' : '#e0e0e0'),
          lineWidth: (context) => (context.tick?.value === 0 ? 2 : 1),
        },
      },
      y: { grid: { display: false }, ticks: { autoSkip: false } },
    },
    plugins: {
      legend: { position: 'bottom' },
      tooltip: {
        mode: 'index',
        axis: 'y',
        intersect: false,
        callbacks: {
          title: (items) => at(items)?.label ?? '',
          label: (item) => {
            const m = metrics[item.dataIndex];
            if (!m) return '';
            if (item.datasetIndex === 0) {
              const [low, high] = [scaled(m, m.ciLow), scaled(m, m.ciHigh)];
              return low === null || high === null ? '' : `95 % CI: ${signedText(low)} to ${signedText(high)} ${unit}`;
            }
            const difference = scaled(m, m.difference);
            return difference === null ? 'Too few to tell' : `B − A: ${signedText(difference)} ${unit}`;
          },
          footer: (items) => {
            const m = at(items);
            return m ? [`${READING_TEXT[readingOf(m)]} (n = ${m.a.compared} vs ${m.b.compared})`] : [];
          },
        },
      },
    },
  };
  return options;
}

export function forestLabel(metrics: readonly ComparisonMetric[], scale: ImpactScale): string {
  const what = scale === 'hours' ? 'in hours' : 'in percentage points';
  return (
    `Forest plot of how much each metric changed from A to B ${what}, at the same mix of severities and ` +
    `categories: each difference a dot on its 95 % confidence interval, zero marked. ` +
    metrics.map((m) => m.sentence).join(' ')
  );
}

const TABLE_COLUMNS: DataTable['columns'] = [
  { key: 'metric', label: 'Metric' },
  { key: 'unit', label: 'Unit' },
  { key: 'a', label: 'A', numeric: true },
  { key: 'nA', label: 'n A', numeric: true, decimals: 0 },
  { key: 'b', label: 'B', numeric: true },
  { key: 'nB', label: 'n B', numeric: true, decimals: 0 },
  { key: 'difference', label: 'B − A', numeric: true },
  { key: 'ciLow', label: '95 % CI low', numeric: true },
  { key: 'ciHigh', label: '95 % CI high', numeric: true },
  { key: 'naive', label: 'B − A, case mix ignored', numeric: true },
  { key: 'reading', label: 'Reading' },
  { key: 'sentence', label: 'In words' },
];

/**
 * Per metric: each side's value at the case mix both share (hours, or percent), the observations compared per side,
 * B - A with its interval (hours, or percentage points), what ignoring case mix would say, the reading and the
 * sentence.
 */
export function impactTable(metrics: readonly ComparisonMetric[], caption: string): DataTable {
  return {
    caption,
    columns: TABLE_COLUMNS,
    rows: metrics.map((m) => ({
      cells: {
        metric: m.label,
        unit: m.unit === 'hours' ? 'hours' : '%',
        a: scaled(m, m.a.standardised),
        nA: m.a.compared,
        b: scaled(m, m.b.standardised),
        nB: m.b.compared,
        difference: scaled(m, m.difference),
        ciLow: scaled(m, m.ciLow),
        ciHigh: scaled(m, m.ciHigh),
        naive: scaled(m, m.naiveDifference),
        reading: READING_TEXT[readingOf(m)],
        sentence: m.sentence,
      },
    })),
  };
}

/** One scale's chart card: the forest plot, its label, and its metrics as the table view and CSV. */
export function forestView(
  metrics: readonly ComparisonMetric[],
  scale: ImpactScale,
  animate: boolean,
): BarOptionsView | null {
  if (metrics.length === 0) return null;
  const ROW = 44;
  const AXIS_AND_LEGEND = 96;
  return {
    data: forestData(metrics),
    options: forestOptions(metrics, scale, animate),
    label: forestLabel(metrics, scale),
    table: impactTable(metrics, scale === 'hours' ? 'Times, A against B' : 'Rates, A against B'),
    height: AXIS_AND_LEGEND + Math.max(metrics.length, 2) * ROW,
  };
}

/** Escalations per severity x category on each side, from a metric every finished escalation counts in. */
export function caseMixTable(report: ProcedureComparisonReport): DataTable | null {
  const metric = report.metrics.find((m) => m.metric === 'resolution-breach-rate');
  if (!metric) return null;
  const rows = [
    ...metric.strata.map((s) => ({ severity: s.severity, category: s.category, nA: s.a.n, nB: s.b.n, note: '' })),
    ...metric.excluded.map((s) => ({
      severity: s.severity,
      category: s.category,
      nA: s.nA,
      nB: s.nB,
      note: 'Only one side has it: left out',
    })),
  ].sort((x, y) => `${x.severity}|${x.category}`.localeCompare(`${y.severity}|${y.category}`));
  return {
    caption: 'Case mix: finished escalations per severity and category on each side',
    columns: [
      { key: 'severity', label: 'Severity' },
      { key: 'category', label: 'Category' },
      { key: 'nA', label: 'A', numeric: true, decimals: 0 },
      { key: 'nB', label: 'B', numeric: true, decimals: 0 },
      { key: 'note', label: 'Note' },
    ],
    rows: rows.map((cells) => ({ cells })),
  };
}

/**
 * The drill-down of the escalations opened on a side (its period, or from its first to its last escalation under its
 * version); it lists the unfinished ones too, which the comparison leaves out. Null for a side without escalations.
 */
export function sideDrillLink(side: ComparisonSide): CellLink | null {
  const from = side.from ?? side.firstOpened;
  const to = side.to ?? side.lastOpened;
  if (!from || !to || side.escalations === 0) return null;
  const queryParams: Record<string, string> = { basis: 'opened', from, to };
  if (side.procedureVersionId) queryParams['procedureVersionId'] = side.procedureVersionId;
  return { path: '/reports/drill-down', queryParams };
}
