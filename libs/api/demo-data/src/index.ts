export * from './lib/organisation.seed';
export * from './lib/demo-history.seed';
export * from './lib/demo-database';
export type { DemoHistoryOptions } from './lib/history.generator';
