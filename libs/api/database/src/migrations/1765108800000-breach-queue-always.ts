import type { MigrationInterface, QueryRunner } from 'typeorm';

const QUEUE_TRIGGERS = ['tr_escalation_breach_inserted', 'tr_escalation_breach_changed'];

/**
 * The triggers that queue escalations for their breach facts fire in every session, replica ones included. The demo
 * history, written with COPY as a superuser, sets `session_replication_role = replica` to skip the foreign-key checks,
 * which skipped these too: a million finished escalations and no breach facts, so the SLA breach report counted the
 * unfinished ones only. Finished escalations written that way are queued now; the refresher settles them.
 */
export class BreachQueueAlways1765108800000 implements MigrationInterface {
  name = 'BreachQueueAlways1765108800000';

  async up(db: QueryRunner): Promise<void> {
    for (const trigger of QUEUE_TRIGGERS) await db.query(`ALTER TABLE escalation ENABLE ALWAYS TRIGGER ${trigger}`);
    await db.query(`
      INSERT INTO escalation_breach_pending (escalation_id, created_at)
      SELECT e.id, e.created_at FROM escalation e
       WHERE e.status IN ('resolved', 'closed')
         AND NOT EXISTS (SELECT 1 FROM escalation_breach b WHERE b.id = e.id)
      ON CONFLICT (escalation_id) DO NOTHING`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const trigger of QUEUE_TRIGGERS) await db.query(`ALTER TABLE escalation ENABLE TRIGGER ${trigger}`);
  }
}
