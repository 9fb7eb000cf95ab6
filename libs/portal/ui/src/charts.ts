// Chart.js and its plugins: a separate entry, so that pages without charts do not load them.
export * from './lib/chart/chart-theme';
export * from './lib/chart/chart.component';
export * from './lib/report/chart-view';
export * from './lib/report/chart-card.component';
