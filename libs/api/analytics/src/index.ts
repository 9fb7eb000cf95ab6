export * from './lib/analytics.module';
