import type { MigrationInterface, QueryRunner } from 'typeorm';

const ESCALATION_ACT = `escalation_act(uuid, text, text[], text, integer, uuid, text, timestamptz, text, text, uuid, integer,
  uuid, text, jsonb)`;

/**
 * `escalation_act` returns exactly one row; the planner assumed 1,000 (its default for a set-returning function).
 * Joined to `escalation` (the actions service reads the source columns that way), that estimate made a freshly
 * loaded, not yet analysed table (after an import or the workflow bench's setup) look cheaper to hash in full than
 * to probe once: a sequential scan of every escalation per transition (about 25 transitions/s instead of hundreds
 * until autovacuum analysed it). With the true estimate the plan is one index probe, whatever the statistics say.
 * A migration that recreates the function has to declare `ROWS 1` again.
 */
export class EscalationActOneRow1764979200002 implements MigrationInterface {
  name = 'EscalationActOneRow1764979200002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER FUNCTION ${ESCALATION_ACT} ROWS 1`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER FUNCTION ${ESCALATION_ACT} ROWS 1000`);
  }
}
