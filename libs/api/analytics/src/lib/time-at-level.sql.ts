/**
 * Finished stints that left their level within [$1, $2), per level x team. Durations exclude paused time.
 * array_agg per group, then percentiles over unnest: a hash aggregate instead of a sort (ANALYTICS-NOTES.md).
 */
export const FINISHED_SQL = `
  WITH finished AS (
    SELECT s.level, s.team_id,
           array_agg(date_part('epoch', s.left_at - s.entered_at) - s.paused_seconds) AS seconds
      FROM level_stint s
     WHERE s.left_at >= $1 AND s.left_at < $2
     GROUP BY s.level, s.team_id
  )
  SELECT f.level, f.team_id, t.name AS team_name, cardinality(f.seconds) AS count,
         q.mean / 60 AS mean_minutes, q.p[1] / 60 AS p50_minutes, q.p[2] / 60 AS p90_minutes
    FROM finished f
    JOIN team t ON t.id = f.team_id
   CROSS JOIN LATERAL (
     SELECT avg(x) AS mean, percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY x) AS p FROM unnest(f.seconds) x
   ) q
   ORDER BY f.level, t.name`;

/** Stints still open ($1 = now): censored, so only counted and aged, never averaged. */
export const STILL_OPEN_SQL = `
  SELECT s.level, s.team_id, t.name AS team_name, count(*)::int AS count,
         date_part('epoch', $1::timestamptz - min(s.entered_at)) / 60 AS oldest_minutes
    FROM level_stint s
    JOIN team t ON t.id = s.team_id
   WHERE s.left_at IS NULL
   GROUP BY s.level, s.team_id, t.name
   ORDER BY s.level, t.name`;

export interface FinishedRow {
  level: number;
  team_id: string;
  team_name: string;
  count: number;
  mean_minutes: number;
  p50_minutes: number;
  p90_minutes: number;
}

export interface StillOpenRow {
  level: number;
  team_id: string;
  team_name: string;
  count: number;
  oldest_minutes: number;
}
