import type { BreachKind, Severity, SlaBreachesReport, SlaBreachRow } from '@ladder/contracts';
import { SEVERITIES } from '@ladder/contracts/values';
import { type CellLink, type DataTable } from '@ladder/portal/ui';
import { barChartOptions, CHART_PALETTE, SEVERITY_COLOURS, type ChartPick } from '@ladder/portal/ui/charts';
import type { ChartData, ChartOptions } from 'chart.js';
import type { DateRange } from '../filters/report-filters';
import type { Drill, DrillLink } from '../shared/drill';
import { counted, percent } from '../shared/figures';
import { bucketLabel, bucketSpans, bucketTitle, type BreachBucketSize, type BucketSpan } from './breach-buckets';
import { BREACH_KIND_LABELS, tallyOf } from './breach-kinds';

/** One bucket of the chart, summed over the teams: breaches of the chosen kind per severity and the breach rate. */
export interface BreachBucket extends BucketSpan {
  label: string;
  title: string;
  bySeverity: Record<Severity, number>;
  breached: number;
  escalations: number;
  /** `breached` / `escalations` in percent, one decimal; null for a bucket without escalations. */
  ratePercent: number | null;
}

export interface BreachesOverTime {
  kind: BreachKind;
  size: BreachBucketSize;
  range: DateRange;
  /** The severities the period has escalations of, most severe first: one stacked dataset each. */
  severities: Severity[];
  buckets: BreachBucket[];
  /** The comparison period's buckets set beside this period's by position (1st with 1st); null without one. */
  comparison: (BreachBucket | null)[] | null;
}

const RATE_COLOUR = CHART_PALETTE[3];

const kindName = (kind: BreachKind) => BREACH_KIND_LABELS[kind].toLowerCase();

const noBreaches = (): Record<Severity, number> => ({ S1: 0, S2: 0, S3: 0, S4: 0 });

/** Every bucket of the report's range with the series summed over teams (the API splits each cell by team). */
export function breachBuckets(report: SlaBreachesReport, kind: BreachKind): BreachBucket[] {
  const withYear = report.from.slice(0, 4) !== report.to.slice(0, 4);
  const cells = new Map(
    bucketSpans(report, report.bucket).map((span) => [span.start, { span, rows: [] as SlaBreachRow[] }]),
  );
  for (const row of report.series) cells.get(row.bucketStart)?.rows.push(row);
  return [...cells.values()].map(({ span, rows }) => {
    const bySeverity = noBreaches();
    let escalations = 0;
    for (const row of rows) {
      bySeverity[row.severity] += tallyOf(row, kind).count;
      escalations += row.escalations;
    }
    const breached = SEVERITIES.reduce((sum, severity) => sum + bySeverity[severity], 0);
    return {
      ...span,
      label: bucketLabel(span.start, report.bucket, withYear),
      title: bucketTitle(span, report.bucket),
      bySeverity,
      breached,
      escalations,
      ratePercent: escalations ? percent(breached / escalations) : null,
    };
  });
}

export function breachesOverTime(
  report: SlaBreachesReport,
  comparison: SlaBreachesReport | null,
  kind: BreachKind,
): BreachesOverTime {
  const present = new Set(report.series.map((row) => row.severity));
  const buckets = breachBuckets(report, kind);
  const compared = comparison ? breachBuckets(comparison, kind) : null;
  return {
    kind,
    size: report.bucket,
    range: { from: report.from, to: report.to },
    severities: SEVERITIES.filter((severity) => present.has(severity)),
    buckets,
    comparison: compared && buckets.map((_, index) => compared[index] ?? null),
  };
}

type DatasetRole = { role: 'severity'; severity: Severity } | { role: 'rate' } | { role: 'comparison' };

/** What the dataset at an index draws: the severities' bars first, then the rate line, then the comparison's. */
function roleOf(model: BreachesOverTime, datasetIndex: number): DatasetRole {
  const severity = model.severities[datasetIndex];
  if (severity) return { role: 'severity', severity };
  return datasetIndex === model.severities.length ? { role: 'rate' } : { role: 'comparison' };
}

export function breachesChartData(model: BreachesOverTime): ChartData<'bar' | 'line', (number | null)[], string> {
  const rateLine = (label: string, rates: (number | null)[], dashed: boolean) => ({
    type: 'line' as const,
    label,
    data: rates,
    yAxisID: 'y1',
    order: 0,
    borderColor: RATE_COLOUR,
    backgroundColor: RATE_COLOUR,
    borderWidth: 2,
    borderDash: dashed ? [6, 4] : [],
    pointRadius: 3,
  });
  return {
    labels: model.buckets.map((b) => b.label),
    datasets: [
      ...model.severities.map((severity) => ({
        type: 'bar' as const,
        label: severity,
        data: model.buckets.map((b) => b.bySeverity[severity]),
        backgroundColor: SEVERITY_COLOURS[severity],
        stack: 'breaches',
        yAxisID: 'y',
        order: 1,
      })),
      rateLine(
        'Breach rate (%)',
        model.buckets.map((b) => b.ratePercent),
        false,
      ),
      ...(model.comparison
        ? [
            rateLine(
              'Breach rate, comparison period (%)',
              model.comparison.map((b) => b?.ratePercent ?? null),
              true,
            ),
          ]
        : []),
    ],
  };
}

function rateText(bucket: BreachBucket): string {
  return bucket.ratePercent === null
    ? 'no escalations opened'
    : `${bucket.ratePercent}% (${bucket.breached} of ${bucket.escalations} opened)`;
}

