import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The escalations opened under one procedure version, by when they were opened: what the comparison of two versions
 * ("did it help") reads. The column never changes after the escalation is opened, so no update in place (HOT) stops
 * being one; the index only costs at creation.
 */
export class EscalationProcedureVersionIndex1764806400003 implements MigrationInterface {
  name = 'EscalationProcedureVersionIndex1764806400003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX ix_escalation_procedure_version ON escalation (procedure_version_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_escalation_procedure_version`);
  }
}
