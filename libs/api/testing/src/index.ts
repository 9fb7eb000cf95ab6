export * from './lib/test-app';
export * from './lib/test-database';
export { TEMPLATE_DATABASE } from './lib/template-database';
export * from './lib/escalation-client';
export * from './lib/stays-fixture';
export * from './lib/loopback-receivers';
