export * from './lib/status-machine';
export * from './lib/severity';
export * from './lib/percentile';
export * from './lib/entry-level';
