import { EscalationEventEntity } from './escalation-event.entity';
import { EscalationEntity } from './escalation.entity';
import { LevelStintEntity } from './level-stint.entity';

/** Everything this module persists; apps/api adds it to ALL_ENTITIES. */
export const ESCALATION_ENTITIES = [EscalationEntity, EscalationEventEntity, LevelStintEntity];
