// The zod-free entry point: see lib/values.ts.
export * from './lib/values';
