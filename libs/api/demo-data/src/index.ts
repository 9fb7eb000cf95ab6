export * from './lib/organisation.seed';
export * from './lib/demo-registers.seed';
export * from './lib/demo-acknowledgements.seed';
export * from './lib/demo-history.seed';
export * from './lib/demo-database';
export type { DemoHistoryOptions } from './lib/history.generator';
export { generateHistories } from './lib/history.generator';
export { loadDemoOrganisation } from './lib/demo-organisation.loader';
export type * from './lib/demo-history.types';
export { projectHistory } from './lib/history.projection';
export { CopySink, InsertSink, type HistorySink } from './lib/history.sink';
export {
  EVENT_TABLE,
  STINT_TABLE,
  eventRow,
  stintRow,
  type Cell,
  type TableRows,
  type TableSpec,
} from './lib/history.tables';
export { isoTime } from './lib/iso-time';
export { dataSourceQuery, pgQuery, runnerQuery, type SqlQuery } from './lib/sql-query';
