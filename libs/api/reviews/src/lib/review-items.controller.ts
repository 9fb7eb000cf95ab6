import { Body, Controller, Delete, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { CurrentUser, Roles, UuidPipe } from '@ladder/api/common';
import { type ActionItem, type FindingInput, FindingInputSchema, type Me, type ProcessReview } from '@ladder/contracts';
import { ZodValidationPipe } from 'nestjs-zod';
import { ReviewActionItemsService } from './review-action-items.service';
import { ReviewFindingsService } from './review-findings.service';
import { REVIEW_READERS, REVIEW_WRITERS } from './review-roles';
import { ReviewReader } from './review.reader';
import { ActionItemListQueryDto, CreateActionItemDto, UpdateActionItemDto } from './reviews.dto';

/** A finding is a union by kind, which a DTO class cannot extend: validated by a pipe of its own. */
const FINDING = new ZodValidationPipe(FindingInputSchema);

/**
 * A review's findings and action items; the action items of every review, or the overdue ones. Registered before
 * ReviewsController, so `/reviews/action-items` is not read as a review id.
 */
@Controller('reviews')
export class ReviewItemsController {
  constructor(
    private readonly findings: ReviewFindingsService,
    private readonly actionItems: ReviewActionItemsService,
    private readonly reader: ReviewReader,
  ) {}

  @Get('action-items')
  @Roles(...REVIEW_READERS)
  listActionItems(@Query() query: ActionItemListQueryDto): Promise<ActionItem[]> {
    return this.reader.listActionItems(query.overdue);
  }

  @Post(':id/findings')
  @Roles(...REVIEW_WRITERS)
  addFinding(
    @Param('id', UuidPipe) id: string,
    @Body(FINDING) body: FindingInput,
    @CurrentUser() me: Me,
  ): Promise<ProcessReview> {
    return this.findings.add(id, body, me);
  }

  @Put(':id/findings/:findingId')
  @Roles(...REVIEW_WRITERS)
  updateFinding(
    @Param('id', UuidPipe) id: string,
    @Param('findingId', UuidPipe) findingId: string,
    @Body(FINDING) body: FindingInput,
  ): Promise<ProcessReview> {
    return this.findings.update(id, findingId, body);
  }

  @Delete(':id/findings/:findingId')
  @Roles(...REVIEW_WRITERS)
  removeFinding(
    @Param('id', UuidPipe) id: string,
    @Param('findingId', UuidPipe) findingId: string,
  ): Promise<ProcessReview> {
    return this.findings.remove(id, findingId);
  }

  @Post(':id/action-items')
  @Roles(...REVIEW_WRITERS)
  addActionItem(@Param('id', UuidPipe) id: string, @Body() body: CreateActionItemDto): Promise<ProcessReview> {
    return this.actionItems.add(id, body);
  }

  @Patch(':id/action-items/:itemId')
  @Roles(...REVIEW_WRITERS)
  updateActionItem(
    @Param('id', UuidPipe) id: string,
    @Param('itemId', UuidPipe) itemId: string,
    @Body() body: UpdateActionItemDto,
  ): Promise<ActionItem> {
    return this.actionItems.update(id, itemId, body);
  }
}
