import { Injectable } from '@nestjs/common';
import { Clock, DomainException } from '@ladder/api/common';
import type {
  CreateIntegration,
  Integration,
  IntegrationWithSecret,
  Me,
  Routing,
  UpdateIntegration,
} from '@ladder/contracts';
import { ProceduresService } from '@ladder/api/procedures';
import { DataSource, QueryFailedError } from 'typeorm';
import { newSecret, secretHash } from '../auth/integration-secret';
import { INTEGRATION_SELECT, toIntegration, type IntegrationRow } from './integration-row';

const nameTaken = (error: unknown) =>
  error instanceof QueryFailedError && error.driverError?.constraint === 'uq_integration_name';

/** The integrations admins create for monitoring systems: each with its format, routing and own secret. */
@Injectable()
export class IntegrationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly procedures: ProceduresService,
  ) {}

  async list(): Promise<Integration[]> {
    const rows: IntegrationRow[] = await this.dataSource.query(`${INTEGRATION_SELECT} ORDER BY i.name`);
    return rows.map(toIntegration);
  }

  async create(body: CreateIntegration, me: Me): Promise<IntegrationWithSecret> {
    await this.checkRouting(body.routing);
    const secret = newSecret();
    try {
      const [created] = await this.dataSource.query<{ id: string }[]>(
        `INSERT INTO integration (name, kind, propose_resolution, routing, secret, secret_hash, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          body.name,
          body.kind,
          body.proposeResolution,
          body.routing,
          secret,
          secretHash(secret),
          me.id,
          this.clock.now(),
        ],
      );
      if (!created) throw new Error('integration insert returned no row');
      return { ...(await this.get(created.id)), secret };
    } catch (error) {
      if (nameTaken(error))
        throw new DomainException('validation_failed', `an integration named "${body.name}" exists`);
      throw error;
    }
  }

  async update(id: string, body: UpdateIntegration): Promise<Integration> {
    if (body.routing) await this.checkRouting(body.routing);
    try {
      const updated = await this.dataSource.query<[{ id: string }[], number]>(
        `UPDATE integration SET name = coalesce($3, name), propose_resolution = coalesce($4, propose_resolution),
                routing = coalesce($5, routing), enabled = coalesce($6, enabled), version = version + 1
          WHERE id = $1 AND version = $2 RETURNING id`,
        [
          id,
          body.version,
          body.name ?? null,
          body.proposeResolution ?? null,
          body.routing ?? null,
          body.enabled ?? null,
        ],
      );
      if (!updated[0]?.length) await this.staleOrMissing(id);
      return this.get(id);
    } catch (error) {
      if (nameTaken(error))
        throw new DomainException('validation_failed', `an integration named "${body.name}" exists`);
      throw error;
    }
  }

  /** A new secret; the old one stops working at once. */
  async rotateSecret(id: string, version: number): Promise<IntegrationWithSecret> {
    const secret = newSecret();
    const updated = await this.dataSource.query<[{ id: string }[], number]>(
      `UPDATE integration SET secret = $3, secret_hash = $4, version = version + 1
        WHERE id = $1 AND version = $2 RETURNING id`,
      [id, version, secret, secretHash(secret)],
    );
    if (!updated[0]?.length) await this.staleOrMissing(id);
    return { ...(await this.get(id)), secret };
  }

  async get(id: string): Promise<Integration> {
    const [row] = await this.dataSource.query<IntegrationRow[]>(`${INTEGRATION_SELECT} WHERE i.id = $1`, [id]);
    if (!row) throw new DomainException('not_found', `no integration ${id}`);
    return toIntegration(row);
  }

  private async staleOrMissing(id: string): Promise<never> {
    const current = await this.get(id);
    throw new DomainException(
      'stale_version',
      `integration "${current.name}" was changed by someone else; reload it (version ${current.version})`,
      { current },
    );
  }

  /** The categories a routing names must be the current procedure's, and its teams must exist. */
  private async checkRouting(routing: Routing): Promise<void> {
    const { categories } = (await this.procedures.current()).definition;
    const named = [routing.defaults.category, ...routing.rules.flatMap((rule) => rule.set.category ?? [])];
    const unknownCategories = named.filter((category) => !categories.includes(category));
    if (unknownCategories.length) {
      throw new DomainException('validation_failed', `unknown category ${unknownCategories.join(', ')}`, {
        categories,
      });
    }
    const teamIds = [...new Set(routing.rules.flatMap((rule) => (rule.set.teamId ? [rule.set.teamId] : [])))];
    if (!teamIds.length) return;
    const found = await this.dataSource.query<{ id: string }[]>(`SELECT id FROM team WHERE id = ANY ($1::uuid[])`, [
      teamIds,
    ]);
    const unknown = teamIds.filter((teamId) => !found.some((team) => team.id === teamId));
    if (unknown.length) throw new DomainException('validation_failed', `unknown team ${unknown.join(', ')}`);
  }
}
