export * from './lib/escalations.routes';
