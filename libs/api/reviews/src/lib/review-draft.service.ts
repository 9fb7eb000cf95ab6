import { Injectable } from '@nestjs/common';
import { DomainException } from '@ladder/api/common';
import { ProcedureLifecycleService } from '@ladder/api/procedures';
import type { CreateReviewDraft, Me, ProcedureVersionDetail } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { lockReview } from './review-lock';

const NAME_LIMIT = 200;

/**
 * A review leads to at most one draft revision: a copy of the current procedure version made by the procedures
 * lifecycle, linked from the review (`draft_procedure_id`); the draft's detail reads the link back as `reviewId`.
 * The review's row stays locked while the draft is made, so two requests never make two drafts.
 */
@Injectable()
export class ReviewDraftService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: ProcedureLifecycleService,
  ) {}

  async startDraft(reviewId: string, body: CreateReviewDraft, me: Me): Promise<ProcedureVersionDetail> {
    const draft = await this.dataSource.transaction(async (m) => {
      const review = await lockReview(m, reviewId);
      if (review.draft_procedure_id) {
        throw new DomainException('illegal_transition', 'this review already led to a draft revision', {
          draftProcedureId: review.draft_procedure_id,
        });
      }
      const name = body.name ?? `Revision after review: ${review.title}`.slice(0, NAME_LIMIT);
      const draft = await this.lifecycle.createDraft({ name }, me);
      await m.query(`UPDATE process_review SET draft_procedure_id = $2 WHERE id = $1`, [reviewId, draft.id]);
      return draft;
    });
    return { ...draft, reviewId };
  }
}
