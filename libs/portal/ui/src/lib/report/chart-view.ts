import type { ChartData, ChartOptions } from 'chart.js';
import type { DataTable } from '../table/data-table';

/** What a report card draws: the mapped data and options, the canvas's label, and the same figures as a table. */
export interface ChartView {
  data: ChartData;
  options: ChartOptions;
  /** What the chart shows, in words, for screen readers. */
  label: string;
  /** The chart's figures: its table view and its CSV. */
  table: DataTable;
  /** Shows or hides the legend whatever the options say; unset, the options decide. */
  legend?: boolean;
  /** The canvas's height in pixels, when the card's default does not suit (one row per category, say). */
  height?: number;
}
