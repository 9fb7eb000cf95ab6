import { Injectable } from '@nestjs/common';
import type { Health } from '@ladder/contracts';
import { DomainException } from '@ladder/api/common';
import { DataSource } from 'typeorm';
import { DatabaseEndpoint } from './database-endpoint';

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly endpoint: DatabaseEndpoint,
  ) {}

  /** Healthy only when the database answers and every known migration has run. */
  async check(): Promise<Health> {
    const applied = await this.appliedMigrations();
    if (applied === undefined || applied < this.dataSource.migrations.length) {
      throw new DomainException('unavailable', 'The database is not reachable or not migrated');
    }
    return { status: 'ok', database: this.endpoint.kind, migrations: applied };
  }

  private async appliedMigrations(): Promise<number | undefined> {
    try {
      const rows: { n: number }[] = await this.dataSource.query(`SELECT count(*)::int AS n FROM migrations`);
      return rows[0]?.n;
    } catch {
      return undefined;
    }
  }
}
