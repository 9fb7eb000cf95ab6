import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Process reviews: a period's frozen metrics (a trigger refuses any change to the snapshot), findings, and action
 * items whose metric is measured again once their due date has passed. A review that led to a draft revision names
 * it (`draft_procedure_id`, one review per draft); the draft's detail reads the link back through that unique index.
 */
export class ProcessReviews1764806400002 implements MigrationInterface {
  name = 'ProcessReviews1764806400002';

  public async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE process_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        period_from date NOT NULL,
        period_to date NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        snapshot jsonb NOT NULL,
        created_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL,
        closed_at timestamptz,
        draft_procedure_id uuid REFERENCES procedure_version (id),
        CONSTRAINT ck_process_review_period CHECK (period_from <= period_to)
      )`);
    await db.query(`CREATE INDEX ix_process_review_created ON process_review (created_at DESC)`);
    await db.query(
      `CREATE UNIQUE INDEX uq_process_review_draft ON process_review (draft_procedure_id) WHERE draft_procedure_id IS NOT NULL`,
    );
    await db.query(`
      CREATE FUNCTION process_review_snapshot_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.snapshot IS DISTINCT FROM OLD.snapshot THEN
          RAISE EXCEPTION 'process_review.snapshot is frozen: it never changes after the review is created';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER tr_process_review_snapshot_frozen BEFORE UPDATE OF snapshot ON process_review
        FOR EACH ROW EXECUTE FUNCTION process_review_snapshot_frozen()`);
    await db.query(`
      CREATE TABLE process_review_procedure (
        review_id uuid NOT NULL REFERENCES process_review (id),
        procedure_version_id uuid NOT NULL REFERENCES procedure_version (id),
        CONSTRAINT pk_process_review_procedure PRIMARY KEY (review_id, procedure_version_id)
      )`);
    await db.query(`
      CREATE TABLE review_finding (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_id uuid NOT NULL REFERENCES process_review (id),
        kind text NOT NULL CHECK (kind IN ('bottleneck', 'breach-pattern', 'survey-comments', 'other')),
        text text NOT NULL,
        link jsonb,
        created_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX ix_review_finding_review ON review_finding (review_id, created_at)`);
    await db.query(`
      CREATE TABLE review_action_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_id uuid NOT NULL REFERENCES process_review (id),
        title text NOT NULL,
        owner_id uuid NOT NULL REFERENCES app_user (id),
        due_date date NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
        metric text NOT NULL,
        level integer,
        direction text NOT NULL CHECK (direction IN ('decrease', 'increase')),
        baseline double precision,
        target double precision NOT NULL,
        measured_at timestamptz,
        measured_value double precision,
        measured_from date,
        measured_to date,
        met boolean,
        overdue_notified_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        row_version integer NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX ix_review_action_item_review ON review_action_item (review_id, due_date)`);
    await db.query(
      `CREATE INDEX ix_review_action_item_unmeasured ON review_action_item (due_date) WHERE measured_at IS NULL AND status <> 'dropped'`,
    );
    await db.query(`CREATE INDEX ix_review_action_item_open ON review_action_item (due_date) WHERE status = 'open'`);
  }

  public async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE review_action_item`);
    await db.query(`DROP TABLE review_finding`);
    await db.query(`DROP TABLE process_review_procedure`);
    await db.query(`DROP TABLE process_review`);
    await db.query(`DROP FUNCTION process_review_snapshot_frozen()`);
  }
}
