export * from './lib/migrations';
export * from './lib/data-source-options';
export * from './lib/embedded-database';
export * from './lib/database-endpoint';
export * from './lib/database.module';
