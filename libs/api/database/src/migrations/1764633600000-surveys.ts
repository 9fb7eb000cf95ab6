import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The template every installation starts from: the questions the escalation guide's review asks about. */
const SEEDED_TEMPLATE = {
  csatQuestion: 'overall',
  questions: [
    {
      kind: 'rating',
      key: 'overall',
      prompt: 'Overall, how satisfied are you with how your issue was handled?',
      required: true,
      lowLabel: 'Very dissatisfied',
      highLabel: 'Very satisfied',
    },
    {
      kind: 'rating',
      key: 'informed',
      prompt: 'How well were you kept informed while it was being worked on?',
      required: true,
      lowLabel: 'Not at all',
      highLabel: 'Very well',
    },
    {
      kind: 'choice',
      key: 'right_level',
      prompt: 'Was your issue handled at the right level, and escalated fast enough?',
      required: false,
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
        { value: 'not_sure', label: 'Not sure' },
      ],
    },
    {
      kind: 'text',
      key: 'comment',
      prompt: 'Anything we could have done better?',
      required: false,
      maxLength: 2000,
    },
  ],
};

const ALL_SEVERITIES = { S1: 1, S2: 1, S3: 1, S4: 1 };

/**
 * Post-resolution surveys and process feedback (libs/api/surveys).
 * - `survey_template`: immutable versions; editing inserts the next version.
 * - `survey_settings`: the one row of dispatch settings, edited with a version check.
 * - `survey_invitation`: one per stakeholder email per resolution (the resolve event), with its single-use token's
 *   hash; the dispatcher claims due rows with SKIP LOCKED and writes their emails into the outbox in the same
 *   transaction, so each invitation and its one reminder are sent exactly once.
 * - `survey_response`: at most one per invitation, with the overall-satisfaction answer copied out for analytics.
 * - `survey_opt_out`: addresses that asked for no more surveys.
 * - `process_feedback`: suggestions about the process, reviewed by process owners.
 * - `notification.link_key`: what a secret link in the email is derived from at send time, so the outbox never
 *   stores the token itself; `notification.survey_invitation_id` and `survey_step` tie an email to its invitation.
 */
export class Surveys1764633600000 implements MigrationInterface {
  name = 'Surveys1764633600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE survey_template (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version integer NOT NULL,
        definition jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES app_user (id),
        CONSTRAINT uq_survey_template_version UNIQUE (version)
      )`);
    await db.query(`INSERT INTO survey_template (version, definition) VALUES (1, $1)`, [
      JSON.stringify(SEEDED_TEMPLATE),
    ]);

    await db.query(`
      CREATE TABLE survey_settings (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        delay_minutes integer NOT NULL,
        expiry_days integer NOT NULL,
        reminder_after_days integer NOT NULL,
        sample_by_severity jsonb NOT NULL,
        sample_by_category jsonb NOT NULL,
        anonymous boolean NOT NULL,
        low_score_threshold integer NOT NULL,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES app_user (id)
      )`);
    await db.query(
      `INSERT INTO survey_settings (delay_minutes, expiry_days, reminder_after_days, sample_by_severity,
                                    sample_by_category, anonymous, low_score_threshold)
       VALUES (60, 14, 3, $1, '{}', false, 2)`,
      [JSON.stringify(ALL_SEVERITIES)],
    );

    await db.query(`
      CREATE TABLE survey_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        escalation_id uuid NOT NULL REFERENCES escalation (id),
        resolve_event_id bigint NOT NULL REFERENCES escalation_event (id),
        template_id uuid NOT NULL REFERENCES survey_template (id),
        email text NOT NULL,
        name text,
        token_hash text NOT NULL,
        status text NOT NULL DEFAULT 'scheduled'
          CHECK (status IN ('scheduled', 'sent', 'answered', 'expired', 'withdrawn', 'opted-out')),
        send_at timestamptz NOT NULL,
        sent_at timestamptz,
        remind_at timestamptz,
        reminded_at timestamptz,
        expires_at timestamptz,
        answered_at timestamptz,
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_survey_invitation_token UNIQUE (token_hash),
        CONSTRAINT uq_survey_invitation_per_resolution UNIQUE (resolve_event_id, email)
      )`);
    await db.query(`CREATE INDEX ix_survey_invitation_escalation ON survey_invitation (escalation_id)`);
    await db.query(`CREATE INDEX ix_survey_invitation_created_at ON survey_invitation (created_at)`);
    await db.query(`CREATE INDEX ix_survey_invitation_send ON survey_invitation (send_at) WHERE status = 'scheduled'`);
    await db.query(
      `CREATE INDEX ix_survey_invitation_remind ON survey_invitation (remind_at) WHERE status = 'sent' AND reminded_at IS NULL`,
    );
    await db.query(`CREATE INDEX ix_survey_invitation_expiry ON survey_invitation (expires_at) WHERE status = 'sent'`);

    await db.query(`
      CREATE TABLE survey_response (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        invitation_id uuid NOT NULL REFERENCES survey_invitation (id),
        template_id uuid NOT NULL REFERENCES survey_template (id),
        answers jsonb NOT NULL,
        overall smallint CHECK (overall BETWEEN 1 AND 5),
        submitted_at timestamptz NOT NULL,
        CONSTRAINT uq_survey_response_invitation UNIQUE (invitation_id)
      )`);

    await db.query(`
      CREATE TABLE survey_opt_out (
        email text PRIMARY KEY,
        invitation_id uuid REFERENCES survey_invitation (id),
        opted_out_at timestamptz NOT NULL
      )`);

    await db.query(`
      CREATE TABLE process_feedback (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        topic text NOT NULL CHECK (topic IN ('procedure', 'levels', 'timeframes', 'communication', 'tooling', 'other')),
        body text NOT NULL,
        source text NOT NULL CHECK (source IN ('staff', 'stakeholder')),
        author_user_id uuid REFERENCES app_user (id),
        author_name text,
        author_email text,
        escalation_id uuid REFERENCES escalation (id),
        status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'reviewed', 'planned', 'done', 'declined')),
        review_note text,
        reviewed_by uuid REFERENCES app_user (id),
        reviewed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX ix_process_feedback_created_at ON process_feedback (created_at)`);

    await db.query(`
      ALTER TABLE notification
        ADD COLUMN link_key text,
        ADD COLUMN survey_invitation_id uuid REFERENCES survey_invitation (id),
        ADD COLUMN survey_step text CHECK (survey_step IN ('invitation', 'reminder')),
        ADD CONSTRAINT uq_notification_survey_step UNIQUE (survey_invitation_id, survey_step)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE notification
        DROP CONSTRAINT uq_notification_survey_step,
        DROP COLUMN survey_step,
        DROP COLUMN survey_invitation_id,
        DROP COLUMN link_key`);
    await db.query(`DROP TABLE process_feedback`);
    await db.query(`DROP TABLE survey_opt_out`);
    await db.query(`DROP TABLE survey_response`);
    await db.query(`DROP TABLE survey_invitation`);
    await db.query(`DROP TABLE survey_settings`);
    await db.query(`DROP TABLE survey_template`);
  }
}
