import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The daily rollup summed by month, with the same columns in the same order (`day` is the month's first day): a
 * report over 90 days reads about two months and thirty days instead of ninety days.
 */
export class StintMonthlyRollup1764547200005 implements MigrationInterface {
  name = 'StintMonthlyRollup1764547200005';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE stint_monthly (LIKE stint_daily INCLUDING ALL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE stint_monthly`);
  }
}
