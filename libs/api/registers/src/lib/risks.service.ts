import { Injectable } from '@nestjs/common';
import { Clock } from '@ladder/api/common';
import { ProceduresService } from '@ladder/api/procedures';
import type { ProcedureDefinition, Risk, RiskInput, UpdateRisk } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { RISK_ORDER, RISK_SELECT, toRisk, type RiskRow } from './register.mapper';
import { brokenConstraint, fieldProblem, missedWrite, type RegisterTable } from './register-writes';

const TABLE: RegisterTable = { table: 'risk', noun: 'risk' };

/** The risk register: known risks scored likelihood x impact, linked to a service and a scenario guideline. */
@Injectable()
export class RisksService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly procedures: ProceduresService,
  ) {}

  /** Highest score first. */
  async list(): Promise<Risk[]> {
    const { definition } = await this.procedures.current();
    const rows = await this.db.query<RiskRow[]>(`${RISK_SELECT} ${RISK_ORDER}`);
    return rows.map((row) => toRisk(row, definition));
  }

  /** Open risks linked to the service or to one of the guidelines, highest score first. */
  async openLinkedTo(
    serviceId: string | null,
    scenarioIds: string[],
    definition: ProcedureDefinition,
  ): Promise<Risk[]> {
    const rows = await this.db.query<RiskRow[]>(
      `${RISK_SELECT}
        WHERE r.status = 'open' AND (r.service_id = $1 OR r.scenario_id = ANY ($2::text[]))
        ${RISK_ORDER}`,
      [serviceId, scenarioIds],
    );
    return rows.map((row) => toRisk(row, definition));
  }

  async create(body: RiskInput): Promise<Risk> {
    const definition = await this.procedureWithScenario(body.scenarioId);
    const now = this.clock.now();
    const [row] = await this.write(() =>
      this.db.query<{ id: string }[]>(
        `INSERT INTO risk (title, description, likelihood, impact, service_id, scenario_id, mitigation, owner, status,
                           reviewed_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id`,
        [...riskColumns(body), now],
      ),
    );
    return this.one(row?.id, definition);
  }

  async update(id: string, body: UpdateRisk): Promise<Risk> {
    const definition = await this.procedureWithScenario(body.scenarioId);
    const [rows] = await this.write(() =>
      this.db.query<[{ id: string }[], number]>(
        `UPDATE risk
            SET title = $3, description = $4, likelihood = $5, impact = $6, service_id = $7, scenario_id = $8,
                mitigation = $9, owner = $10, status = $11, reviewed_at = $12, updated_at = $13,
                row_version = row_version + 1
          WHERE id = $1 AND row_version = $2 RETURNING id`,
        [id, body.rowVersion, ...riskColumns(body), this.clock.now()],
      ),
    );
    if (!rows?.length) throw await missedWrite(this.db, TABLE, id, body.rowVersion);
    return this.one(id, definition);
  }

  async remove(id: string, rowVersion: number): Promise<void> {
    const [rows] = await this.db.query<[{ id: string }[], number]>(
      `DELETE FROM risk WHERE id = $1 AND row_version = $2 RETURNING id`,
      [id, rowVersion],
    );
    if (!rows?.length) throw await missedWrite(this.db, TABLE, id, rowVersion);
  }

  /** The current procedure's definition, once a linked guideline is checked to be one of its scenarios. */
  private async procedureWithScenario(scenarioId: string | null): Promise<ProcedureDefinition> {
    const { definition } = await this.procedures.current();
    if (scenarioId !== null && !definition.scenarios.some((g) => g.id === scenarioId)) {
      throw fieldProblem('scenarioId', `the current procedure has no scenario guideline "${scenarioId}"`);
    }
    return definition;
  }

  private async one(id: string | undefined, definition: ProcedureDefinition): Promise<Risk> {
    const [row] = await this.db.query<RiskRow[]>(`${RISK_SELECT} WHERE r.id = $1`, [id]);
    if (!row) throw new Error(`risk ${id} vanished after it was written`);
    return toRisk(row, definition);
  }

  private async write<T>(statement: () => Promise<T>): Promise<T> {
    try {
      return await statement();
    } catch (error) {
      if (brokenConstraint(error) === 'fk_risk_service') throw fieldProblem('serviceId', 'no such critical service');
      throw error;
    }
  }
}

/** The columns a create or an edit writes, in the order of the statements above. */
function riskColumns(body: RiskInput): unknown[] {
  return [
    body.title,
    body.description,
    body.likelihood,
    body.impact,
    body.serviceId,
    body.scenarioId,
    body.mitigation,
    body.owner,
    body.status,
    body.reviewedAt,
  ];
}
