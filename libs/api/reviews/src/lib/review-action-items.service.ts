import { Injectable } from '@nestjs/common';
import { Clock, DomainException } from '@ladder/api/common';
import {
  type ActionItem,
  type CreateActionItemSchema,
  METRIC_DIRECTION,
  type ProcessReview,
  type UpdateActionItem,
} from '@ladder/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { invalidField, lockOpenReview } from './review-lock';
import { metricValue } from './review-metrics';
import { ReviewReader } from './review.reader';

type CreateActionItem = z.output<typeof CreateActionItemSchema>;

/**
 * Action items: added to an open review with the metric's baseline read off its snapshot; their status changes
 * afterwards too (closing a review does not end its follow-up), each change checked against the row version.
 */
@Injectable()
export class ReviewActionItemsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly reader: ReviewReader,
  ) {}

  async add(reviewId: string, body: CreateActionItem): Promise<ProcessReview> {
    await this.dataSource.transaction(async (m) => {
      const review = await lockOpenReview(m, reviewId);
      if (body.dueDate <= review.period_to) {
        throw invalidField('dueDate', `the due date must be after the review's period, which ends ${review.period_to}`);
      }
      const [owner] = await m.query<unknown[]>(`SELECT 1 FROM app_user WHERE id = $1`, [body.ownerId]);
      if (!owner) throw invalidField('ownerId', 'no such user');
      const now = this.clock.now();
      await m.query(
        `INSERT INTO review_action_item (review_id, title, owner_id, due_date, metric, level, direction, baseline,
                                         target, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)`,
        [
          reviewId,
          body.title,
          body.ownerId,
          body.dueDate,
          body.metric,
          body.level,
          METRIC_DIRECTION[body.metric],
          metricValue(review.snapshot, body.metric, body.level),
          body.target,
          now,
        ],
      );
    });
    return this.reader.detail(reviewId);
  }

  async update(reviewId: string, itemId: string, body: UpdateActionItem): Promise<ActionItem> {
    await this.dataSource.transaction(async (m) => {
      const [row] = await m.query<{ row_version: number }[]>(
        `SELECT row_version FROM review_action_item WHERE id = $1 AND review_id = $2 FOR UPDATE`,
        [itemId, reviewId],
      );
      if (!row) throw new DomainException('not_found', `Action item ${itemId} does not exist in this review`);
      if (row.row_version !== body.rowVersion) {
        throw new DomainException(
          'stale_version',
          `the action item was changed meanwhile (now at ${row.row_version}, the change is based on ${body.rowVersion}); reload it`,
        );
      }
      await m.query(
        `UPDATE review_action_item SET status = $2, updated_at = $3, row_version = row_version + 1 WHERE id = $1`,
        [itemId, body.status, this.clock.now()],
      );
    });
    return this.reader.actionItem(itemId);
  }
}
