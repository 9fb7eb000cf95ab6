import { DomainException } from '@ladder/api/common';
import type { ProcedureComparisonQuery } from '@ladder/contracts';
import type { DataSource } from 'typeorm';
import { dayRange } from '../report-filters';

/** What selects one side's escalations, and how it is named. */
export interface SideSpec {
  label: string;
  /** In a sentence: "under v3", "in period B". */
  phrase: string;
  procedureVersionId: string | null;
  version: number | null;
  from: string | null;
  to: string | null;
}

interface VersionRow {
  id: string;
  version: number;
  name: string;
}

/** Side A and side B: two procedure versions (each checked to exist, a 400 naming `a` or `b` if not) or two periods. */
export async function resolveSides(
  dataSource: DataSource,
  query: ProcedureComparisonQuery,
): Promise<[SideSpec, SideSpec]> {
  if (query.a === undefined || query.b === undefined) {
    const period = (name: 'A' | 'B', from?: string, to?: string): SideSpec => ({
      label: `${from} to ${to}`,
      phrase: `in period ${name}`,
      procedureVersionId: null,
      version: null,
      from: from ?? null,
      to: to ?? null,
    });
    return [period('A', query.aFrom, query.aTo), period('B', query.bFrom, query.bTo)];
  }
  const rows = await dataSource.query<VersionRow[]>(
    `SELECT id, version, name FROM procedure_version WHERE id = ANY ($1::uuid[])`,
    [[query.a, query.b]],
  );
  const side = (filter: 'a' | 'b', id: string): SideSpec => {
    const row = rows.find((r) => r.id === id);
    if (!row) {
      throw new DomainException('invalid_filter', `invalid filter "${filter}": no procedure version ${id}`, { filter });
    }
    return {
      label: `v${row.version} ${row.name}`,
      phrase: `under v${row.version}`,
      procedureVersionId: row.id,
      version: row.version,
      from: null,
      to: null,
    };
  };
  return [side('a', query.a), side('b', query.b)];
}

/**
 * The shared filter parameters ($1..$8, see `filterParams`) selecting a side: its period, or any time and its
 * procedure version; no level filter (levels are what time at level is measured per).
 */
export function sideParams(query: ProcedureComparisonQuery, side: SideSpec): unknown[] {
  const range =
    side.from !== null && side.to !== null
      ? dayRange({ from: side.from, to: side.to })
      : { start: '-infinity', end: 'infinity' };
  return [
    range.start,
    range.end,
    query.severity ?? null,
    query.teamId ?? null,
    query.category ?? null,
    query.affectedService ?? null,
    null,
    side.procedureVersionId === null ? null : [side.procedureVersionId],
  ];
}
