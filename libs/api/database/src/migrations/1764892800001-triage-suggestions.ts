import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Triage suggestions shown when an escalation was opened, with the value it was opened with. */
export class TriageSuggestions1764892800001 implements MigrationInterface {
  name = 'TriageSuggestions1764892800001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE triage_suggestion_outcome (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        escalation_id uuid NOT NULL REFERENCES escalation (id) ON DELETE CASCADE,
        target text NOT NULL CHECK (target IN ('category', 'affectedService', 'team', 'severity')),
        suggested_value text NOT NULL,
        confidence double precision NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
        chosen_value text NOT NULL,
        accepted boolean NOT NULL,
        created_at timestamptz NOT NULL,
        CONSTRAINT uq_triage_suggestion_outcome_target UNIQUE (escalation_id, target)
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_triage_suggestion_outcome_created ON triage_suggestion_outcome (created_at, target)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE triage_suggestion_outcome`);
  }
}
