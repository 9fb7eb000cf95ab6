export * from './lib/escalations.module';
export * from './lib/entities/escalation-entities';
export * from './lib/entities/escalation.entity';
export * from './lib/entities/escalation-event.entity';
export * from './lib/entities/level-stint.entity';
