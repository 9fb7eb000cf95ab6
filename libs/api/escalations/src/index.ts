export * from './lib/escalations.module';
export * from './lib/entities/escalation-entities';
export * from './lib/entities/escalation.entity';
export * from './lib/entities/escalation-event.entity';
export * from './lib/entities/level-stint.entity';
export * from './lib/escalation-creation.service';
export * from './lib/escalation.presenter';
export * from './lib/escalation-row';
