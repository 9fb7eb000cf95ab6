import { HISTOGRAM_BUCKETS } from '@ladder/domain';

/**
 * The rollup rows of the range [$1, $2) as `d`: whole months [$9, $10) from the monthly rollup, the days around them
 * from the daily one. `rollupParams` gives $9 and $10.
 */
export const ROLLUP_ROWS = `(
  SELECT * FROM stint_monthly WHERE day >= $9::date AND day < $10::date
  UNION ALL
  SELECT * FROM stint_daily
   WHERE day >= ($1::timestamptz AT TIME ZONE 'UTC')::date AND day < ($2::timestamptz AT TIME ZONE 'UTC')::date
     AND NOT (day >= $9::date AND day < $10::date)) d`;

/**
 * The shared filters ($3..$8) over the rollup rows `d`. The rollup keeps neither category nor affected service, so a
 * report reads it only when those filters ($5, $6) are null.
 */
export const ROLLUP_WHERE = `($3::text[] IS NULL OR d.severity = ANY ($3::text[]))
  AND ($4::uuid[] IS NULL OR d.team_id = ANY ($4::uuid[]))
  AND $5::text[] IS NULL AND $6::text[] IS NULL
  AND ($7::int[] IS NULL OR d.level = ANY ($7::int[]))
  AND ($8::uuid[] IS NULL OR d.procedure_version_id = ANY ($8::uuid[]))`;

/** The filters' parameters ($1..$8) and the whole months within [$1, $2) as $9, $10 (equal when there are none). */
export function rollupParams(filterParams: readonly unknown[]): unknown[] {
  const [start, end] = filterParams as [Date, Date];
  const monthOf = (date: Date, add: number) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + add, 1));
  const first = start.getUTCDate() === 1 ? start : monthOf(start, 1);
  const last = monthOf(end, 0);
  return [...filterParams, first, last > first ? last : first];
}

/** Whether the rollup can answer a query: it has no category or service, and exact percentiles were not asked for. */
export function rollupAnswers(query: { exact: boolean; category?: unknown; affectedService?: unknown }): boolean {
  return !query.exact && !query.category && !query.affectedService;
}

/** The element-wise sum of histogram column `d.<column>` over the grouped rows. */
export function summedHistogram(column: string, type: 'integer' | 'float8' = 'float8'): string {
  return `ARRAY[${Array.from({ length: HISTOGRAM_BUCKETS }, (_, i) => `sum(d.${column}[${i + 1}])`).join(', ')}]::${type}[]`;
}
