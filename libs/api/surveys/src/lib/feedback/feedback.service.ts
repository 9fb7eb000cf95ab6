import { Injectable } from '@nestjs/common';
import { Clock, DomainException } from '@ladder/api/common';
import type { Feedback, FeedbackList, FeedbackListQuery, ReviewFeedback, SubmitFeedback } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { readSurveySettings } from '../settings/survey-settings.store';
import { feedbackById, insertFeedback, listFeedback } from './feedback.store';

/** Suggestions about the process: anyone signed in sends them, process owners review them. */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  submit(body: SubmitFeedback, userId: string): Promise<Feedback> {
    return insertFeedback(this.dataSource, body, { source: 'staff', userId }, this.clock.now());
  }

  async list(query: FeedbackListQuery): Promise<FeedbackList> {
    const { anonymous } = await readSurveySettings(this.dataSource);
    return listFeedback(this.dataSource, query, anonymous);
  }

  review(id: string, body: ReviewFeedback, reviewerId: string): Promise<Feedback> {
    return this.dataSource.transaction(async (m) => {
      const [current] = await m.query<{ version: number }[]>(
        `SELECT version FROM process_feedback WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!current) throw new DomainException('not_found', `feedback ${id} does not exist`);
      if (current.version !== body.version) {
        throw new DomainException(
          'stale_version',
          `the feedback was reviewed since version ${body.version}; it is at version ${current.version}`,
          { currentVersion: current.version },
        );
      }
      await m.query(
        `UPDATE process_feedback
            SET status = $2, review_note = $3, reviewed_by = $4, reviewed_at = $5, version = version + 1
          WHERE id = $1`,
        [id, body.status, body.reviewNote, reviewerId, this.clock.now()],
      );
      const { anonymous } = await readSurveySettings(m);
      const reviewed = await feedbackById(m, id, anonymous);
      if (!reviewed) throw new Error(`feedback ${id} vanished while being reviewed`);
      return reviewed;
    });
  }
}
