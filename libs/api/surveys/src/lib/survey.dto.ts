import {
  FeedbackListQuerySchema,
  ReviewFeedbackSchema,
  SaveSurveyTemplateSchema,
  SubmitFeedbackSchema,
  SubmitSurveyResponseSchema,
  SurveySettingsSchema,
} from '@ladder/contracts';
import { createZodDto } from 'nestjs-zod';

export class SaveSurveyTemplateDto extends createZodDto(SaveSurveyTemplateSchema) {}
export class SurveySettingsDto extends createZodDto(SurveySettingsSchema) {}
export class SubmitSurveyResponseDto extends createZodDto(SubmitSurveyResponseSchema) {}
export class SubmitFeedbackDto extends createZodDto(SubmitFeedbackSchema) {}
export class FeedbackListQueryDto extends createZodDto(FeedbackListQuerySchema) {}
export class ReviewFeedbackDto extends createZodDto(ReviewFeedbackSchema) {}
