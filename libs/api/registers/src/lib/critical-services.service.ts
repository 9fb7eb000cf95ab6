import { Injectable } from '@nestjs/common';
import { Clock } from '@ladder/api/common';
import { ProceduresService } from '@ladder/api/procedures';
import type {
  CriticalService,
  CriticalServiceInput,
  ProcedureDefinition,
  UpdateCriticalService,
} from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { CRITICAL_SERVICE_SELECT, toCriticalService, type CriticalServiceRow } from './register.mapper';
import { brokenConstraint, fieldProblem, missedWrite, type RegisterTable } from './register-writes';

const TABLE: RegisterTable = { table: 'critical_service', noun: 'critical service' };

/** The critical-service register: one entry per service of the procedure, with its default severity. */
@Injectable()
export class CriticalServicesService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly procedures: ProceduresService,
  ) {}

  async list(): Promise<CriticalService[]> {
    const { definition } = await this.procedures.current();
    const rows = await this.db.query<CriticalServiceRow[]>(`${CRITICAL_SERVICE_SELECT} ORDER BY s.name`);
    return rows.map((row) => toCriticalService(row, definition));
  }

  /** The entry for a service by its name; null when the register has none. */
  async byName(name: string, definition: ProcedureDefinition): Promise<CriticalService | null> {
    const [row] = await this.db.query<CriticalServiceRow[]>(`${CRITICAL_SERVICE_SELECT} WHERE s.name = $1`, [name]);
    return row ? toCriticalService(row, definition) : null;
  }

  async create(body: CriticalServiceInput): Promise<CriticalService> {
    const definition = await this.procedureListing(body.name);
    const now = this.clock.now();
    const [row] = await this.write(() =>
      this.db.query<{ id: string }[]>(
        `INSERT INTO critical_service
           (name, criticality, default_severity, owning_team_id, description, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
        [body.name, body.criticality, body.defaultSeverity, body.owningTeamId, body.description, now],
      ),
    );
    return this.one(row?.id, definition);
  }

  async update(id: string, body: UpdateCriticalService): Promise<CriticalService> {
    const definition = await this.procedureListing(body.name);
    const [rows] = await this.write(() =>
      this.db.query<[{ id: string }[], number]>(
        `UPDATE critical_service
            SET name = $3, criticality = $4, default_severity = $5, owning_team_id = $6, description = $7,
                updated_at = $8, row_version = row_version + 1
          WHERE id = $1 AND row_version = $2 RETURNING id`,
        [
          id,
          body.rowVersion,
          body.name,
          body.criticality,
          body.defaultSeverity,
          body.owningTeamId,
          body.description,
          this.clock.now(),
        ],
      ),
    );
    if (!rows?.length) throw await missedWrite(this.db, TABLE, id, body.rowVersion);
    return this.one(id, definition);
  }

  /** Risks linked to the service keep their other links and lose this one. */
  async remove(id: string, rowVersion: number): Promise<void> {
    const [rows] = await this.db.query<[{ id: string }[], number]>(
      `DELETE FROM critical_service WHERE id = $1 AND row_version = $2 RETURNING id`,
      [id, rowVersion],
    );
    if (!rows?.length) throw await missedWrite(this.db, TABLE, id, rowVersion);
  }

  /** The current procedure's definition, once the name is checked to be one of its services. */
  private async procedureListing(name: string): Promise<ProcedureDefinition> {
    const { definition } = await this.procedures.current();
    if (!definition.services.includes(name)) {
      throw fieldProblem('name', `"${name}" is not one of the current procedure's services`);
    }
    return definition;
  }

  private async one(id: string | undefined, definition: ProcedureDefinition): Promise<CriticalService> {
    const [row] = await this.db.query<CriticalServiceRow[]>(`${CRITICAL_SERVICE_SELECT} WHERE s.id = $1`, [id]);
    if (!row) throw new Error(`critical service ${id} vanished after it was written`);
    return toCriticalService(row, definition);
  }

  /** A duplicate name or an unknown team is the caller's mistake: a 400 on the field. */
  private async write<T>(statement: () => Promise<T>): Promise<T> {
    try {
      return await statement();
    } catch (error) {
      const constraint = brokenConstraint(error);
      if (constraint === 'uq_critical_service_name') {
        throw fieldProblem('name', 'the register already has an entry for this service');
      }
      if (constraint === 'fk_critical_service_owning_team') throw fieldProblem('owningTeamId', 'no such team');
      throw error;
    }
  }
}
