import { Injectable } from '@nestjs/common';
import { ProceduresService } from '@ladder/api/procedures';
import type { Escalation } from '@ladder/contracts';
import type { EscalationRow } from './escalation-row';
import { toEscalation } from './escalation.mapper';
import { levelOf } from './procedure-rules';

/** Turns rows into contract escalations, naming each level from the procedure version it runs under. */
@Injectable()
export class EscalationPresenter {
  constructor(private readonly procedures: ProceduresService) {}

  async present(row: EscalationRow): Promise<Escalation> {
    const procedure = await this.procedures.byId(row.procedure_version_id);
    const levelName = levelOf(procedure.definition, row.level)?.name ?? `Level ${row.level}`;
    return toEscalation(row, levelName);
  }

  presentAll(rows: readonly EscalationRow[]): Promise<Escalation[]> {
    return Promise.all(rows.map((row) => this.present(row)));
  }
}
