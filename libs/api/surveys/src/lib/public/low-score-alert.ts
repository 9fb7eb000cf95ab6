import type { EntityManager } from 'typeorm';
import type { TokenInvitation } from './invitation-by-token';

/**
 * Tells the managers of the escalation's team, in-app, that a stakeholder scored it low; when the team has no
 * manager, every manager. Written as sent in-app rows, as the fan-out writes them, so the bell and its stream show it.
 * The respondent is named only when surveys are not anonymous.
 */
export async function alertManagersOfLowScore(
  m: EntityManager,
  invitation: TokenInvitation,
  overall: number,
  anonymous: boolean,
  at: Date,
): Promise<void> {
  const who = anonymous ? 'A stakeholder' : (invitation.name ?? invitation.email);
  const subject = `[ESC-${invitation.number}] Low survey score: ${overall}/5`;
  const body = `${invitation.severity} · ${invitation.title}\n${who} rated how it was handled ${overall} out of 5.`;
  await m.query(
    `INSERT INTO notification (escalation_id, channel, recipient, recipient_name, user_id, subject, body_text, link,
                               status, next_attempt_at, sent_at)
     SELECT $1, 'in-app', u.email, u.name, u.id, $2, $3, $4, 'sent', $5, $5
       FROM app_user u
      WHERE u.role = 'manager'
        AND (u.team_id = $6 OR NOT EXISTS (SELECT 1 FROM app_user t WHERE t.role = 'manager' AND t.team_id = $6))`,
    [invitation.escalation_id, subject, body, `/escalations/${invitation.escalation_id}`, at, invitation.team_id],
  );
}
