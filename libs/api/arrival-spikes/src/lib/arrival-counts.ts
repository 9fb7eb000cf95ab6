import type { ArrivalSpikeDimension } from '@ladder/contracts';
import type { ArrivalCounts } from '@ladder/domain';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Escalations opened after `start`, up to and including `end`. */
export interface ArrivalWindow {
  start: Date;
  end: Date;
}

/** The window of `windowMs` ending at `end`, then the same window 1..`weeks` weeks (of 168 hours) earlier. */
export function weeklyWindows(end: Date, windowMs: number, weeks: number): ArrivalWindow[] {
  return Array.from({ length: weeks + 1 }, (_, k) => {
    const weekEnd = end.getTime() - k * WEEK_MS;
    return { start: new Date(weekEnd - windowMs), end: new Date(weekEnd) };
  });
}

/** The arrivals of one category or service in the window and the same window of the earlier weeks with history. */
export interface ValueArrivals {
  dimension: ArrivalSpikeDimension;
  value: string;
  counts: ArrivalCounts;
}

interface CountRow {
  dimension: ArrivalSpikeDimension;
  value: string;
  week: number;
  arrivals: number;
  first_arrival: Date;
}

/**
 * Counts per week and category, and per week and service, with the first escalation's time. Each week is its own
 * range scan of `ix_escalation_opened` (created_at, including category and service) with constant bounds, so the
 * planner sees how few rows an hour holds however large the table.
 */
export function arrivalCountsSql(windows: number): string {
  const weeks = Array.from(
    { length: windows },
    (_, k) => `SELECT ${k} AS week, category, affected_service FROM escalation
                WHERE created_at > $${2 * k + 1} AND created_at <= $${2 * k + 2}`,
  );
  return `
    WITH arrivals AS (${weeks.join('\n UNION ALL ')})
    SELECT CASE WHEN GROUPING(category) = 0 THEN 'category' ELSE 'affectedService' END AS dimension,
           CASE WHEN GROUPING(category) = 0 THEN category ELSE affected_service END AS value,
           week, count(*)::int AS arrivals, (SELECT min(created_at) FROM escalation) AS first_arrival
      FROM arrivals
     GROUP BY GROUPING SETS ((week, category), (week, affected_service))`;
}

type Query = <T>(sql: string, parameters: unknown[]) => Promise<T>;

/**
 * The arrivals of every category and service that had some in the first window, with their counts in each later
 * window (the earlier weeks) that is history: Ladder had escalations before it began, so a week without arrivals of
 * the value is a real 0. Those are the first weeks back; the rest is left out. One statement.
 */
export async function readArrivalCounts(query: Query, windows: readonly ArrivalWindow[]): Promise<ValueArrivals[]> {
  const rows = await query<CountRow[]>(
    arrivalCountsSql(windows.length),
    windows.flatMap((w) => [w.start, w.end]),
  );
  const first = rows[0]?.first_arrival;
  const history = windows.slice(1).filter((w) => first !== undefined && w.start >= first).length;
  const byValue = new Map<string, { dimension: ArrivalSpikeDimension; value: string; byWeek: Map<number, number> }>();
  for (const row of rows) {
    const key = JSON.stringify([row.dimension, row.value]);
    const entry = byValue.get(key) ?? { dimension: row.dimension, value: row.value, byWeek: new Map() };
    entry.byWeek.set(row.week, row.arrivals);
    byValue.set(key, entry);
  }
  return [...byValue.values()].flatMap(({ dimension, value, byWeek }) => {
    const observed = byWeek.get(0);
    if (observed === undefined) return [];
    const baseline = Array.from({ length: history }, (_, i) => byWeek.get(i + 1) ?? 0);
    return [{ dimension, value, counts: { observed, baseline } }];
  });
}
