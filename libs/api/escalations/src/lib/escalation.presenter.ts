import { Injectable } from '@nestjs/common';
import { ProceduresService } from '@ladder/api/procedures';
import type { Escalation } from '@ladder/contracts';
import { matchingGuidelines } from '@ladder/domain';
import { EscalationAlertsReader } from './escalation-alerts.reader';
import type { EscalationRow } from './escalation-row';
import { toEscalation } from './escalation.mapper';
import { levelOf } from './procedure-rules';

/**
 * Turns rows into contract escalations, naming each level, finding the matching scenario guidelines in the
 * procedure version it runs under and, for monitoring escalations, adding the alert behind it.
 */
@Injectable()
export class EscalationPresenter {
  constructor(
    private readonly procedures: ProceduresService,
    private readonly alerts: EscalationAlertsReader,
  ) {}

  async present(row: EscalationRow): Promise<Escalation> {
    const [escalation] = await this.presentAll([row]);
    if (!escalation) throw new Error(`escalation ${row.id} could not be presented`);
    return escalation;
  }

  async presentAll(rows: readonly EscalationRow[]): Promise<Escalation[]> {
    const monitored = rows.filter((row) => row.source === 'monitoring').map((row) => row.id);
    const alerts = await this.alerts.byEscalation(monitored);
    return Promise.all(
      rows.map(async (row) => {
        const escalation = await this.withoutAlert(row);
        const alert = alerts.get(row.id);
        return alert ? { ...escalation, alert } : escalation;
      }),
    );
  }

  private async withoutAlert(row: EscalationRow): Promise<Escalation> {
    const procedure = await this.procedures.byId(row.procedure_version_id);
    const { definition } = procedure;
    const levelName = levelOf(definition, row.level)?.name ?? `Level ${row.level}`;
    return toEscalation(row, levelName, matchingGuidelines(definition.scenarios, row.category, row.affected_service));
  }
}
