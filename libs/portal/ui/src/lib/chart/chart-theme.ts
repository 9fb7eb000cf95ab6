import { BoxAndWiskers, BoxPlotController } from '@sgratzl/chartjs-chart-boxplot';
import {
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartOptions,
  type ChartType,
  type Plugin,
} from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';
import { Flow, SankeyController } from 'chartjs-chart-sankey';
import { provideCharts } from 'ng2-charts';

/** One palette for every chart; colours distinguishable and AA-contrasting on white. */
export const CHART_PALETTE = ['#1f5fa8', '#c25e00', '#2e7d32', '#6a3fb5', '#00796b', '#ad1457'] as const;

/** Severity colours, S1 (most severe) first, the same in every chart. */
export const SEVERITY_COLOURS = { S1: '#b3261e', S2: '#c25e00', S3: '#1f5fa8', S4: '#5f6368' } as const;

const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Registers only the Chart.js parts the portal's charts use: bars, lines, box plots, sankey flows and matrices. */
export function provideLadderCharts() {
  return provideCharts({
    registerables: [
      BarController,
      BarElement,
      LineController,
      LineElement,
      PointElement,
      CategoryScale,
      LinearScale,
      Legend,
      Tooltip,
      BoxPlotController,
      BoxAndWiskers,
      SankeyController,
      Flow,
      MatrixController,
      MatrixElement,
    ],
    defaults: { font: { family: FONT_FAMILY, size: 12 }, color: '#3c4043', borderColor: '#dadce0' },
  });
}

/** What every chart shares: sized by its container, animation off when asked (tests, print). */
export function baseChartOptions<T extends ChartType>(animate: boolean): ChartOptions<T> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: animate ? undefined : false,
    plugins: { legend: { position: 'bottom' } },
  } as ChartOptions<T>;
}

export function barChartOptions(valueTitle: string, animate: boolean): ChartOptions<'bar'> {
  return {
    ...baseChartOptions<'bar'>(animate),
    datasets: { bar: { maxBarThickness: 56 } },
    plugins: { legend: { position: 'bottom' }, tooltip: { mode: 'index', intersect: false } },
    scales: {
      x: { grid: { display: false } },
      y: { beginAtZero: true, title: { display: true, text: valueTitle } },
    },
  };
}

/** Marks the canvas once Chart.js has drawn it, so browser tests wait for a fact instead of a delay. */
export const renderedMarker: Plugin = {
  id: 'ladderRenderedMarker',
  afterRender: (chart) => chart.canvas.setAttribute('data-rendered', 'true'),
};

/** Paints the canvas white under the chart, so a downloaded PNG is not transparent. */
export const opaqueBackground: Plugin = {
  id: 'ladderOpaqueBackground',
  beforeDraw: (chart) => {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

export const LADDER_CHART_PLUGINS: Plugin[] = [renderedMarker, opaqueBackground];
