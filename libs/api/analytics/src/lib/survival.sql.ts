import type { Severity } from '@ladder/contracts';

export interface SurvivalRow {
  severity: Severity;
  minutes: number;
  resolved: boolean;
}

/**
 * Time to resolution of escalations opened within [$1, $2), optionally of severities $4: wall-clock minutes from
 * opening to resolution, or for those still unresolved, to $3 (now) as censored. An escalation reopened and not yet
 * resolved again counts as open.
 */
export const SURVIVAL_SQL = `
  SELECT e.severity,
         date_part('epoch', coalesce(e.resolved_at, $3::timestamptz) - e.created_at) / 60 AS minutes,
         e.resolved_at IS NOT NULL AS resolved
    FROM escalation e
   WHERE e.created_at >= $1 AND e.created_at < $2
     AND ($4::text[] IS NULL OR e.severity = ANY ($4::text[]))
   ORDER BY e.severity`;
