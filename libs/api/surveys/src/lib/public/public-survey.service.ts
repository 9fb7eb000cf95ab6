import { Injectable } from '@nestjs/common';
import { Clock } from '@ladder/api/common';
import { publicUpdates } from '@ladder/api/notifications';
import type { Feedback, PublicSurvey, SubmitFeedback } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { insertFeedback } from '../feedback/feedback.store';
import { invitationByToken, stateAt } from './invitation-by-token';
import { toPublicSurvey } from './public-survey.mapper';

/** The survey page behind a stakeholder's link: reading it, opting out, and sending feedback about the process. */
@Injectable()
export class PublicSurveyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async get(token: string): Promise<PublicSurvey> {
    const now = this.clock.now();
    const invitation = await invitationByToken(this.dataSource, token);
    const open = stateAt(invitation, now) === 'sent';
    const updates = open ? await publicUpdates(this.dataSource, invitation.escalation_id) : [];
    return toPublicSurvey(invitation, updates, now);
  }

  /**
   * No more surveys to this address: recorded once, and every invitation to it still open (or not yet sent) is
   * closed as opted out. One already answered stays answered.
   */
  optOut(token: string): Promise<PublicSurvey> {
    return this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      const invitation = await invitationByToken(m, token, true);
      const email = invitation.email.toLowerCase();
      await m.query(
        `INSERT INTO survey_opt_out (email, invitation_id, opted_out_at) VALUES ($1, $2, $3) ON CONFLICT (email) DO NOTHING`,
        [email, invitation.id, now],
      );
      await m.query(
        `UPDATE survey_invitation SET status = 'opted-out', closed_at = $2
          WHERE email = $1 AND (status = 'scheduled' OR (status = 'sent' AND expires_at > $2))`,
        [email, now],
      );
      return toPublicSurvey(await invitationByToken(m, token), [], now);
    });
  }

  /** A stakeholder's suggestion, whatever state their survey is in. */
  async feedback(token: string, body: SubmitFeedback): Promise<Feedback> {
    const invitation = await invitationByToken(this.dataSource, token);
    const author = {
      source: 'stakeholder' as const,
      name: invitation.name,
      email: invitation.email,
      escalationId: invitation.escalation_id,
    };
    return insertFeedback(this.dataSource, body, author, this.clock.now());
  }
}
