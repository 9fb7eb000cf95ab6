import { Injectable } from '@nestjs/common';
import { toUser, UserEntity } from '@ladder/api/identity';
import type { FindingInput } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { ReviewActionItemsService } from './review-action-items.service';
import { ReviewFindingsService } from './review-findings.service';
import { utcDate } from './review-metrics';
import { ReviewsService } from './reviews.service';

const DAY_MS = 86_400_000;

/**
 * A demo review, made through the services as a process owner would: the month before last, a finding on its top
 * bottleneck, one action item already past its due date (the follow-up job measures it and tells the managers) and
 * one still ahead. Only into a database without reviews.
 */
@Injectable()
export class DemoReviewSeeder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reviews: ReviewsService,
    private readonly findings: ReviewFindingsService,
    private readonly actionItems: ReviewActionItemsService,
  ) {}

  async seed(now: Date): Promise<void> {
    const [existing] = await this.dataSource.query<unknown[]>(`SELECT 1 FROM process_review LIMIT 1`);
    const owner = await this.dataSource.getRepository(UserEntity).findOneBy({ role: 'process_owner' });
    if (existing || !owner) return;
    const day = (offset: number) => utcDate(new Date(now.getTime() + offset * DAY_MS));
    const me = toUser(owner);
    const review = await this.reviews.create(
      { title: 'Monthly process review', from: day(-60), to: day(-31), procedureVersionIds: [] },
      me,
    );
    const [top] = review.snapshot.bottlenecks;
    const finding: FindingInput = top
      ? {
          kind: 'bottleneck',
          text: `${top.teamName} at L${top.level} runs furthest over its time budget.`,
          link: { level: top.level, teamId: top.teamId },
        }
      : { kind: 'other', text: 'No level ran over its time budget.', link: null };
    await this.findings.add(review.id, finding, me);
    const item = { ownerId: owner.id, level: null };
    await this.actionItems.add(review.id, {
      ...item,
      title: 'Agree hand-off rules with the team leads',
      dueDate: day(-3),
      metric: 'mttr-hours',
      target: 4,
    });
    await this.actionItems.add(review.id, {
      ...item,
      title: 'Keep stakeholders updated on S1 and S2',
      dueDate: day(14),
      metric: 'csat',
      target: 0.8,
    });
  }
}
