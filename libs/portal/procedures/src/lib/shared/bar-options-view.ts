import type { ChartOptions } from 'chart.js';
import type { ChartView } from '@ladder/portal/ui/charts';

/**
 * A chart card's view with options typed for a bar chart. Handed to the card as it is: converting bar options to
 * the card's options of every chart type inside a mapper makes a union too complex for the compiler.
 */
export interface BarOptionsView extends Omit<ChartView, 'options'> {
  options: ChartOptions<'bar'>;
}
