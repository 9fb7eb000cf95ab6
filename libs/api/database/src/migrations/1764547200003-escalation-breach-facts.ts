import type { MigrationInterface, QueryRunner } from 'typeorm';

const FINISHED = `('resolved', 'closed')`;

/** The escalation columns the SLA-breach figures read; a change to one of them outdates a finished escalation's facts. */
const FIGURE_COLUMNS = [
  'created_at',
  'severity',
  'team_id',
  'category',
  'affected_service',
  'level',
  'procedure_version_id',
  'acknowledged_at',
  'resolved_at',
  'response_due_at',
  'resolution_due_at',
];
const row = (side: 'OLD' | 'NEW') => `(${FIGURE_COLUMNS.map((column) => `${side}.${column}`).join(', ')})`;

/** The events the breach figures read: resolutions and reopenings (the unresolved spans) and public updates. */
const BREACH_MARK_EVENTS = `type IN ('resolve', 'reopen') OR (type = 'stakeholder-update' AND visibility = 'public')`;

/**
 * The SLA-breach read model (libs/api/analytics read-models/breach-facts.ts).
 * - `escalation_breach`: per finished (resolved or closed) escalation, by how many seconds it ran over each target and
 *   the level that took most of its time, with what the report filters read copied from the escalation (the levels it
 *   reached among them), so a report reads no escalation row for it.
 * - `escalation_breach_daily`: those facts summed per UTC day of opening, severity, team, procedure version, levels
 *   reached and, for the resolution-breached, the level that took most of their time (0 for the others).
 * - `escalation_breach_pending`: the escalations whose facts are missing or out of date, queued by triggers in the
 *   transaction that finishes, reopens or changes an escalation. A report takes their facts out again and computes
 *   them live, so it is exact at any moment; the analytics refresher works the queue off.
 * - `ix_escalation_event_breach_marks`: the few events the live computation reads per escalation, from the index alone.
 */
export class EscalationBreachFacts1764547200003 implements MigrationInterface {
  name = 'EscalationBreachFacts1764547200003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE escalation_breach (
        id uuid PRIMARY KEY REFERENCES escalation (id),
        created_at timestamptz NOT NULL,
        severity text NOT NULL,
        team_id uuid NOT NULL,
        category text NOT NULL,
        affected_service text NOT NULL,
        level integer NOT NULL,
        procedure_version_id uuid NOT NULL,
        levels integer[] NOT NULL,
        response_over double precision,
        resolution_over double precision,
        level_budget_over double precision,
        update_cadence_over double precision,
        top_level integer,
        top_level_seconds double precision
      )`);
    await db.query(`CREATE INDEX ix_escalation_breach_created_at ON escalation_breach (created_at)`);
    await db.query(`
      CREATE TABLE escalation_breach_daily (
        day date NOT NULL,
        severity text NOT NULL,
        team_id uuid NOT NULL,
        procedure_version_id uuid NOT NULL,
        levels integer[] NOT NULL,
        breach_level integer NOT NULL,
        escalations integer NOT NULL,
        response integer NOT NULL,
        resolution integer NOT NULL,
        level_budget integer NOT NULL,
        update_cadence integer NOT NULL,
        breach_seconds double precision NOT NULL,
        CONSTRAINT pk_escalation_breach_daily
          PRIMARY KEY (day, severity, team_id, procedure_version_id, levels, breach_level)
      )`);
    await db.query(`
      CREATE TABLE escalation_breach_pending (
        escalation_id uuid PRIMARY KEY REFERENCES escalation (id),
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX ix_escalation_breach_pending_created_at ON escalation_breach_pending (created_at)`);
    await db.query(`
      CREATE FUNCTION escalation_breach_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO escalation_breach_pending (escalation_id, created_at)
          SELECT id, created_at FROM inserted WHERE status IN ${FINISHED}
          ON CONFLICT (escalation_id) DO NOTHING;
        ELSE
          INSERT INTO escalation_breach_pending (escalation_id, created_at) VALUES (NEW.id, NEW.created_at)
          ON CONFLICT (escalation_id) DO UPDATE SET created_at = excluded.created_at;
        END IF;
        RETURN NULL;
      END $$`);
    // Once per statement for inserts (imports and the demo history write thousands at a time).
    await db.query(`
      CREATE TRIGGER tr_escalation_breach_inserted AFTER INSERT ON escalation
      REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION escalation_breach_enqueue()`);
    // Per row, only when an escalation finishes, is reopened, or changes a figure while finished.
    await db.query(`
      CREATE TRIGGER tr_escalation_breach_changed AFTER UPDATE ON escalation FOR EACH ROW
      WHEN ((OLD.status IN ${FINISHED} OR NEW.status IN ${FINISHED})
        AND ((OLD.status IN ${FINISHED}) IS DISTINCT FROM (NEW.status IN ${FINISHED})
             OR ${row('OLD')} IS DISTINCT FROM ${row('NEW')}))
      EXECUTE FUNCTION escalation_breach_enqueue()`);
    await db.query(`
      INSERT INTO escalation_breach_pending (escalation_id, created_at)
      SELECT id, created_at FROM escalation WHERE status IN ${FINISHED}`);
    await db.query(
      `CREATE INDEX ix_escalation_event_breach_marks ON escalation_event (escalation_id, type, at) WHERE ${BREACH_MARK_EVENTS}`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_escalation_event_breach_marks`);
    await db.query(`DROP TRIGGER tr_escalation_breach_changed ON escalation`);
    await db.query(`DROP TRIGGER tr_escalation_breach_inserted ON escalation`);
    await db.query(`DROP FUNCTION escalation_breach_enqueue()`);
    await db.query(`DROP TABLE escalation_breach_pending`);
    await db.query(`DROP TABLE escalation_breach_daily`);
    await db.query(`DROP TABLE escalation_breach`);
  }
}