export function breachesTooltipTitle(model: BreachesOverTime, index: number): string {
  return model.buckets[index]?.title ?? '';
}

/** A tooltip line with the exact figure and its unit. */
export function breachesTooltipLabel(model: BreachesOverTime, datasetIndex: number, index: number): string {
  const bucket = model.buckets[index];
  if (!bucket) return '';
  const role = roleOf(model, datasetIndex);
  switch (role.role) {
    case 'severity':
      return `${role.severity}: ${counted(bucket.bySeverity[role.severity], 'escalation')} breached`;
    case 'rate':
      return `Breach rate: ${rateText(bucket)}`;
    case 'comparison': {
      const compared = model.comparison?.[index];
      return compared
        ? `Comparison (${compared.from} to ${compared.to}): ${rateText(compared)}`
        : 'Comparison: no bucket here';
    }
  }
}

export function breachesChartOptions(model: BreachesOverTime, animate: boolean): ChartOptions<'bar'> {
  const valueTitle = `Escalations breaching the ${kindName(model.kind)} target`;
  const base = barChartOptions(valueTitle, animate);
  return {
    ...base,
    plugins: {
      // The lines are drawn over the bars (`order`), which would list them first; the legend keeps dataset order.
      legend: { position: 'bottom', labels: { sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0) } },
      tooltip: {
        mode: 'index',
        intersect: false,
        callbacks: {
          title: (items) => breachesTooltipTitle(model, items[0]?.dataIndex ?? -1),
          label: (item) => breachesTooltipLabel(model, item.datasetIndex, item.dataIndex),
        },
      },
    },
    scales: {
      x: { stacked: true, grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true } },
      y: {
        stacked: true,
        beginAtZero: true,
        ticks: { precision: 0 },
        title: { display: true, text: valueTitle },
      },
      y1: {
        position: 'right',
        beginAtZero: true,
        grid: { drawOnChartArea: false },
        title: { display: true, text: 'Breach rate (%)' },
      },
    },
  };
}

export function breachesChartLabel(model: BreachesOverTime): string {
  const comparison = model.comparison ? ", and the comparison period's breach rate as a dashed line" : '';
  return (
    `Stacked bar chart of the escalations that breached the ${kindName(model.kind)} target per ${model.size} ` +
    `of opening and severity, from ${model.range.from} to ${model.range.to}, with the share of the escalations ` +
    `opened that breached it as a line on the right axis${comparison}. The same figures are in the table view.`
  );
}

/** The breaches of the chosen kind opened in the bucket's days, of one severity or all. */
function breachesIn(model: BreachesOverTime, bucket: BreachBucket, severity?: Severity): Drill {
  const target = { basis: 'breaches', kind: model.kind, ...(severity ? { severity } : {}) };
  return { target, range: { from: bucket.from, to: bucket.to } };
}

/** The escalations behind a clicked bar segment or rate point; null where there are none. */
export function breachesPick(model: BreachesOverTime, pick: ChartPick): Drill | null {
  const role = roleOf(model, pick.datasetIndex);
  const bucket = role.role === 'comparison' ? model.comparison?.[pick.index] : model.buckets[pick.index];
  if (!bucket) return null;
  if (role.role !== 'severity') return bucket.breached > 0 ? breachesIn(model, bucket) : null;
  return bucket.bySeverity[role.severity] > 0 ? breachesIn(model, bucket, role.severity) : null;
}

export function breachesTable(model: BreachesOverTime, link: DrillLink): DataTable {
  const comparison = model.comparison;
  return {
    caption: `Escalations breaching the ${kindName(model.kind)} target per ${model.size} and severity, with the breach rate`,
    columns: [
      { key: 'from', label: 'From' },
      { key: 'to', label: 'To' },
      ...model.severities.map((severity) => ({ key: severity, label: `${severity} breached`, numeric: true })),
      { key: 'breached', label: 'Breached', numeric: true },
      { key: 'escalations', label: 'Escalations opened', numeric: true },
      { key: 'rate', label: 'Breach rate (%)', numeric: true, decimals: 1 },
      ...(comparison
        ? [
            { key: 'comparisonFrom', label: 'Comparison from' },
            { key: 'comparisonTo', label: 'Comparison to' },
            { key: 'comparisonRate', label: 'Comparison breach rate (%)', numeric: true, decimals: 1 },
          ]
        : []),
    ],
    rows: model.buckets.map((bucket, index) => {
      const compared = comparison?.[index] ?? null;
      const links: Record<string, CellLink> = {};
      for (const severity of model.severities) {
        if (bucket.bySeverity[severity] > 0) links[severity] = link(breachesIn(model, bucket, severity));
      }
      if (bucket.breached > 0) links['breached'] = link(breachesIn(model, bucket));
      if (bucket.escalations > 0) {
        links['escalations'] = link({ target: { basis: 'opened' }, range: { from: bucket.from, to: bucket.to } });
      }
      return {
        cells: {
          from: bucket.from,
          to: bucket.to,
          ...Object.fromEntries(model.severities.map((severity) => [severity, bucket.bySeverity[severity]])),
          breached: bucket.breached,
          escalations: bucket.escalations,
          rate: bucket.ratePercent,
          ...(comparison
            ? {
                comparisonFrom: compared?.from ?? null,
                comparisonTo: compared?.to ?? null,
                comparisonRate: compared?.ratePercent ?? null,
              }
            : {}),
        },
        links,
      };
    }),
  };
}
