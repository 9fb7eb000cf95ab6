import { Module } from '@nestjs/common';
import { SurveyDispatcher } from './dispatch/survey-dispatcher';
import { FeedbackController } from './feedback/feedback.controller';
import { FeedbackService } from './feedback/feedback.service';
import { SurveyInvitations } from './invitations/survey-invitations';
import { PublicSurveyLimiter } from './public/public-survey-limiter';
import { PublicSurveyService } from './public/public-survey.service';
import { PublicSurveysController } from './public/public-surveys.controller';
import { SurveyResponsesService } from './public/survey-responses.service';
import { SurveySettingsController } from './settings/survey-settings.controller';
import { SurveySettingsService } from './settings/survey-settings.service';
import { SurveyTemplatesController } from './templates/survey-templates.controller';
import { SurveyTemplatesService } from './templates/survey-templates.service';

/**
 * Post-resolution surveys: templates and settings, invitations made as resolutions are processed (by the SLA
 * scheduler, which calls SurveyInvitations), their emails and reminder through the outbox, the public answer page's
 * API, and process feedback.
 */
@Module({
  controllers: [SurveyTemplatesController, SurveySettingsController, PublicSurveysController, FeedbackController],
  providers: [
    SurveyTemplatesService,
    SurveySettingsService,
    SurveyInvitations,
    SurveyDispatcher,
    PublicSurveyLimiter,
    PublicSurveyService,
    SurveyResponsesService,
    FeedbackService,
  ],
  exports: [SurveyInvitations],
})
export class SurveysModule {}
