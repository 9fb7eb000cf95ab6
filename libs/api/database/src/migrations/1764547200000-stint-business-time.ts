import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * For the reports: `duration_stats(seconds[])` gives [mean, p50, p90, p95] (exact, linear interpolation) of an array
 * aggregated per group; percentiles over `unnest` of an array are a hash aggregate, not a sort (ANALYTICS-NOTES.md).
 *
 * Time at level counted on the escalation's SLA calendar (pauses excluded), whole and waiting for the first response.
 * Null until the analytics refresher counts a finished stint (within a minute), or for a stint still open.
 */
export class StintBusinessTime1764547200000 implements MigrationInterface {
  name = 'StintBusinessTime1764547200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE level_stint ADD COLUMN business_seconds double precision`);
    await db.query(`ALTER TABLE level_stint ADD COLUMN business_waiting_seconds double precision`);
    await db.query(
      `CREATE INDEX ix_level_stint_uncounted ON level_stint (left_at) WHERE left_at IS NOT NULL AND business_seconds IS NULL`,
    );
    await db.query(`
      CREATE FUNCTION duration_stats(seconds double precision[]) RETURNS double precision[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT ARRAY[avg(x)] || percentile_cont(ARRAY[0.5, 0.9, 0.95]) WITHIN GROUP (ORDER BY x) FROM unnest(seconds) x
      $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION duration_stats(double precision[])`);
    await db.query(`DROP INDEX ix_level_stint_uncounted`);
    await db.query(`ALTER TABLE level_stint DROP COLUMN business_waiting_seconds`);
    await db.query(`ALTER TABLE level_stint DROP COLUMN business_seconds`);
  }
}
