import { Injectable } from '@nestjs/common';
import { AppConfig, Clock, DomainException } from '@ladder/api/common';
import type { Action, Escalation, Me, Source, Status } from '@ladder/contracts';
import { TRANSITIONS } from '@ladder/domain';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { actParams, type ActionBody, type ActOutcome, OUTCOME_CODE, refusalDetails } from './action-params';
import type { EscalationRow } from './escalation-row';
import { EscalationPresenter } from './escalation.presenter';

type ActRow = { outcome: ActOutcome; problem: string | null } & EscalationRow;

// The source columns never change, so the statement's snapshot of the row (before the function's update) has them.
const ACT_SQL = `SELECT a.*, e.source_system, e.source_id FROM escalation_act($1::uuid, $2::text, $3::text[], $4::text,
  $5::integer, $6::uuid, $7::text, $8::timestamptz, $9::text, $10::text, $11::uuid, $12::integer, $13::uuid, $14::text,
  $15::jsonb) a LEFT JOIN escalation e ON e.id = a.id`;

/**
 * Every transition runs this statement, so on a server it is a named one: each connection parses and plans it
 * once instead of on every call (about a fifth of a transition's CPU, API and database, in the workflow bench).
 * Not on the embedded engine: its one session outlives the pool's connections, so a reconnecting client would
 * prepare the name a second time.
 */
const ACT_STATEMENT_NAME = 'escalation_act';

/** Every state-changing action: one call of the `escalation_act` function, so one round trip. */
@Injectable()
export class EscalationActionsService {
  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly presenter: EscalationPresenter,
  ) {}

  async act(id: string, action: Action, body: ActionBody, me: Me, channel: Source): Promise<Escalation> {
    const rule = TRANSITIONS[action];
    const p = actParams(action, body);
    const at = this.clock.writeTime();
    const rows = await this.run([
      id,
      action,
      rule.from,
      rule.to,
      p.version,
      me.id,
      channel,
      at,
      p.text,
      p.visibility,
      p.assigneeId,
      p.toLevel,
      p.teamId,
      null,
      null,
    ]);
    const row = rows[0];
    if (!row) throw new Error('escalation_act returned no row');
    if (row.outcome !== 'ok') {
      const details = refusalDetails(row.status as Status | null, row.version as number | null);
      throw new DomainException(OUTCOME_CODE[row.outcome], row.problem ?? row.outcome, details);
    }
    return this.presenter.present(row);
  }

  private async run(values: unknown[]): Promise<ActRow[]> {
    const runner = this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as PoolClient;
      const name = this.config.embedded ? undefined : ACT_STATEMENT_NAME;
      return (await client.query<ActRow>({ name, text: ACT_SQL, values })).rows;
    } finally {
      await runner.release();
    }
  }
}
