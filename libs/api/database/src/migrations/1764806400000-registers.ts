import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The critical-service and risk registers (libs/api/registers), used when an escalation is opened.
 * - `critical_service`: a service of the procedure by name, how critical it is, and its default severity (the floor of
 *   a new escalation's severity), the owning team.
 * - `risk`: a known risk with likelihood and impact (1-5 each), optionally linked to a service and to a scenario
 *   guideline of the procedure (by the guideline's id, which lives in the procedure definition).
 * Both carry `row_version` for optimistic concurrency.
 */
export class Registers1764806400000 implements MigrationInterface {
  name = 'Registers1764806400000';

  public async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE critical_service (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        criticality text NOT NULL
          CONSTRAINT ck_critical_service_criticality CHECK (criticality IN ('critical', 'high', 'medium', 'low')),
        default_severity text NOT NULL
          CONSTRAINT ck_critical_service_default_severity CHECK (default_severity IN ('S1', 'S2', 'S3', 'S4')),
        owning_team_id uuid CONSTRAINT fk_critical_service_owning_team REFERENCES team (id),
        description text NOT NULL DEFAULT '',
        row_version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT pk_critical_service PRIMARY KEY (id),
        CONSTRAINT uq_critical_service_name UNIQUE (name)
      )`);
    await db.query(`
      CREATE TABLE risk (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        likelihood integer NOT NULL CONSTRAINT ck_risk_likelihood CHECK (likelihood BETWEEN 1 AND 5),
        impact integer NOT NULL CONSTRAINT ck_risk_impact CHECK (impact BETWEEN 1 AND 5),
        service_id uuid CONSTRAINT fk_risk_service REFERENCES critical_service (id) ON DELETE SET NULL,
        scenario_id text,
        mitigation text NOT NULL DEFAULT '',
        owner text NOT NULL,
        status text NOT NULL CONSTRAINT ck_risk_status CHECK (status IN ('open', 'mitigated', 'accepted')),
        reviewed_at timestamptz,
        row_version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT pk_risk PRIMARY KEY (id)
      )`);
    await db.query(`CREATE INDEX ix_risk_service ON risk (service_id) WHERE status = 'open'`);
    await db.query(`CREATE INDEX ix_risk_scenario ON risk (scenario_id) WHERE status = 'open'`);
  }

  public async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE risk`);
    await db.query(`DROP TABLE critical_service`);
  }
}
