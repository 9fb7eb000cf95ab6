export * from './lib/registers.module';
