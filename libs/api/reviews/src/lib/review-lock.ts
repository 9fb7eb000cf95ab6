import { DomainException } from '@ladder/api/common';
import type { ReviewSnapshot, ReviewStatus } from '@ladder/contracts';
import type { EntityManager } from 'typeorm';

export interface LockedReview {
  id: string;
  title: string;
  period_from: string;
  period_to: string;
  status: ReviewStatus;
  snapshot: ReviewSnapshot;
  draft_procedure_id: string | null;
}

/** The review's row, locked for the transaction; 404 when there is none. */
export async function lockReview(m: EntityManager, id: string): Promise<LockedReview> {
  const [row] = await m.query<LockedReview[]>(
    `SELECT id, title, period_from::text AS period_from, period_to::text AS period_to, status, snapshot,
            draft_procedure_id
       FROM process_review WHERE id = $1 FOR UPDATE`,
    [id],
  );
  if (!row) throw new DomainException('not_found', `Process review ${id} does not exist`);
  return row;
}

/** As lockReview, refusing a closed review with 409: its findings and action items are settled. */
export async function lockOpenReview(m: EntityManager, id: string): Promise<LockedReview> {
  const review = await lockReview(m, id);
  if (review.status === 'closed') {
    throw new DomainException('illegal_transition', 'the review is closed: its findings and action items are settled');
  }
  return review;
}

/** A 400 that names the field, as the validation pipe answers. */
export function invalidField(field: string, message: string): DomainException {
  return new DomainException('validation_failed', message, { fields: { [field]: [message] } });
}
