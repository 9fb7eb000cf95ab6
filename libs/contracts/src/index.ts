export * from './lib/enums';
export * from './lib/errors';
export * from './lib/query';
export * from './lib/identity';
export * from './lib/procedure';
export * from './lib/escalation';
export * from './lib/analytics';
export * from './lib/health';
