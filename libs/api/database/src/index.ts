export * from './migrations/1764115200000-initial-schema';
