export * from './lib/status-machine';
export * from './lib/severity';
export * from './lib/percentile';
export * from './lib/entry-level';
export * from './lib/working-windows';
export * from './lib/without-pauses';
export * from './lib/working-time';
export * from './lib/sla-clock';
