import { Injectable } from '@nestjs/common';
import type { EscalationAlert } from '@ladder/contracts';
import { DataSource } from 'typeorm';

interface AlertRow {
  escalation_id: string;
  integration_id: string;
  integration_name: string;
  dedup_key: string;
  status: 'firing' | 'resolved';
  labels: Record<string, string>;
  annotations: Record<string, string>;
  links: { title: string; url: string }[];
  fire_count: number;
  first_fired_at: Date;
  last_fired_at: Date;
  resolved_at: Date | null;
  propose_resolution: boolean;
}

const toAlert = (row: AlertRow): EscalationAlert => ({
  integrationId: row.integration_id,
  integrationName: row.integration_name,
  dedupKey: row.dedup_key,
  status: row.status,
  labels: row.labels,
  annotations: row.annotations,
  links: row.links,
  fireCount: row.fire_count,
  firstFiredAt: row.first_fired_at.toISOString(),
  lastFiredAt: row.last_fired_at.toISOString(),
  resolvedAt: row.resolved_at?.toISOString() ?? null,
  proposeResolution: row.status === 'resolved' && row.propose_resolution,
});

/** The alerts behind monitoring escalations (written by alert intake), one query for a page of them. */
@Injectable()
export class EscalationAlertsReader {
  constructor(private readonly dataSource: DataSource) {}

  async byEscalation(escalationIds: readonly string[]): Promise<Map<string, EscalationAlert>> {
    if (!escalationIds.length) return new Map();
    const rows: AlertRow[] = await this.dataSource.query(
      `SELECT a.escalation_id, a.integration_id, i.name AS integration_name, a.dedup_key, a.status, a.labels,
              a.annotations, a.links, a.fire_count, a.first_fired_at, a.last_fired_at, a.resolved_at,
              i.propose_resolution
         FROM alert a JOIN integration i ON i.id = a.integration_id
        WHERE a.escalation_id = ANY ($1::uuid[])`,
      [escalationIds],
    );
    return new Map(rows.map((row) => [row.escalation_id, toAlert(row)]));
  }
}
