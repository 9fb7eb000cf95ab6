import type { MigrationInterface, QueryRunner } from 'typeorm';

const MEASURES = [
  'wall_total',
  'wall_waiting',
  'wall_handling',
  'business_total',
  'business_waiting',
  'business_handling',
];

/**
 * The daily rollup of finished stints the time-at-level and bottleneck reports read: per UTC day the stints left,
 * level, team, severity and procedure version, the count, the sum of each measure and its durations in 64
 * log-spaced buckets (`duration_bucket`, the same buckets as libs/domain duration-histogram.ts).
 */
export class StintDailyRollup1764547200002 implements MigrationInterface {
  name = 'StintDailyRollup1764547200002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION duration_bucket(seconds double precision) RETURNS integer
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN seconds < 30 THEN 0 ELSE least(63, 1 + floor(ln(seconds / 30) / ln(1.2))::integer) END
      $$`);
    await db.query(`
      CREATE FUNCTION duration_histogram(seconds double precision[]) RETURNS integer[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT array_agg(coalesce(h.n, 0) ORDER BY b.k)
          FROM generate_series(0, 63) b (k)
          LEFT JOIN (SELECT duration_bucket(x) AS k, count(*)::integer AS n FROM unnest(seconds) x GROUP BY 1) h
            ON h.k = b.k
      $$`);
    await db.query(`
      CREATE TABLE stint_daily (
        day date NOT NULL,
        level integer NOT NULL,
        team_id uuid NOT NULL,
        severity text NOT NULL,
        procedure_version_id uuid NOT NULL,
        stints integer NOT NULL,
        over_budget_stints integer NOT NULL,
        over_budget_seconds double precision NOT NULL,
        ${MEASURES.map((m) => `${m}_seconds double precision NOT NULL, ${m} integer[] NOT NULL`).join(',\n        ')},
        CONSTRAINT pk_stint_daily PRIMARY KEY (day, level, team_id, severity, procedure_version_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE stint_daily`);
    await db.query(`DROP FUNCTION duration_histogram(double precision[])`);
    await db.query(`DROP FUNCTION duration_bucket(double precision)`);
  }
}
