export * from './lib/sla.module';
export * from './lib/scheduler/sla-scheduler.service';
export * from './lib/calendars/calendar.entity';
export { requestRecompute } from './lib/scheduler/job-queue';
