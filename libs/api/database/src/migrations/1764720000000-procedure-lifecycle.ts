import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES_BEFORE = `'draft', 'published', 'retired'`;
const STATUSES = `'draft', 'in-review', 'published', 'retired', 'discarded'`;

/**
 * Procedure versions get a lifecycle (libs/api/procedures): draft -> in review -> published -> retired, or discarded.
 * - Who wrote a version and which version it started from, the change note, who approved it and when.
 * - `review_every_months` / `review_due_at`: when a published version is due for its review; existing published
 *   versions are due six months after they were published (month arithmetic in UTC, as the domain's reviewDueDate).
 * - `row_version`: the optimistic lock for editing a draft; every write to the row increments it.
 * - `procedure_review_comment`: what reviewers say about a version (also the body of "request changes").
 */
export class ProcedureLifecycle1764720000000 implements MigrationInterface {
  name = 'ProcedureLifecycle1764720000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE procedure_version DROP CONSTRAINT procedure_version_status_check`);
    await db.query(
      `ALTER TABLE procedure_version ADD CONSTRAINT procedure_version_status_check CHECK (status IN (${STATUSES}))`,
    );
    await db.query(`
      ALTER TABLE procedure_version
        ADD COLUMN author_id uuid REFERENCES app_user (id),
        ADD COLUMN based_on_id uuid REFERENCES procedure_version (id),
        ADD COLUMN change_note text NOT NULL DEFAULT '',
        ADD COLUMN submitted_at timestamptz,
        ADD COLUMN approved_by uuid REFERENCES app_user (id),
        ADD COLUMN approved_at timestamptz,
        ADD COLUMN retired_at timestamptz,
        ADD COLUMN review_every_months integer NOT NULL DEFAULT 6
          CONSTRAINT procedure_version_review_every_months_check CHECK (review_every_months >= 1),
        ADD COLUMN review_due_at timestamptz,
        ADD COLUMN row_version integer NOT NULL DEFAULT 1`);
    await db.query(`
      UPDATE procedure_version
         SET approved_at = published_at,
             review_due_at = ((published_at AT TIME ZONE 'UTC') + interval '6 months') AT TIME ZONE 'UTC'
       WHERE status = 'published' AND published_at IS NOT NULL`);
    await db.query(`
      CREATE TABLE procedure_review_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        procedure_version_id uuid NOT NULL REFERENCES procedure_version (id),
        author_id uuid NOT NULL REFERENCES app_user (id),
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX ix_procedure_review_comment_version ON procedure_review_comment (procedure_version_id, created_at)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE procedure_review_comment`);
    await db.query(`
      ALTER TABLE procedure_version
        DROP COLUMN row_version,
        DROP COLUMN review_due_at,
        DROP COLUMN review_every_months,
        DROP COLUMN retired_at,
        DROP COLUMN approved_at,
        DROP COLUMN approved_by,
        DROP COLUMN submitted_at,
        DROP COLUMN change_note,
        DROP COLUMN based_on_id,
        DROP COLUMN author_id`);
    // Versions the old schema cannot hold: in review goes back to draft; a discarded draft is removed.
    await db.query(`UPDATE procedure_version SET status = 'draft' WHERE status = 'in-review'`);
    await db.query(`DELETE FROM procedure_version WHERE status = 'discarded'`);
    await db.query(`ALTER TABLE procedure_version DROP CONSTRAINT procedure_version_status_check`);
    await db.query(
      `ALTER TABLE procedure_version ADD CONSTRAINT procedure_version_status_check CHECK (status IN (${STATUSES_BEFORE}))`,
    );
  }
}
