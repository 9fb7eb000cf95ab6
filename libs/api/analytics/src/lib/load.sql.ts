import { OPENED_WHERE } from './report-filters';

export interface HourOfWeekRow {
  /** ISO day of week: 1 Monday .. 7 Sunday. */
  dow: number;
  hour: number;
  count: number;
}

/** Arrivals of the escalations the filters keep ($1..$8) per local hour of the week in time zone $9. */
export const ARRIVALS_BY_HOUR_OF_WEEK_SQL = `
  SELECT extract(isodow FROM e.created_at AT TIME ZONE $9)::int AS dow,
         extract(hour FROM e.created_at AT TIME ZONE $9)::int AS hour,
         count(*)::int AS count
    FROM escalation e WHERE ${OPENED_WHERE}
   GROUP BY 1, 2`;

export interface DayRow {
  date: string;
  count: number;
}

export const ARRIVALS_BY_DAY_SQL = `
  SELECT to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS date, count(*)::int AS count
    FROM escalation e WHERE ${OPENED_WHERE}
   GROUP BY 1`;

export interface TeamLoadRow {
  team_id: string;
  team_name: string;
  level: number;
  capacity: number;
  open: number;
}

/**
 * Open work per team now, of severities $1, in teams $2, categories $3, services $4, at levels $5, under procedure
 * versions $6 (a null list keeps all).
 */
export const OPEN_WORK_BY_TEAM_SQL = `
  SELECT t.id AS team_id, t.name AS team_name, t.level, t.capacity,
         count(e.id)::int AS open
    FROM team t
    LEFT JOIN escalation e ON e.team_id = t.id AND e.status NOT IN ('resolved', 'closed')
                          AND ($1::text[] IS NULL OR e.severity = ANY ($1::text[]))
                          AND ($3::text[] IS NULL OR e.category = ANY ($3::text[]))
                          AND ($4::text[] IS NULL OR e.affected_service = ANY ($4::text[]))
                          AND ($5::int[] IS NULL OR e.level = ANY ($5::int[]))
                          AND ($6::uuid[] IS NULL OR e.procedure_version_id = ANY ($6::uuid[]))
   WHERE $2::uuid[] IS NULL OR t.id = ANY ($2::uuid[])
   GROUP BY t.id ORDER BY t.level, t.name`;
