/**
 * Linear-interpolated percentile of sorted values, the same definition as PostgreSQL's
 * `percentile_cont`, so a figure computed in code matches one computed in SQL.
 */
export function percentileCont(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) throw new Error('percentile of an empty list');
  if (fraction < 0 || fraction > 1) throw new Error('fraction must be within 0..1');
  const position = (sorted.length - 1) * fraction;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (position - lower);
}
