import type { CellLink, DataTable } from '@ladder/portal/ui';
import type { ChartData, ChartOptions } from 'chart.js';
import type { DateRange } from '../filters/report-filters';
import type { DrillTarget } from '../shared/report-context';

// Helpers the flow and SLA-breach mappers share (candidates for ../shared once a third report needs them).

/** The escalations behind a figure: the drill-down basis with its narrowing, over another range when given. */
export interface Drill {
  target: DrillTarget;
  range?: DateRange;
}

/** Turns a drill into a table cell's link (the page's `ReportContext.drillLink`). */
export type DrillLinker = (drill: Drill) => CellLink;

/** What a section hands its card and chart: the mapped data, options and label, and the same figures as a table. */
export interface ChartView {
  data: ChartData;
  options: ChartOptions;
  label: string;
  table: DataTable;
}

/** "L2 Team Lead": a level as every report names it. */
export const levelLabel = (level: number, name: string) => `L${level} ${name}`;

export const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** A share (0..1) as a percentage with one decimal; null stays null. */
export const percent = (share: number | null) => (share === null ? null : oneDecimal(share * 100));

/** A long axis label cut to `max` characters with an ellipsis; tooltips and tables keep the full text. */
export const truncate = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
