import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A finished stint's wall-clock minutes at its level, pauses excluded: how the stints drill-down orders stays. */
const STINT_MINUTES = `((date_part('epoch', left_at - entered_at) - paused_seconds) / 60)`;

/**
 * Indexes for the reports over escalations opened in a range (flow, survival, load) and for the stints drill-down.
 * - `ix_escalation_opened` replaces `ix_escalation_created_at` (same key, so no more writes) and carries what those
 *   reports and their filters read: they scan it alone, not the escalation rows.
 * - `ix_level_stint_entered_at`: stays by when they were entered, with what flow reads of them; a stay is never
 *   entered before its escalation is opened, so this finds the stays of the escalations opened in a range.
 * - `ix_level_stint_level_left_at` counts the finished stays of a level that left in a range (the drill-down's total);
 *   `ix_level_stint_level_minutes` gives them longest first (its page). Both hold finished stays only: opening a stay
 *   writes neither.
 */
export class AnalyticsReadIndexes1764547200004 implements MigrationInterface {
  name = 'AnalyticsReadIndexes1764547200004';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_escalation_created_at`);
    await db.query(
      `CREATE INDEX ix_escalation_opened ON escalation (created_at)
         INCLUDE (id, severity, category, affected_service, procedure_version_id, team_id, level, acknowledged_at,
                  resolved_at)`,
    );
    await db.query(
      `CREATE INDEX ix_level_stint_entered_at ON level_stint (entered_at)
         INCLUDE (escalation_id, id, level, team_id, exit, left_at, paused_seconds)`,
    );
    await db.query(
      `CREATE INDEX ix_level_stint_level_left_at ON level_stint (level, left_at) INCLUDE (team_id)
         WHERE left_at IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX ix_level_stint_level_minutes ON level_stint (level, ${STINT_MINUTES} DESC NULLS LAST)
         INCLUDE (left_at, entered_at, paused_seconds, team_id, escalation_id) WHERE left_at IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_level_stint_level_minutes`);
    await db.query(`DROP INDEX ix_level_stint_level_left_at`);
    await db.query(`DROP INDEX ix_level_stint_entered_at`);
    await db.query(`DROP INDEX ix_escalation_opened`);
    await db.query(`CREATE INDEX ix_escalation_created_at ON escalation (created_at)`);
  }
}
