export * from './lib/portal-analytics/portal-analytics';
