import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CurrentUser, Roles, UuidPipe } from '@ladder/api/common';
import type { Me, ProcedureVersionDetail, ProcessReview, ProcessReviewSummary } from '@ladder/contracts';
import { ReviewDraftService } from './review-draft.service';
import { ReviewReader } from './review.reader';
import { CreateProcessReviewDto, CreateReviewDraftDto } from './reviews.dto';
import { ReviewsService } from './reviews.service';
import { REVIEW_READERS, REVIEW_WRITERS } from './review-roles';

/** Process reviews: a period's frozen metrics, closed once; a review may lead to one draft revision. */
@Controller('reviews')
export class ReviewsController {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly reader: ReviewReader,
    private readonly drafts: ReviewDraftService,
  ) {}

  @Get()
  @Roles(...REVIEW_READERS)
  list(): Promise<ProcessReviewSummary[]> {
    return this.reader.list();
  }

  @Post()
  @Roles(...REVIEW_WRITERS)
  create(@Body() body: CreateProcessReviewDto, @CurrentUser() me: Me): Promise<ProcessReview> {
    return this.reviews.create(body, me);
  }

  @Get(':id')
  @Roles(...REVIEW_READERS)
  detail(@Param('id', UuidPipe) id: string): Promise<ProcessReview> {
    return this.reader.detail(id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles(...REVIEW_WRITERS)
  close(@Param('id', UuidPipe) id: string): Promise<ProcessReview> {
    return this.reviews.close(id);
  }

  /** Drafts are procedure edits: process owners and admins make them, as POST /api/procedures/drafts. */
  @Post(':id/draft')
  @Roles('process_owner', 'admin')
  startDraft(
    @Param('id', UuidPipe) id: string,
    @Body() body: CreateReviewDraftDto,
    @CurrentUser() me: Me,
  ): Promise<ProcedureVersionDetail> {
    return this.drafts.startDraft(id, body, me);
  }
}
