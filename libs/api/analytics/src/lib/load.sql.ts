const OPENED_IN_RANGE = `created_at >= $1 AND created_at < $2 AND ($3::text[] IS NULL OR severity = ANY ($3::text[]))`;

export interface HourOfWeekRow {
  /** ISO day of week: 1 Monday .. 7 Sunday. */
  dow: number;
  hour: number;
  count: number;
}

/** Arrivals per local hour of the week in time zone $4. */
export const ARRIVALS_BY_HOUR_OF_WEEK_SQL = `
  SELECT extract(isodow FROM created_at AT TIME ZONE $4)::int AS dow,
         extract(hour FROM created_at AT TIME ZONE $4)::int AS hour,
         count(*)::int AS count
    FROM escalation WHERE ${OPENED_IN_RANGE}
   GROUP BY 1, 2`;

export interface DayRow {
  date: string;
  count: number;
}

export const ARRIVALS_BY_DAY_SQL = `
  SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS date, count(*)::int AS count
    FROM escalation WHERE ${OPENED_IN_RANGE}
   GROUP BY 1`;

export interface TeamLoadRow {
  team_id: string;
  team_name: string;
  level: number;
  capacity: number;
  open: number;
}

/** Open work per team now, of severities $1 (all when null). */
export const OPEN_WORK_BY_TEAM_SQL = `
  SELECT t.id AS team_id, t.name AS team_name, t.level, t.capacity,
         count(e.id)::int AS open
    FROM team t
    LEFT JOIN escalation e ON e.team_id = t.id AND e.status NOT IN ('resolved', 'closed')
                          AND ($1::text[] IS NULL OR e.severity = ANY ($1::text[]))
   GROUP BY t.id ORDER BY t.level, t.name`;
