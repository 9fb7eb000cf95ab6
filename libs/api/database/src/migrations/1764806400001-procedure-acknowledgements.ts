import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff acknowledge published procedure versions; Ladder reminds them, reminds owners of reviews, and flags drift
 * (libs/api/procedures acknowledgements).
 * - `procedure_acknowledgement`: who read and understood which version, once each.
 * - `procedure_reminder`: every reminder sent about a version, one row per (version, person, kind, step), so a
 *   reminder job on any number of instances sends each one once; `notification_id` is the in-app row it wrote.
 * - `procedure_version.drift_*`: when the drift check last looked at a published version (at most daily), and when it
 *   flagged it for early review with the figures why.
 */
export class ProcedureAcknowledgements1764806400001 implements MigrationInterface {
  name = 'ProcedureAcknowledgements1764806400001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE procedure_acknowledgement (
        procedure_version_id uuid NOT NULL REFERENCES procedure_version (id),
        user_id uuid NOT NULL REFERENCES app_user (id),
        acknowledged_at timestamptz NOT NULL,
        CONSTRAINT pk_procedure_acknowledgement PRIMARY KEY (procedure_version_id, user_id)
      )`);
    await db.query(`CREATE INDEX ix_procedure_acknowledgement_user ON procedure_acknowledgement (user_id)`);
    await db.query(`
      CREATE TABLE procedure_reminder (
        procedure_version_id uuid NOT NULL REFERENCES procedure_version (id),
        user_id uuid NOT NULL REFERENCES app_user (id),
        kind text NOT NULL CONSTRAINT ck_procedure_reminder_kind CHECK (kind IN ('acknowledgement', 'review', 'drift')),
        step text NOT NULL,
        notification_id uuid REFERENCES notification (id),
        sent_at timestamptz NOT NULL,
        CONSTRAINT pk_procedure_reminder PRIMARY KEY (procedure_version_id, user_id, kind, step)
      )`);
    await db.query(`
      ALTER TABLE procedure_version
        ADD COLUMN drift_checked_at timestamptz,
        ADD COLUMN drift_flagged_at timestamptz,
        ADD COLUMN drift_details jsonb`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE procedure_version
        DROP COLUMN drift_details,
        DROP COLUMN drift_flagged_at,
        DROP COLUMN drift_checked_at`);
    await db.query(`DROP TABLE procedure_reminder`);
    await db.query(`DROP TABLE procedure_acknowledgement`);
  }
}
