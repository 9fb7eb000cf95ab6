import { Injectable } from '@nestjs/common';
import { ProceduresService } from '@ladder/api/procedures';
import type { Escalation } from '@ladder/contracts';
import { matchingGuidelines } from '@ladder/domain';
import type { EscalationRow } from './escalation-row';
import { toEscalation } from './escalation.mapper';
import { levelOf } from './procedure-rules';

/**
 * Turns rows into contract escalations, naming each level and finding the matching scenario guidelines in the
 * procedure version it runs under.
 */
@Injectable()
export class EscalationPresenter {
  constructor(private readonly procedures: ProceduresService) {}

  async present(row: EscalationRow): Promise<Escalation> {
    const procedure = await this.procedures.byId(row.procedure_version_id);
    const { definition } = procedure;
    const levelName = levelOf(definition, row.level)?.name ?? `Level ${row.level}`;
    return toEscalation(row, levelName, matchingGuidelines(definition.scenarios, row.category, row.affected_service));
  }

  presentAll(rows: readonly EscalationRow[]): Promise<Escalation[]> {
    return Promise.all(rows.map((row) => this.present(row)));
  }
}
