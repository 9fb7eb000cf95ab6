import type { Severity, SurvivalReport, SurvivalSeries } from '@ladder/contracts';
import { formatMinutes, type DataTable } from '@ladder/portal/ui';
import { baseChartOptions, SEVERITY_COLOURS } from '@ladder/portal/ui/charts';
import type { ChartData, ChartOptions } from 'chart.js';
import type { DateRange } from '../filters/report-filters';
import type { Drill, DrillLink } from '../shared/drill';
import { percent, twoDecimals } from '../shared/figures';

/** A step of a curve as drawn: hours since opening, the share still unresolved just after, in percent. */
export interface CurveStep {
  hours: number;
  unresolvedPercent: number;
  /** Escalations still open and observed this long, just before the step. */
  atRisk: number;
  /** Resolved and censored since the step before. */
  resolved: number;
  censored: number;
}

/** One drawn curve: a severity in the period or in the comparison period. */
export interface Curve {
  severity: Severity;
  comparison: boolean;
  /** The period its escalations were opened in. */
  period: DateRange;
  series: SurvivalSeries;
  steps: CurveStep[];
}

export interface CurvePoint {
  x: number;
  y: number;
}

const hours = (minutes: number) => twoDecimals(minutes / 60);

/**
 * The curve's steps, rounded once. A step whose rounded share equals the one before draws nothing, so it is merged
 * into the next drawn step (its resolved and censored counts added there): thousands of tallies become at most about
 * a thousand steps drawing the same line. The last step stays, so the line reaches the longest time observed.
 */
export function curveSteps(series: SurvivalSeries): CurveStep[] {
  const steps: CurveStep[] = [];
  let drawn = 100;
  let resolved = 0;
  let censored = 0;
  series.points.forEach((point, i) => {
    resolved += point.resolved;
    censored += point.censored;
    const unresolvedPercent = percent(point.survival);
    if (unresolvedPercent === drawn && i < series.points.length - 1) return;
    steps.push({ hours: hours(point.minutes), unresolvedPercent, atRisk: point.atRisk, resolved, censored });
    drawn = unresolvedPercent;
    resolved = 0;
    censored = 0;
  });
  return steps;
}

/** The period's curves, then the comparison period's, each in severity order. */
export function survivalCurves(report: SurvivalReport, comparison: SurvivalReport | null): Curve[] {
  const curves = (source: SurvivalReport, isComparison: boolean) =>
    source.series.map((series) => ({
      severity: series.severity,
      comparison: isComparison,
      period: { from: source.from, to: source.to },
      series,
      steps: curveSteps(series),
    }));
  return [...curves(report, false), ...(comparison ? curves(comparison, true) : [])];
}

const curveName = (curve: Curve) => (curve.comparison ? `${curve.severity} (comparison)` : curve.severity);

/**
 * Kaplan-Meier curves start at 100 % at opening and hold each share until the next resolution: `stepped: 'before'`
 * draws a point's drop at the point's own time. The comparison period's curves are dashed and hollow.
 */
export function survivalData(curves: readonly Curve[]): ChartData<'line', CurvePoint[]> {
  return {
    datasets: curves.map((curve) => ({
      label: curveName(curve),
      data: [{ x: 0, y: 100 }, ...curve.steps.map((step) => ({ x: step.hours, y: step.unresolvedPercent }))],
      borderColor: SEVERITY_COLOURS[curve.severity],
      // Hollow in the legend (and on hover) for the comparison, so its box shows the dashes.
      backgroundColor: curve.comparison ? '#ffffff' : SEVERITY_COLOURS[curve.severity],
      borderWidth: 2,
      borderDash: curve.comparison ? [6, 4] : [],
      stepped: 'before' as const,
      pointRadius: 0,
      pointHoverRadius: 4,
      pointHitRadius: 6,
    })),
  };
}

/** "After 12h 15m": the time a point of the curve stands at (its x, in hours). */
export const afterText = (hoursSinceOpening: number) =>
  hoursSinceOpening === 0 ? 'At opening' : `After ${formatMinutes(hoursSinceOpening * 60)}`;

