export * from './lib/procedure-version.entity';
export * from './lib/procedure-version.mapper';
export * from './lib/procedures.service';
export { ProcedureLifecycleService } from './lib/procedure-lifecycle.service';
export * from './lib/procedures.module';
export { ProcedureWatch, type WatchRound } from './lib/acknowledgements/procedure-watch';
