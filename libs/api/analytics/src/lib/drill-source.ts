import type { DrillDownQuery } from '@ladder/contracts';

/**
 * The rows behind a report cell: SQL selecting `escalation_id`, `minutes` (or null), `level` and `team_id` (or null:
 * the escalation's own), over the shared filters $1..$8 and the source's own parameters from $9 on.
 */
export interface DrillSource {
  sql: string;
  params?: (query: DrillDownQuery, now: Date) => unknown[];
}
