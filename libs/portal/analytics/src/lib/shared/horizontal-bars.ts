import { baseChartOptions } from '@ladder/portal/ui/charts';
import type { ChartOptions } from 'chart.js';
import { shortLabel } from './labels';

/** What a horizontal bar chart shows beyond its data: full category names and the tooltip text. */
export interface BarTexts {
  /** Full category names: cut short on the axis, whole in the tooltip title. */
  labels: readonly string[];
  /** One tooltip line per dataset, per category. */
  tooltips: readonly (readonly string[])[];
  /** Lines under the tooltip per category (the change, say). */
  footers?: readonly (readonly string[])[];
}

/** Bars along the value axis, one row per category: long names stay readable and never collide. */
export function horizontalBarOptions(
  texts: BarTexts,
  valueTitle: string,
  animate: boolean,
  wholeNumbers = false,
): ChartOptions<'bar'> {
  const at = (items: readonly { dataIndex: number }[]) => items[0]?.dataIndex ?? -1;
  return {
    ...baseChartOptions<'bar'>(animate),
    indexAxis: 'y',
    datasets: { bar: { maxBarThickness: 24 } },
    scales: {
      x: {
        beginAtZero: true,
        title: { display: true, text: valueTitle },
        ticks: wholeNumbers ? { precision: 0 } : {},
      },
      y: {
        grid: { display: false },
        ticks: { autoSkip: false, callback: (_value, index) => shortLabel(texts.labels[index] ?? '') },
      },
    },
    plugins: {
      legend: { position: 'bottom' },
      tooltip: {
        mode: 'index',
        axis: 'y',
        intersect: false,
        callbacks: {
          title: (items) => texts.labels[at(items)] ?? '',
          label: (item) => texts.tooltips[item.datasetIndex]?.[item.dataIndex] ?? '',
          footer: (items) => [...(texts.footers?.[at(items)] ?? [])],
        },
      },
    },
  };
}

/** Pixel height of a horizontal chart with `rows` categories: room for each row plus the axis and legend. */
export function horizontalChartHeight(rows: number, perRow: number): number {
  const AXIS_AND_LEGEND = 96;
  return AXIS_AND_LEGEND + Math.max(rows, 3) * perRow;
}
