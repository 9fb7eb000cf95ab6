export * from './lib/sla.module';
export * from './lib/scheduler/sla-scheduler.service';
export * from './lib/calendars/calendar.entity';
export { recomputeSoon } from './lib/scheduler/job-queue';
