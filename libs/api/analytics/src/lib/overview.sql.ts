import { openedFigures, type OpenedFiguresRow, resolvedNeverEscalated } from './flow.sql';
import { OPENED_WHERE } from './report-filters';
import { resolutionOver, responseOver } from './sla-breaches.sql';

/** Ran over its response or its resolution target at now ($10), or both. */
const BREACHED = `${responseOver('o', '$10::timestamptz')} > 0 OR ${resolutionOver('o', '$10::timestamptz')} > 0`;

/**
 * The overview's two periods in one statement, over the escalations opened from the previous period's start ($1) to
 * the range's end ($2) that the filters keep ($3..$8), split at the range's start ($9): one read of the index on
 * opening time (`ix_escalation_opened`), the due times from the rows. Response and resolution breaches need nothing
 * but an escalation's own times, so they are counted here with the sla-breaches report's expressions at now ($10)
 * rather than through its breach facts, which exist for the targets that need stints and events. Survey responses
 * are those about the escalations counted.
 */
export const OVERVIEW_SQL = `
  WITH opened AS NOT MATERIALIZED (
    SELECT e.created_at >= $9 AS is_current, e.id, e.created_at, e.acknowledged_at, e.resolved_at,
           e.response_due_at, e.resolution_due_at
      FROM escalation e
     WHERE ${OPENED_WHERE}),
  figures AS (
    SELECT o.is_current, ${openedFigures('o')}, count(*) FILTER (WHERE ${BREACHED})::int AS sla_breached
      FROM opened o
     GROUP BY o.is_current),
  never_escalated AS (
    SELECT o.is_current, count(*)::int AS resolved
      FROM opened o
     WHERE ${resolvedNeverEscalated('o')}
     GROUP BY o.is_current),
  surveyed AS (
    SELECT o.is_current, count(r.overall)::int AS responses, count(*) FILTER (WHERE r.overall >= 4)::int AS satisfied
      FROM opened o
      JOIN survey_invitation i ON i.escalation_id = o.id
      JOIN survey_response r ON r.invitation_id = i.id
     GROUP BY o.is_current)
  SELECT f.*, coalesce(n.resolved, 0) AS never_escalated_resolved, coalesce(s.responses, 0) AS survey_responses,
         coalesce(s.satisfied, 0) AS survey_satisfied
    FROM figures f
    LEFT JOIN never_escalated n ON n.is_current = f.is_current
    LEFT JOIN surveyed s ON s.is_current = f.is_current`;

/**
 * A period's figures: `is_current` for the range, not for the period before it. Survey responses with an overall
 * score about its escalations (whenever given), and those of 4 or 5.
 */
export interface OverviewRow extends OpenedFiguresRow {
  is_current: boolean;
  sla_breached: number;
  survey_responses: number;
  survey_satisfied: number;
}
