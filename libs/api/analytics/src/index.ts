export * from './lib/analytics.module';
export { OverviewService } from './lib/overview.service';
export { SlaBreachesService } from './lib/sla-breaches.service';
export { BottlenecksService } from './lib/bottlenecks.service';
export * from './lib/read-models/read-model.refresher';
export * from './lib/read-models/read-model-refresh';
export * from './lib/read-models/read-model-rebuild';
export { stintDays } from './lib/read-models/stint-daily';
export { refreshBreachFacts } from './lib/read-models/breach-facts';
