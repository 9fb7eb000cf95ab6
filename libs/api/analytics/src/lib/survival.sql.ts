import type { Severity } from '@ladder/contracts';
import { OPENED_WHERE } from './report-filters';

export interface SurvivalRow {
  severity: Severity;
  minutes: number;
  resolved: number;
  censored: number;
}

/**
 * Time to resolution of the escalations the filters keep ($1..$8, see OPENED_WHERE): wall-clock minutes from
 * opening to resolution, or for those still unresolved, to $9 (now) as censored. An escalation reopened and not yet
 * resolved again counts as open. Counted per severity and time, in order of time: the tallies of a Kaplan-Meier curve
 * per severity.
 */
export const SURVIVAL_SQL = `
  SELECT e.severity,
         date_part('epoch', coalesce(e.resolved_at, $9::timestamptz) - e.created_at) / 60 AS minutes,
         count(e.resolved_at)::int AS resolved,
         count(*) FILTER (WHERE e.resolved_at IS NULL)::int AS censored
    FROM escalation e
   WHERE ${OPENED_WHERE}
   GROUP BY 1, 2 ORDER BY 2`;
