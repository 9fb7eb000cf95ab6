import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Alert intake: the integrations monitoring systems post through, the alert behind each monitoring escalation,
 * and every accepted alert notification (its key makes a redelivery a no-op; its time and service feed the
 * trigger rules that count alerts per service).
 */
export class AlertIntake1764979200000 implements MigrationInterface {
  name = 'AlertIntake1764979200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE integration (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CONSTRAINT uq_integration_name UNIQUE,
        kind text NOT NULL CHECK (kind IN ('alertmanager', 'grafana', 'generic')),
        enabled boolean NOT NULL DEFAULT true,
        propose_resolution boolean NOT NULL DEFAULT true,
        routing jsonb NOT NULL,
        secret text NOT NULL,
        secret_hash text NOT NULL CONSTRAINT uq_integration_secret_hash UNIQUE,
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`
      CREATE TABLE alert (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        integration_id uuid NOT NULL REFERENCES integration (id),
        dedup_key text NOT NULL,
        escalation_id uuid NOT NULL CONSTRAINT uq_alert_escalation UNIQUE REFERENCES escalation (id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('firing', 'resolved')),
        labels jsonb NOT NULL,
        annotations jsonb NOT NULL,
        links jsonb NOT NULL,
        fire_count integer NOT NULL DEFAULT 1 CHECK (fire_count >= 1),
        first_fired_at timestamptz NOT NULL,
        last_fired_at timestamptz NOT NULL,
        resolved_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX ix_alert_dedup ON alert (integration_id, dedup_key)`);
    await queryRunner.query(`
      CREATE TABLE alert_notification (
        integration_id uuid NOT NULL REFERENCES integration (id),
        occurrence text NOT NULL,
        status text NOT NULL CHECK (status IN ('firing', 'resolved')),
        affected_service text NOT NULL,
        alert_id uuid REFERENCES alert (id) ON DELETE CASCADE,
        received_at timestamptz NOT NULL,
        PRIMARY KEY (integration_id, occurrence)
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_alert_notification_received ON alert_notification (integration_id, received_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_alert_notification_service ON alert_notification (affected_service, received_at)
        WHERE status = 'firing'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE alert_notification`);
    await queryRunner.query(`DROP TABLE alert`);
    await queryRunner.query(`DROP TABLE integration`);
  }
}
