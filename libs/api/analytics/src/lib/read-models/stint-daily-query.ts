import { HISTOGRAM_BUCKETS } from '@ladder/domain';

/**
 * The shared filters ($1..$8) over rollup row `d`, for reports that read the daily rollup. It keeps neither category
 * nor affected service, so a report reads it only when those filters ($5, $6) are null.
 */
export const ROLLUP_WHERE = `d.day >= ($1::timestamptz AT TIME ZONE 'UTC')::date
  AND d.day < ($2::timestamptz AT TIME ZONE 'UTC')::date
  AND ($3::text[] IS NULL OR d.severity = ANY ($3::text[]))
  AND ($4::uuid[] IS NULL OR d.team_id = ANY ($4::uuid[]))
  AND $5::text[] IS NULL AND $6::text[] IS NULL
  AND ($7::int[] IS NULL OR d.level = ANY ($7::int[]))
  AND ($8::uuid[] IS NULL OR d.procedure_version_id = ANY ($8::uuid[]))`;

/** Whether the rollup can answer a query: it has no category or service, and exact percentiles were not asked for. */
export function rollupAnswers(query: { exact: boolean; category?: unknown; affectedService?: unknown }): boolean {
  return !query.exact && !query.category && !query.affectedService;
}

/** The element-wise sum of a histogram column over the grouped rows. */
export function summedHistogram(column: string): string {
  return `ARRAY[${Array.from({ length: HISTOGRAM_BUCKETS }, (_, i) => `sum(d.${column}[${i + 1}])`).join(', ')}]::float8[]`;
}
