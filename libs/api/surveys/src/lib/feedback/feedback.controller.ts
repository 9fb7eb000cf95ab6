import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { CurrentUser, Roles, SignedIn, UuidPipe } from '@ladder/api/common';
import type { Feedback, FeedbackList, Me } from '@ladder/contracts';
import { FeedbackListQueryDto, ReviewFeedbackDto, SubmitFeedbackDto } from '../survey.dto';
import { FeedbackService } from './feedback.service';

@Controller('feedback')
export class FeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  @Post()
  @SignedIn()
  submit(@Body() body: SubmitFeedbackDto, @CurrentUser() me: Me): Promise<Feedback> {
    return this.feedback.submit(body, me.id);
  }

  @Get()
  @Roles('process_owner', 'manager', 'admin')
  list(@Query() query: FeedbackListQueryDto): Promise<FeedbackList> {
    return this.feedback.list(query);
  }

  @Patch(':id')
  @Roles('process_owner', 'admin')
  review(@Param('id', UuidPipe) id: string, @Body() body: ReviewFeedbackDto, @CurrentUser() me: Me): Promise<Feedback> {
    return this.feedback.review(id, body, me.id);
  }
}
