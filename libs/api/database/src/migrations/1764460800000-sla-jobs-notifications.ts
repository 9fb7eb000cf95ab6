import type { MigrationInterface, QueryRunner } from 'typeorm';

const weekday: [string, string][] = [['09:00', '17:00']];
/** The calendar procedures name "business-hours" until an admin edits it. */
const STANDARD_BUSINESS_HOURS = {
  kind: 'business-hours',
  timeZone: 'America/New_York',
  hours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
  holidays: ['2026-12-25', '2027-01-01', '2027-05-31', '2027-07-05', '2027-09-06', '2027-11-25', '2027-12-24'],
};

/**
 * Business-hours calendars, the SLA summary the queue sorts on, the job table the scheduler claims with
 * FOR UPDATE SKIP LOCKED, and the notification outbox.
 *
 * Every event insert also inserts an `event` job in the same transaction (trigger), so what follows an event
 * (clock recompute, trigger rules, notifications) can never be lost, whichever code path wrote the event.
 */
export class SlaJobsNotifications1764460800000 implements MigrationInterface {
  name = 'SlaJobsNotifications1764460800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE calendar (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        definition jsonb NOT NULL,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_calendar_name UNIQUE (name)
      )`);
    await db.query(`INSERT INTO calendar (name, definition) VALUES ('24x7', $1), ('business-hours', $2)`, [
      JSON.stringify({ kind: '24x7' }),
      JSON.stringify(STANDARD_BUSINESS_HOURS),
    ]);
    // No foreign key: calendars belong to procedures and teams to identity; the calendars service checks the reference.
    await db.query(`ALTER TABLE team ADD COLUMN calendar_id uuid, ADD COLUMN webhook_url text`);

    await db.query(`
      ALTER TABLE escalation
        ADD COLUMN next_due_at timestamptz,
        ADD COLUMN sla_state text NOT NULL DEFAULT 'ok' CHECK (sla_state IN ('ok', 'warning', 'breached', 'paused', 'done'))`);
    await db.query(`CREATE INDEX ix_escalation_next_due ON escalation (next_due_at) WHERE next_due_at IS NOT NULL`);

    await db.query(`ALTER TABLE escalation_event DROP CONSTRAINT escalation_event_channel_check`);
    await db.query(`
      ALTER TABLE escalation_event
        ADD CONSTRAINT escalation_event_channel_check CHECK (channel IN ('portal', 'api', 'monitoring', 'system')),
        ADD COLUMN reason text CHECK (reason IN ('timer', 'rule')),
        ADD COLUMN details jsonb`);

    await db.query(`
      CREATE TABLE job (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('event', 'deadline', 'recompute')),
        key text NOT NULL,
        escalation_id uuid REFERENCES escalation (id),
        run_at timestamptz NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        CONSTRAINT uq_job_key UNIQUE (key)
      )`);
    await db.query(`CREATE INDEX ix_job_run_at ON job (run_at)`);
    await db.query(`CREATE INDEX ix_job_escalation ON job (escalation_id)`);
    await db.query(`
      CREATE FUNCTION escalation_event_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Loading past history (demo data, imports) sets this: old events need no follow-up.
        IF current_setting('ladder.loading_history', true) = 'on' THEN RETURN NULL; END IF;
        INSERT INTO job (kind, key, escalation_id, run_at, payload)
        SELECT 'event', 'event:' || n.id, n.escalation_id, n.at, jsonb_build_object('eventId', n.id) FROM inserted n;
        RETURN NULL;
      END $$`);
    // Once per statement, over its rows: the scheduler writes its events a batch at a time.
    await db.query(`
      CREATE TRIGGER tr_escalation_event_enqueue AFTER INSERT ON escalation_event
      REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION escalation_event_enqueue()`);

    await db.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        escalation_id uuid REFERENCES escalation (id),
        event_id bigint REFERENCES escalation_event (id),
        channel text NOT NULL CHECK (channel IN ('email', 'webhook', 'in-app')),
        recipient text NOT NULL,
        recipient_name text,
        user_id uuid REFERENCES app_user (id),
        subject text NOT NULL,
        body_text text NOT NULL,
        body_html text,
        link text,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        read_at timestamptz,
        CONSTRAINT uq_notification_fanout UNIQUE (event_id, channel, recipient)
      )`);
    await db.query(`CREATE INDEX ix_notification_pending ON notification (next_attempt_at) WHERE status = 'pending'`);
    await db.query(`CREATE INDEX ix_notification_failed ON notification (created_at) WHERE status = 'failed'`);
    await db.query(`CREATE INDEX ix_notification_user ON notification (user_id, created_at) WHERE user_id IS NOT NULL`);
    await db.query(`
      CREATE TABLE notification_attempt (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        notification_id uuid NOT NULL REFERENCES notification (id),
        at timestamptz NOT NULL,
        ok boolean NOT NULL,
        error text
      )`);
    await db.query(`CREATE INDEX ix_notification_attempt_notification ON notification_attempt (notification_id, at)`);

    await db.query(`
      CREATE TABLE stakeholder_link (
        token_hash text PRIMARY KEY,
        escalation_id uuid NOT NULL REFERENCES escalation (id),
        email text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_stakeholder_link UNIQUE (escalation_id, email)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE stakeholder_link`);
    await db.query(`DROP TABLE notification_attempt`);
    await db.query(`DROP TABLE notification`);
    await db.query(`DROP TRIGGER tr_escalation_event_enqueue ON escalation_event`);
    await db.query(`DROP FUNCTION escalation_event_enqueue()`);
    await db.query(`DROP TABLE job`);
    await db.query(`
      ALTER TABLE escalation_event
        DROP COLUMN details,
        DROP COLUMN reason,
        DROP CONSTRAINT escalation_event_channel_check`);
    await db.query(`
      ALTER TABLE escalation_event
        ADD CONSTRAINT escalation_event_channel_check CHECK (channel IN ('portal', 'api', 'monitoring'))`);
    await db.query(`DROP INDEX ix_escalation_next_due`);
    await db.query(`ALTER TABLE escalation DROP COLUMN sla_state, DROP COLUMN next_due_at`);
    await db.query(`ALTER TABLE team DROP COLUMN webhook_url, DROP COLUMN calendar_id`);
    await db.query(`DROP TABLE calendar`);
  }
}
