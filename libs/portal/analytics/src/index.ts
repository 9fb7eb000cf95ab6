export * from './lib/analytics.routes';