export function survivalOptions(curves: readonly Curve[], animate: boolean): ChartOptions<'line'> {
  const base = baseChartOptions<'line'>(animate);
  return {
    ...base,
    interaction: { mode: 'nearest', intersect: false },
    plugins: {
      ...base.plugins,
      tooltip: {
        callbacks: {
          title: (items) => afterText(items[0]?.parsed.x ?? 0),
          label: (item) => {
            const curve = curves[item.datasetIndex];
            // Point 0 is the start of the curve, before any step.
            const step = curve?.steps[item.dataIndex - 1];
            const atRisk = step ? ` (${step.atRisk.toLocaleString('en')} at risk)` : '';
            return `${curve ? curveName(curve) : ''}: ${item.parsed.y ?? 100} % still unresolved${atRisk}`;
          },
        },
      },
    },
    scales: {
      x: {
        type: 'linear',
        min: 0,
        title: { display: true, text: 'Hours since opening' },
        ticks: { callback: (value) => `${value} h` },
      },
      y: {
        type: 'linear',
        min: 0,
        max: 100,
        title: { display: true, text: 'Still unresolved (%)' },
        ticks: { callback: (value) => `${value} %` },
      },
    },
  };
}

export function survivalLabel(report: SurvivalReport, comparison: SurvivalReport | null): string {
  const against = comparison ? `, with ${comparison.from} to ${comparison.to} dashed for comparison` : '';
  return (
    `Step chart of the share of escalations still unresolved by hours since opening, per severity, for those opened ` +
    `${report.from} to ${report.to}${against}. The figures are in the table view.`
  );
}

/** The escalations behind a curve: those of its severity opened in its period. */
export const curveDrill = (curve: Curve): Drill => ({
  target: { basis: 'opened', severity: curve.severity },
  range: curve.period,
});

const periodColumn = { key: 'period', label: 'Period' };
const periodOf = (curve: Curve) => (curve.comparison ? 'Comparison' : 'This period');

/** The drawn steps of every curve, each severity linked to its escalations. */
export function curvesTable(report: SurvivalReport, curves: readonly Curve[], link: DrillLink): DataTable {
  const withPeriod = curves.some((curve) => curve.comparison);
  return {
    caption: `Share of escalations still unresolved by hours since opening, opened ${report.from} to ${report.to}`,
    columns: [
      ...(withPeriod ? [periodColumn] : []),
      { key: 'severity', label: 'Severity' },
      { key: 'hours', label: 'Hours since opening', numeric: true },
      { key: 'unresolved', label: 'Still unresolved (%)', numeric: true, decimals: 1 },
      { key: 'atRisk', label: 'At risk', numeric: true },
      { key: 'resolved', label: 'Resolved', numeric: true },
      { key: 'censored', label: 'Still open (censored)', numeric: true },
    ],
    rows: curves.flatMap((curve) =>
      curve.steps.map((step) => ({
        cells: {
          ...(withPeriod && { period: periodOf(curve) }),
          severity: curve.severity,
          hours: step.hours,
          unresolved: step.unresolvedPercent,
          atRisk: step.atRisk,
          resolved: step.resolved,
          censored: step.censored,
        },
        links: { severity: link(curveDrill(curve)) },
      })),
    ),
  };
}

/** Median and p90 per severity with the counts behind them; the escalation count linked to the escalations. */
export function resolutionTimesTable(report: SurvivalReport, curves: readonly Curve[], link: DrillLink): DataTable {
  const withPeriod = curves.some((curve) => curve.comparison);
  const hoursOrNull = (minutes: number | null) => (minutes === null ? null : hours(minutes));
  return {
    caption: `Time to resolution per severity, escalations opened ${report.from} to ${report.to}`,
    columns: [
      ...(withPeriod ? [periodColumn] : []),
      { key: 'severity', label: 'Severity' },
      { key: 'escalations', label: 'Escalations', numeric: true },
      { key: 'resolved', label: 'Resolved', numeric: true },
      { key: 'stillOpen', label: 'Still open (censored)', numeric: true },
      { key: 'median', label: 'Median (hours)', numeric: true },
      { key: 'p90', label: 'p90 (hours)', numeric: true },
    ],
    rows: curves.map((curve) => ({
      cells: {
        ...(withPeriod && { period: periodOf(curve) }),
        severity: curve.severity,
        escalations: curve.series.escalations,
        resolved: curve.series.resolved,
        stillOpen: curve.series.stillOpen,
        median: hoursOrNull(curve.series.medianMinutes),
        p90: hoursOrNull(curve.series.p90Minutes),
      },
      links: { escalations: link(curveDrill(curve)) },
    })),
  };
}
