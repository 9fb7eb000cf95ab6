import type { EntityManager } from 'typeorm';
import { surveyLinkKey } from '../invitations/invitation-link';
import type { SurveyEmail, SurveyStep } from './survey-email';

export interface DueInvitation {
  id: string;
  email: string;
  name: string | null;
  escalation_id: string;
  number: string;
  title: string;
  expires_at: Date | null;
  opted_out: boolean;
}

const DUE_SELECT = `
  SELECT i.id, i.email, i.name, i.escalation_id, e.number, e.title, i.expires_at,
         EXISTS (SELECT 1 FROM survey_opt_out o WHERE o.email = i.email) AS opted_out
    FROM survey_invitation i
    JOIN escalation e ON e.id = i.escalation_id`;

/** Scheduled invitations whose time has come, locked for this round (SKIP LOCKED: other instances take others). */
export function claimDueInvitations(m: EntityManager, now: Date, limit: number): Promise<DueInvitation[]> {
  return m.query(
    `${DUE_SELECT}
      WHERE i.status = 'scheduled' AND i.send_at <= $1
      ORDER BY i.send_at LIMIT $2
        FOR UPDATE OF i SKIP LOCKED`,
    [now, limit],
  );
}

/** Sent, unanswered, not yet reminded invitations whose reminder is due and which are still open. */
export function claimDueReminders(m: EntityManager, now: Date, limit: number): Promise<DueInvitation[]> {
  return m.query(
    `${DUE_SELECT}
      WHERE i.status = 'sent' AND i.reminded_at IS NULL AND i.remind_at <= $1 AND i.expires_at > $1
        AND NOT EXISTS (SELECT 1 FROM survey_opt_out o WHERE o.email = i.email)
      ORDER BY i.remind_at LIMIT $2
        FOR UPDATE OF i SKIP LOCKED`,
    [now, limit],
  );
}

/** Closes unanswered invitations past their expiry; returns how many. */
export async function expireOverdue(m: EntityManager, now: Date, limit: number): Promise<number> {
  const [, count] = await m.query<[unknown, number]>(
    `UPDATE survey_invitation SET status = 'expired', closed_at = expires_at
      WHERE id IN (SELECT id FROM survey_invitation
                    WHERE status = 'sent' AND expires_at <= $1
                    ORDER BY expires_at LIMIT $2
                      FOR UPDATE SKIP LOCKED)`,
    [now, limit],
  );
  return count;
}

/**
 * Puts one survey email in the outbox. It stores the link key, never the token; the unique
 * (survey_invitation_id, survey_step) makes a second write of the same step a no-op.
 */
export async function queueSurveyEmail(
  m: EntityManager,
  invitation: DueInvitation,
  step: SurveyStep,
  mail: SurveyEmail,
  now: Date,
): Promise<void> {
  await m.query(
    `INSERT INTO notification (escalation_id, channel, recipient, recipient_name, subject, body_text, body_html,
                               status, next_attempt_at, link_key, survey_invitation_id, survey_step)
     VALUES ($1, 'email', $2, $3, $4, $5, $6, 'pending', $7, $8, $9, $10)
     ON CONFLICT ON CONSTRAINT uq_notification_survey_step DO NOTHING`,
    [
      invitation.escalation_id,
      invitation.email,
      invitation.name,
      mail.subject,
      mail.text,
      mail.html,
      now,
      surveyLinkKey(invitation.id),
      invitation.id,
      step,
    ],
  );
}
