import type { ProcedureVersion, ProcedureVersionSummary } from '@ladder/contracts';
import type { ProcedureVersionEntity } from './procedure-version.entity';

export function toProcedureVersionSummary(
  entity: Pick<ProcedureVersionEntity, 'id' | 'version' | 'name' | 'publishedAt'>,
): ProcedureVersionSummary {
  return {
    id: entity.id,
    version: entity.version,
    name: entity.name,
    publishedAt: entity.publishedAt?.toISOString() ?? null,
  };
}

export function toProcedureVersion(entity: ProcedureVersionEntity): ProcedureVersion {
  return { ...toProcedureVersionSummary(entity), definition: entity.definition };
}
