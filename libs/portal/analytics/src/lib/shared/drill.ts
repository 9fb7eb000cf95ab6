import type { CellLink, DataTable } from '@ladder/portal/ui';
import type { DateRange } from '../filters/report-filters';

const DRILL_DOWN_PATH = '/reports/drill-down';

/** What a chart element counts, for the drill-down: its basis and the cell's own narrowing (level, team, kind ...). */
export type DrillTarget = { basis: string } & Record<string, string | number>;

/** The escalations behind a figure: the drill-down basis with its narrowing, over another period when given. */
export interface Drill {
  target: DrillTarget;
  /** The period of the figure when it is not the filters' own: the comparison period, a bucket, a day. */
  range?: DateRange;
}

/** Turns a drill into a table cell's link (`ReportContext.drillLink`). */
export type DrillLink = (drill: Drill) => CellLink;

/** The drill-down list behind a figure: the report's filters, over the drill's period when it has one, narrowed. */
export function drillCellLink(filters: Readonly<Record<string, string>>, drill: Drill): CellLink {
  const queryParams: Record<string, string> = { ...filters, ...drill.range };
  for (const [key, value] of Object.entries(drill.target)) queryParams[key] = String(value);
  return { path: DRILL_DOWN_PATH, queryParams };
}

/** The table for a reader who may not open the drill-down. */
export const withoutLinks = (table: DataTable): DataTable => ({
  ...table,
  rows: table.rows.map((row) => ({ cells: row.cells })),
});
