import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `ix_level_stint_moves`: the stays left by escalating or de-escalating, by when they were entered, with what the flow
 * report and its drill-down read of them (the level moved to as the refresher recorded it): a third of the stays,
 * read from the index alone. Both updates that change its columns (leaving a stay, the refresher's) already write
 * every index, as other indexes hold `left_at` and `next_level`: no update made in place (HOT) stops being one.
 */
export class LevelStintMovesIndex1765065600000 implements MigrationInterface {
  name = 'LevelStintMovesIndex1765065600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX ix_level_stint_moves ON level_stint (entered_at)
         INCLUDE (escalation_id, id, level, next_level, team_id, left_at, paused_seconds)
         WHERE exit IN ('escalated', 'de-escalated')`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_level_stint_moves`);
  }
}
