export * from './lib/portal-escalations/portal-escalations';
