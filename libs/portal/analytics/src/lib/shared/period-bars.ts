import { barChartOptions, CHART_PALETTE } from '@ladder/portal/ui/charts';
import type { ChartData, ChartOptions } from 'chart.js';
import { shortLabel } from './labels';

// A bar per level (or any category) for this period, and the comparison period's bar beside it when there is one.

const LABEL_CHARS = 22;

export function periodBarsData(
  labels: string[],
  values: number[],
  comparison: number[] | null,
  aloneLabel: string,
): ChartData<'bar', number[], string> {
  const compared = comparison
    ? [{ label: 'Comparison period', data: comparison, backgroundColor: CHART_PALETTE[1] }]
    : [];
  return {
    labels,
    datasets: [
      { label: comparison ? 'This period' : aloneLabel, data: values, backgroundColor: CHART_PALETTE[0] },
      ...compared,
    ],
  };
}

/** Bar options with exact tooltips (`tooltip` of dataset and index), long labels cut on the axis, a legend for two. */
export function periodBarsOptions(
  valueTitle: string,
  labels: readonly string[],
  compared: boolean,
  tooltip: (datasetIndex: number, index: number) => string,
  animate: boolean,
): ChartOptions<'bar'> {
  const base = barChartOptions(valueTitle, animate);
  return {
    ...base,
    plugins: {
      ...base.plugins,
      legend: { display: compared, position: 'bottom' },
      tooltip: {
        mode: 'index',
        intersect: false,
        callbacks: { label: (item) => tooltip(item.datasetIndex, item.dataIndex) },
      },
    },
    scales: {
      ...base.scales,
      x: {
        grid: { display: false },
        ticks: { callback: (value) => shortLabel(labels[Number(value)] ?? '', LABEL_CHARS) },
      },
    },
  };
}
