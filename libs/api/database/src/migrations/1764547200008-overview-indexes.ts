import type { MigrationInterface, QueryRunner } from 'typeorm';

const OPENED_COLUMNS = `id, severity, category, affected_service, procedure_version_id, team_id, level, acknowledged_at,
  resolved_at`;

/**
 * For the analytics overview, which counts the escalations opened in two periods from indexes alone:
 * - `ix_escalation_opened` also carries the response and resolution due times, so the response and resolution
 *   breaches are counted without reading the escalation rows. The SLA scheduler writes them in the update that
 *   writes `next_due_at`, which other indexes hold already (as they hold `resolution_due_at`): no update that was
 *   made in place (HOT) stops being one.
 * - `ix_level_stint_escalated`: the stays left by escalating, by when they were entered; what first-level resolution
 *   (resolved, never escalated) reads, a third of the stays.
 */
export class OverviewIndexes1764547200008 implements MigrationInterface {
  name = 'OverviewIndexes1764547200008';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_escalation_opened`);
    await db.query(
      `CREATE INDEX ix_escalation_opened ON escalation (created_at)
         INCLUDE (${OPENED_COLUMNS}, response_due_at, resolution_due_at)`,
    );
    await db.query(
      `CREATE INDEX ix_level_stint_escalated ON level_stint (entered_at) INCLUDE (escalation_id) WHERE exit = 'escalated'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_level_stint_escalated`);
    await db.query(`DROP INDEX ix_escalation_opened`);
    await db.query(`CREATE INDEX ix_escalation_opened ON escalation (created_at) INCLUDE (${OPENED_COLUMNS})`);
  }
}
