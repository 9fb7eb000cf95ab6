import { OPENED_WHERE } from './report-filters';

/** Arrivals per local hour of the week (`date` null) or per UTC day (`dow` and `hour` null). */
export interface ArrivalsRow {
  /** ISO day of week: 1 Monday .. 7 Sunday. */
  dow: number | null;
  hour: number | null;
  date: string | null;
  count: number;
}

/**
 * Arrivals of the escalations the filters keep ($1..$8) per local hour of the week in time zone $9 and per UTC day,
 * in one pass: counted first per local hour and UTC day (a few thousand groups), then summed both ways.
 */
export const ARRIVALS_SQL = `
  WITH arrival AS (
    SELECT date_trunc('hour', e.created_at AT TIME ZONE $9) AS local_hour,
           (e.created_at AT TIME ZONE 'UTC')::date AS day, count(*) AS arrivals
      FROM escalation e WHERE ${OPENED_WHERE}
     GROUP BY 1, 2)
  SELECT date_part('isodow', local_hour)::int AS dow, date_part('hour', local_hour)::int AS hour,
         to_char(day, 'YYYY-MM-DD') AS date, sum(arrivals)::int AS count
    FROM arrival
   GROUP BY GROUPING SETS ((date_part('isodow', local_hour), date_part('hour', local_hour)), (day))`;

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
