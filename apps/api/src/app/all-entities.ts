import { ESCALATION_ENTITIES } from '@ladder/api/escalations';
import { IDENTITY_ENTITIES } from '@ladder/api/identity';
import { ImportRunEntity } from '@ladder/api/imports';
import { PROCEDURE_ENTITIES } from '@ladder/api/procedures';
import { CalendarEntity } from '@ladder/api/sla';

/** Every entity of every capability: the CLI data source and the drift check need the full list. */
export const ALL_ENTITIES = [
  ...IDENTITY_ENTITIES,
  ...PROCEDURE_ENTITIES,
  ...ESCALATION_ENTITIES,
  CalendarEntity,
  ImportRunEntity,
];
