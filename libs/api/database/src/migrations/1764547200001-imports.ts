import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * History imports: an imported escalation keeps the system it came from and its id there (unique together, which
 * makes importing a file again change nothing), and each upload is an `import_run` with its progress and report.
 */
export class Imports1764547200001 implements MigrationInterface {
  name = 'Imports1764547200001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE escalation
        ADD COLUMN source_system text,
        ADD COLUMN source_id text,
        ADD CONSTRAINT ck_escalation_source_pair CHECK ((source_system IS NULL) = (source_id IS NULL))`);
    await db.query(
      `CREATE UNIQUE INDEX uq_escalation_source ON escalation (source_system, source_id) WHERE source_id IS NOT NULL`,
    );
    await db.query(`
      CREATE TABLE import_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        file_name text NOT NULL,
        format text NOT NULL CHECK (format IN ('jsonl', 'csv')),
        source_system text NOT NULL,
        status text NOT NULL CHECK (status IN ('rejected', 'writing', 'done', 'failed')),
        total integer NOT NULL DEFAULT 0,
        written integer NOT NULL DEFAULT 0,
        skipped integer NOT NULL DEFAULT 0,
        error_count integer NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]',
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await db.query(`CREATE INDEX ix_import_run_created_at ON import_run (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE import_run`);
    await db.query(`DROP INDEX uq_escalation_source`);
    await db.query(
      `ALTER TABLE escalation DROP CONSTRAINT ck_escalation_source_pair, DROP COLUMN source_id, DROP COLUMN source_system`,
    );
  }
}
