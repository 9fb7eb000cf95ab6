export * from './lib/portal-ui/portal-ui';
