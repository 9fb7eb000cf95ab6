import type { MigrationInterface, QueryRunner } from 'typeorm';

const replaceDurationStats = (fractions: string) => `
  CREATE OR REPLACE FUNCTION duration_stats(seconds double precision[]) RETURNS double precision[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ARRAY[avg(x)] || percentile_cont(ARRAY[${fractions}]) WITHIN GROUP (ORDER BY x) FROM unnest(seconds) x
  $$`;

/**
 * `duration_stats(seconds[])` gives [mean, p10, p25, p50, p75, p90, p95] instead of [mean, p50, p90, p95]: the
 * quartiles and the tenth percentile a box plot draws (box p25..p75, whiskers p10..p90).
 */
export class DurationQuartiles1764547200007 implements MigrationInterface {
  name = 'DurationQuartiles1764547200007';

  async up(db: QueryRunner): Promise<void> {
    await db.query(replaceDurationStats('0.1, 0.25, 0.5, 0.75, 0.9, 0.95'));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(replaceDurationStats('0.5, 0.9, 0.95'));
  }
}
