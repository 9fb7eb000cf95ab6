export * from './lib/api-escalations';
