export * from './lib/api-procedures';
