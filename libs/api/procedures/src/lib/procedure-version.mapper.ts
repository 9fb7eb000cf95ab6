import type { ProcedureVersion } from '@ladder/contracts';
import type { ProcedureVersionEntity } from './procedure-version.entity';

export function toProcedureVersion(entity: ProcedureVersionEntity): ProcedureVersion {
  return {
    id: entity.id,
    version: entity.version,
    name: entity.name,
    publishedAt: entity.publishedAt?.toISOString() ?? null,
    definition: entity.definition,
  };
}
