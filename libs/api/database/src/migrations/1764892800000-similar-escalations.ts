import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Similar past escalations: full-text search over title (weight A), description (B) and resolution summary (C), plus
 * trigram similarity of titles (pg_trgm; the embedded engine loads it as a PGlite extension).
 *
 * Both indexes are expression / opclass indexes the entity declares with `synchronize: false`, so the schema builder
 * leaves them alone. The query in libs/api/escalations (similar/similar-escalations.sql.ts) repeats the expression
 * and the predicate exactly, or the planner cannot use them.
 *
 * Write cost on the hot path: `escalation_act` UPDATEs the row on every transition. Status and level are indexed
 * already, so a transition is never a HOT update and adds an entry to every index whose predicate the new row meets.
 * Both indexes here are partial, on resolved and closed escalations only (the only ones ever searched): transitions
 * of open work touch neither; resolving or closing adds one entry to each (the tsvector of three texts and the
 * title's trigrams, into GIN's pending list). Title, description and resolution summary change rarely (the summary at
 * resolve only), so these indexes make no update that was HOT-eligible (e.g. a comment) lose that.
 */
export class SimilarEscalations1764892800000 implements MigrationInterface {
  name = 'SimilarEscalations1764892800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query(`
      CREATE INDEX ix_escalation_search ON escalation USING gin ((
        setweight(to_tsvector('english'::regconfig, title), 'A')
        || setweight(to_tsvector('english'::regconfig, description), 'B')
        || setweight(to_tsvector('english'::regconfig, coalesce(resolution_summary, '')), 'C')
      )) WHERE status IN ('resolved', 'closed')`);
    await queryRunner.query(`
      CREATE INDEX ix_escalation_title_trgm ON escalation USING gin (title gin_trgm_ops)
        WHERE status IN ('resolved', 'closed')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX ix_escalation_title_trgm');
    await queryRunner.query('DROP INDEX ix_escalation_search');
    await queryRunner.query('DROP EXTENSION IF EXISTS pg_trgm');
  }
}
