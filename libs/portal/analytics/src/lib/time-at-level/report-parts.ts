import type { CellLink, DataTable } from '@ladder/portal/ui';
import type { DateRange } from '../filters/report-filters';
import type { DrillTarget } from '../shared/report-context';

// What the time-at-level and bottlenecks charts share; general enough for `shared/` once other reports want it.

/** Longest category label an axis shows; the tooltip and the table keep the full text. */
const AXIS_LABEL_MAX = 34;

/** The label cut to `max` characters with an ellipsis, so long team or category names do not crowd the plot. */
export function shortLabel(text: string, max = AXIS_LABEL_MAX): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Pixel height of a horizontal chart with `rows` categories: room for each row plus the axis and legend. */
export function horizontalChartHeight(rows: number, perRow: number): number {
  const AXIS_AND_LEGEND = 96;
  return AXIS_AND_LEGEND + Math.max(rows, 3) * perRow;
}

/** The colour of the other period (previous or compared) beside this one: grey, 3.6:1 on white. */
export const OTHER_PERIOD_COLOUR = '#80868b';

/** A period a chart draws a dataset for. */
export interface Period {
  /** Legend and tooltip name. */
  label: string;
  /** The range a drill-down of this period covers; absent for the report's own range (the filters). */
  range?: DateRange;
}

/** This period, then the compared one when there is one. */
export function periodsOf(report: DateRange, comparison: DateRange | null): Period[] {
  const current: Period = { label: `${report.from} to ${report.to}` };
  if (!comparison) return [current];
  const range = { from: comparison.from, to: comparison.to };
  return [current, { label: `${range.from} to ${range.to} (compared)`, range }];
}

/** Makes a table cell's link to the escalations behind it (`ReportContext.drillLink`). */
export type DrillLink = (target: DrillTarget, range?: DateRange) => CellLink;

/** The table for a reader who may not open the drill-down. */
export const withoutLinks = (table: DataTable): DataTable => ({
  ...table,
  rows: table.rows.map((row) => ({ cells: row.cells })),
});
