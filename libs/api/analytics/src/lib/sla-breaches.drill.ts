import type { DrillBasis } from '@ladder/contracts';
import type { DrillSource } from './drill-source';
import { BREACH_CTES } from './sla-breaches.sql';

/** The escalations behind the cells of the SLA-breaches report ($9: now), from the same rows the report counts. */
export const BREACH_DRILL_SOURCES: Record<Extract<DrillBasis, 'breaches' | 'breach-time'>, DrillSource> = {
  /** $10: the breach kind (validated by the contract); minutes: by how much the target was missed. */
  breaches: {
    sql: `WITH ${BREACH_CTES},
          missed AS (
            SELECT id, CASE $10::text WHEN 'response' THEN response_over
                                      WHEN 'resolution' THEN resolution_over
                                      WHEN 'level-budget' THEN level_budget_over
                                      WHEN 'update-cadence' THEN update_cadence_over END AS over_seconds
              FROM breach)
          SELECT id AS escalation_id, over_seconds / 60 AS minutes, NULL::int AS level, NULL::uuid AS team_id
            FROM missed WHERE over_seconds > 0`,
    params: (query, now) => [now, query.kind],
  },
  /** $10: one level, or null for all; minutes: the time at the level that took most of it. */
  'breach-time': {
    sql: `WITH ${BREACH_CTES}
          SELECT id AS escalation_id, top_level_seconds / 60 AS minutes, top_level AS level, NULL::uuid AS team_id
            FROM breach
           WHERE resolution_over > 0 AND top_level IS NOT NULL AND ($10::int IS NULL OR top_level = $10::int)`,
    params: (query, now) => [now, query.atLevel ?? null],
  },
};
