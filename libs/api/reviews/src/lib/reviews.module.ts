import { Module } from '@nestjs/common';
import { AnalyticsModule } from '@ladder/api/analytics';
import { ProceduresModule } from '@ladder/api/procedures';
import { DemoReviewSeeder } from './demo-review.seeder';
import { ReviewActionItemsService } from './review-action-items.service';
import { ReviewDraftService } from './review-draft.service';
import { ReviewFiguresService } from './review-figures.service';
import { ReviewFindingsService } from './review-findings.service';
import { ReviewFollowUp } from './review-follow-up';
import { ReviewItemsController } from './review-items.controller';
import { ReviewReader } from './review.reader';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';

/**
 * Process reviews: a period's metrics frozen from the analytics reports, findings, action items measured again once
 * due (and told to managers when overdue) by ReviewFollowUp, and the draft revision a review leads to.
 */
@Module({
  imports: [AnalyticsModule, ProceduresModule],
  controllers: [ReviewItemsController, ReviewsController],
  providers: [
    ReviewReader,
    ReviewFiguresService,
    ReviewsService,
    ReviewFindingsService,
    ReviewActionItemsService,
    ReviewDraftService,
    ReviewFollowUp,
    DemoReviewSeeder,
  ],
  exports: [DemoReviewSeeder],
})
export class ReviewsModule {}
