import { Injectable } from '@nestjs/common';
import { Clock } from '@ladder/api/common';
import { DrillDownQuerySchema, type DrillDownPage, type Severity, type Status } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { DRILL_SOURCES } from './drill-down.sql';
import { checkFilters, filterParams, parseFilters } from './report-filters';

interface DrillRow {
  escalation_id: string;
  number: string;
  title: string;
  severity: Severity;
  status: Status;
  category: string;
  affected_service: string;
  level: number;
  team_name: string;
  created_at: Date;
  resolved_at: Date | null;
  minutes: number | null;
}

/**
 * A page of the cell's rows ($1..$n; then the page size and offset), longest first, with their escalations. The rows
 * up to the page's end are taken by their minutes alone before the join (with their ties, which the escalation's
 * number orders), so where an index orders the cell only those are read.
 */
const pageSql = (cell: string, n: number) => `
  WITH cell AS (${cell}),
  head AS (SELECT * FROM cell ORDER BY minutes DESC NULLS LAST FETCH FIRST ($${n + 1}::bigint + $${n + 2}::bigint) ROWS WITH TIES)
  SELECT c.escalation_id, e.number, e.title, e.severity, e.status, e.category, e.affected_service,
         coalesce(c.level, e.level) AS level, t.name AS team_name, e.created_at, e.resolved_at, c.minutes
    FROM head c
    JOIN escalation e ON e.id = c.escalation_id
    JOIN team t ON t.id = coalesce(c.team_id, e.team_id)
   ORDER BY c.minutes DESC NULLS LAST, e.number
   LIMIT $${n + 1} OFFSET $${n + 2}`;

/** The escalations behind any report cell, longest first, a page at a time. */
@Injectable()
export class DrillDownService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async page(raw: unknown): Promise<DrillDownPage> {
    const query = parseFilters(DrillDownQuerySchema, raw);
    const source = DRILL_SOURCES[query.basis];
    const params = [...filterParams(query), ...(source.params?.(query, this.clock.now()) ?? [])];
    const [, rows, total] = await Promise.all([
      checkFilters(this.dataSource, query),
      this.dataSource.query<DrillRow[]>(pageSql(source.sql, params.length), [
        ...params,
        query.pageSize,
        (query.page - 1) * query.pageSize,
      ]),
      this.total(source.sql, params),
    ]);
    return {
      basis: query.basis,
      total,
      page: query.page,
      pageSize: query.pageSize,
      items: rows.map((row) => ({
        escalationId: row.escalation_id,
        number: Number(row.number),
        title: row.title,
        severity: row.severity,
        status: row.status,
        category: row.category,
        affectedService: row.affected_service,
        level: row.level,
        teamName: row.team_name,
        openedAt: row.created_at.toISOString(),
        resolvedAt: row.resolved_at?.toISOString() ?? null,
        minutes: row.minutes,
      })),
    };
  }

  /** The count alone: a query of its own, so that the page reads only its rows where an index orders them. */
  private async total(sql: string, params: unknown[]): Promise<number> {
    const [row]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM (${sql}) cell`,
      params,
    );
    return row?.total ?? 0;
  }
}
