import { Body, Controller, Get, HttpCode, Ip, Param, Post } from '@nestjs/common';
import { Public } from '@ladder/api/common';
import type { Feedback, PublicSurvey } from '@ladder/contracts';
import { SubmitFeedbackDto, SubmitSurveyResponseDto } from '../survey.dto';
import { PublicSurveyLimiter } from './public-survey-limiter';
import { PublicSurveyService } from './public-survey.service';
import { SurveyResponsesService } from './survey-responses.service';

/** The survey behind a stakeholder's emailed link: no account, rate limited per IP address. */
@Controller('surveys/public/:token')
@Public()
export class PublicSurveysController {
  constructor(
    private readonly limiter: PublicSurveyLimiter,
    private readonly surveys: PublicSurveyService,
    private readonly responses: SurveyResponsesService,
  ) {}

  @Get()
  get(@Param('token') token: string, @Ip() ip: string): Promise<PublicSurvey> {
    this.limiter.take(ip);
    return this.surveys.get(token);
  }

  @Post('responses')
  respond(
    @Param('token') token: string,
    @Body() body: SubmitSurveyResponseDto,
    @Ip() ip: string,
  ): Promise<PublicSurvey> {
    this.limiter.take(ip);
    return this.responses.submit(token, body);
  }

  @Post('opt-out')
  @HttpCode(200)
  optOut(@Param('token') token: string, @Ip() ip: string): Promise<PublicSurvey> {
    this.limiter.take(ip);
    return this.surveys.optOut(token);
  }

  @Post('feedback')
  feedback(@Param('token') token: string, @Body() body: SubmitFeedbackDto, @Ip() ip: string): Promise<Feedback> {
    this.limiter.take(ip);
    return this.surveys.feedback(token, body);
  }
}
