import { Injectable } from '@nestjs/common';
import { Clock, DomainException } from '@ladder/api/common';
import type { PublicSurvey, SubmitSurveyResponse } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { readSurveySettings } from '../settings/survey-settings.store';
import { alertManagersOfLowScore } from './low-score-alert';
import { assertOpen, invitationByToken } from './invitation-by-token';
import { checkAnswers } from './survey-answers';

/** A stakeholder's one answer to their survey. */
@Injectable()
export class SurveyResponsesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Records the answers against the invitation's own template version and closes the invitation, all in one
   * transaction holding its row: a second submission, even at the same moment, meets an answered survey (409).
   */
  submit(token: string, body: SubmitSurveyResponse): Promise<PublicSurvey> {
    return this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      const invitation = await invitationByToken(m, token, true);
      assertOpen(invitation, now);
      const checked = checkAnswers(invitation.definition, body.answers);
      if (!checked.valid) {
        throw new DomainException('validation_failed', 'Some answers are missing or not valid', {
          fields: checked.fields,
        });
      }
      await m.query(
        `INSERT INTO survey_response (invitation_id, template_id, answers, overall, submitted_at)
         VALUES ($1, $2, $3, $4, $5)`,
        [invitation.id, invitation.template_id, JSON.stringify(checked.answers), checked.overall, now],
      );
      await m.query(`UPDATE survey_invitation SET status = 'answered', answered_at = $2 WHERE id = $1`, [
        invitation.id,
        now,
      ]);
      const settings = await readSurveySettings(m);
      if (checked.overall !== null && checked.overall <= settings.lowScoreThreshold) {
        await alertManagersOfLowScore(m, invitation, checked.overall, settings.anonymous, now);
      }
      return { state: 'answered', answeredAt: now.toISOString() };
    });
  }
}
