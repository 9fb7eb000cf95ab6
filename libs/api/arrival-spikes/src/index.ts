export * from './lib/arrival-spikes.module';
