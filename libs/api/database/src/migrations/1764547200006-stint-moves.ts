import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the analytics refresher records on each finished stint besides its business time: how the escalation moved
 * around it (the level and exit of the stays before, the level after), and when it was refreshed. Ping-pong and
 * skipped levels then read a few indexed rows instead of a window over every stint of the period.
 */
export class StintMoves1764547200006 implements MigrationInterface {
  name = 'StintMoves1764547200006';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE level_stint ADD COLUMN previous_level integer`);
    await db.query(`ALTER TABLE level_stint ADD COLUMN previous_exit text`);
    await db.query(`ALTER TABLE level_stint ADD COLUMN earlier_exit text`);
    await db.query(`ALTER TABLE level_stint ADD COLUMN next_level integer`);
    await db.query(`ALTER TABLE level_stint ADD COLUMN refreshed_at timestamptz`);
    await db.query(`DROP INDEX ix_level_stint_uncounted`);
    await db.query(
      `CREATE INDEX ix_level_stint_unrefreshed ON level_stint (left_at) WHERE left_at IS NOT NULL AND refreshed_at IS NULL`,
    );
    await db.query(
      `CREATE INDEX ix_level_stint_bounces ON level_stint (left_at) WHERE exit = 'escalated' AND previous_exit = 'de-escalated' AND earlier_exit = 'escalated'`,
    );
    await db.query(
      `CREATE INDEX ix_level_stint_skips ON level_stint (left_at) WHERE exit = 'escalated' AND next_level > level + 1`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_level_stint_skips`);
    await db.query(`DROP INDEX ix_level_stint_bounces`);
    await db.query(`DROP INDEX ix_level_stint_unrefreshed`);
    await db.query(
      `CREATE INDEX ix_level_stint_uncounted ON level_stint (left_at) WHERE left_at IS NOT NULL AND business_seconds IS NULL`,
    );
    for (const column of ['refreshed_at', 'next_level', 'earlier_exit', 'previous_exit', 'previous_level']) {
      await db.query(`ALTER TABLE level_stint DROP COLUMN ${column}`);
    }
  }
}
