export * from './lib/api-analytics';
