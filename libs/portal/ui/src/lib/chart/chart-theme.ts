import {
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  Tooltip,
  type ChartOptions,
  type Plugin,
} from 'chart.js';
import { provideCharts } from 'ng2-charts';

/** One palette for every chart; colours distinguishable and AA-contrasting on white. */
export const CHART_PALETTE = ['#1f5fa8', '#c25e00', '#2e7d32', '#6a3fb5', '#00796b', '#ad1457'] as const;

const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Registers only the Chart.js parts the portal's charts use. */
export function provideLadderCharts() {
  return provideCharts({
    registerables: [BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip],
    defaults: { font: { family: FONT_FAMILY, size: 12 }, color: '#3c4043', borderColor: '#dadce0' },
  });
}

export function barChartOptions(valueTitle: string, animate: boolean): ChartOptions<'bar'> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: animate ? undefined : false,
    datasets: { bar: { maxBarThickness: 56 } },
    plugins: { legend: { position: 'bottom' }, tooltip: { mode: 'index', intersect: false } },
    scales: {
      x: { grid: { display: false } },
      y: { beginAtZero: true, title: { display: true, text: valueTitle } },
    },
  };
}

/** Marks the canvas once Chart.js has drawn it, so browser tests wait for a fact instead of a delay. */
export const renderedMarker: Plugin<'bar'> = {
  id: 'ladderRenderedMarker',
  afterRender: (chart) => chart.canvas.setAttribute('data-rendered', 'true'),
};
