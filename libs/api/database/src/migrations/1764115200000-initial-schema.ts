import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Teams, users, procedure versions, escalations, their append-only events and level stints. */
export class InitialSchema1764115200000 implements MigrationInterface {
  name = 'InitialSchema1764115200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE team (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        level integer NOT NULL CHECK (level >= 1),
        capacity integer NOT NULL DEFAULT 0 CHECK (capacity >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_team_name UNIQUE (name)
      )`);
    await db.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('agent', 'manager', 'process_owner', 'admin')),
        team_id uuid REFERENCES team (id),
        levels integer[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_app_user_email UNIQUE (email),
        CONSTRAINT ck_app_user_email_lower CHECK (email = lower(email))
      )`);
    await db.query(`
      CREATE TABLE procedure_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version integer NOT NULL,
        name text NOT NULL,
        status text NOT NULL CHECK (status IN ('draft', 'published', 'retired')),
        definition jsonb NOT NULL,
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_procedure_version_version UNIQUE (version)
      )`);
    await db.query(`
      CREATE TABLE escalation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number bigint GENERATED ALWAYS AS IDENTITY,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        category text NOT NULL,
        affected_service text NOT NULL,
        impact text NOT NULL CHECK (impact IN ('high', 'medium', 'low')),
        urgency text NOT NULL CHECK (urgency IN ('high', 'medium', 'low')),
        severity text NOT NULL CHECK (severity IN ('S1', 'S2', 'S3', 'S4')),
        status text NOT NULL CHECK (status IN ('open', 'acknowledged', 'waiting', 'resolved', 'closed', 'reopened')),
        level integer NOT NULL CHECK (level >= 1),
        team_id uuid NOT NULL REFERENCES team (id),
        assignee_id uuid REFERENCES app_user (id),
        procedure_version_id uuid NOT NULL REFERENCES procedure_version (id),
        source text NOT NULL CHECK (source IN ('portal', 'api', 'monitoring')),
        stakeholders jsonb NOT NULL DEFAULT '[]',
        created_by uuid REFERENCES app_user (id),
        idempotency_key text,
        idempotency_hash text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        acknowledged_at timestamptz,
        resolved_at timestamptz,
        closed_at timestamptz,
        resolution_summary text,
        response_due_at timestamptz NOT NULL,
        resolution_due_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT uq_escalation_number UNIQUE (number)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX uq_escalation_idempotency ON escalation (created_by, idempotency_key) WHERE idempotency_key IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX ix_escalation_active_due ON escalation (resolution_due_at) WHERE status NOT IN ('resolved', 'closed')`,
    );
    await db.query(`CREATE INDEX ix_escalation_status_level ON escalation (status, level)`);
    await db.query(`CREATE INDEX ix_escalation_team ON escalation (team_id)`);
    await db.query(`CREATE INDEX ix_escalation_assignee ON escalation (assignee_id) WHERE assignee_id IS NOT NULL`);
    await db.query(`CREATE INDEX ix_escalation_created_at ON escalation (created_at)`);

    await db.query(`
      CREATE TABLE escalation_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        escalation_id uuid NOT NULL REFERENCES escalation (id),
        type text NOT NULL,
        at timestamptz NOT NULL,
        actor_id uuid REFERENCES app_user (id),
        from_status text,
        to_status text,
        from_level integer,
        to_level integer,
        team_id uuid REFERENCES team (id),
        assignee_id uuid REFERENCES app_user (id),
        body text,
        visibility text NOT NULL DEFAULT 'internal' CHECK (visibility IN ('internal', 'public')),
        channel text NOT NULL DEFAULT 'portal' CHECK (channel IN ('portal', 'api', 'monitoring'))
      )`);
    await db.query(`CREATE INDEX ix_escalation_event_escalation_at ON escalation_event (escalation_id, at)`);
    await db.query(`
      CREATE FUNCTION escalation_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'escalation_event is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'restrict_violation';
      END $$`);
    await db.query(`
      CREATE TRIGGER tr_escalation_event_append_only BEFORE UPDATE OR DELETE ON escalation_event
      FOR EACH ROW EXECUTE FUNCTION escalation_event_is_append_only()`);
    await db.query(`
      CREATE TRIGGER tr_escalation_event_no_truncate BEFORE TRUNCATE ON escalation_event
      FOR EACH STATEMENT EXECUTE FUNCTION escalation_event_is_append_only()`);

    await db.query(`
      CREATE TABLE level_stint (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        escalation_id uuid NOT NULL REFERENCES escalation (id),
        level integer NOT NULL,
        team_id uuid NOT NULL REFERENCES team (id),
        assignee_id uuid REFERENCES app_user (id),
        entered_at timestamptz NOT NULL,
        first_response_at timestamptz,
        paused_since timestamptz,
        paused_seconds double precision NOT NULL DEFAULT 0,
        left_at timestamptz,
        exit text CHECK (exit IN ('escalated', 'de-escalated', 'resolved')),
        CONSTRAINT ck_level_stint_left CHECK ((left_at IS NULL) = (exit IS NULL))
      )`);
    await db.query(`CREATE UNIQUE INDEX uq_level_stint_open ON level_stint (escalation_id) WHERE left_at IS NULL`);
    await db.query(`CREATE INDEX ix_level_stint_escalation ON level_stint (escalation_id, entered_at)`);
    await db.query(
      `CREATE INDEX ix_level_stint_left_at ON level_stint (left_at) INCLUDE (level, team_id, entered_at, paused_seconds)`,
    );

    await db.query(`
      CREATE TABLE revoked_session (
        token_id uuid PRIMARY KEY,
        expires_at timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE login_attempt (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email text NOT NULL,
        ip text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        succeeded boolean NOT NULL
      )`);
    await db.query(`CREATE INDEX ix_login_attempt_email_at ON login_attempt (email, at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE login_attempt`);
    await db.query(`DROP TABLE revoked_session`);
    await db.query(`DROP TABLE level_stint`);
    await db.query(`DROP TABLE escalation_event`);
    await db.query(`DROP FUNCTION escalation_event_is_append_only()`);
    await db.query(`DROP TABLE escalation`);
    await db.query(`DROP TABLE procedure_version`);
    await db.query(`DROP TABLE app_user`);
    await db.query(`DROP TABLE team`);
  }
}
