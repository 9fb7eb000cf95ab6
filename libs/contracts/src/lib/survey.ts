import { z } from 'zod';
import { SeveritySchema, StatusSchema } from './enums';

/** A question's key: what responses and analytics call it, stable across template versions. */
export const QuestionKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case letters, digits and _, starting with a letter, at most 40');

const prompt = z.string().trim().min(1).max(300);

export const SurveyQuestionKindSchema = z.enum(['rating', 'choice', 'text']);

/** A 1-5 rating; 1 is worst. */
export const RatingQuestionSchema = z.object({
  kind: z.literal('rating'),
  key: QuestionKeySchema,
  prompt,
  required: z.boolean(),
  lowLabel: z.string().trim().min(1).max(40),
  highLabel: z.string().trim().min(1).max(40),
});

export const ChoiceOptionSchema = z.object({ value: QuestionKeySchema, label: z.string().trim().min(1).max(80) });

export const ChoiceQuestionSchema = z.object({
  kind: z.literal('choice'),
  key: QuestionKeySchema,
  prompt,
  required: z.boolean(),
  options: z
    .array(ChoiceOptionSchema)
    .min(2)
    .max(10)
    .refine((options) => new Set(options.map((o) => o.value)).size === options.length, {
      message: 'option values must be unique',
    }),
});

export const TextQuestionSchema = z.object({
  kind: z.literal('text'),
  key: QuestionKeySchema,
  prompt,
  required: z.boolean(),
  maxLength: z.number().int().min(10).max(4000),
});

export const SurveyQuestionSchema = z.discriminatedUnion('kind', [
  RatingQuestionSchema,
  ChoiceQuestionSchema,
  TextQuestionSchema,
]);
export type SurveyQuestion = z.infer<typeof SurveyQuestionSchema>;
export type RatingQuestion = z.infer<typeof RatingQuestionSchema>;
export type ChoiceQuestion = z.infer<typeof ChoiceQuestionSchema>;
export type TextQuestion = z.infer<typeof TextQuestionSchema>;

/** The questions of a template version, and which rating is the overall satisfaction that CSAT reads. */
export const SurveyTemplateDefinitionSchema = z
  .object({
    questions: z.array(SurveyQuestionSchema).min(1).max(20),
    csatQuestion: QuestionKeySchema,
  })
  .superRefine((t, ctx) => {
    const keys = t.questions.map((q) => q.key);
    keys.forEach((key, i) => {
      if (keys.indexOf(key) !== i)
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'key'], message: `"${key}" is used twice` });
    });
    const csat = t.questions.find((q) => q.key === t.csatQuestion);
    if (csat?.kind !== 'rating') {
      ctx.addIssue({ code: 'custom', path: ['csatQuestion'], message: 'must name one of the rating questions' });
    }
  });
export type SurveyTemplateDefinition = z.infer<typeof SurveyTemplateDefinitionSchema>;

export const SurveyTemplateSchema = z.object({
  id: z.uuid(),
  version: z.number().int().min(1),
  definition: SurveyTemplateDefinitionSchema,
  createdAt: z.iso.datetime(),
  createdBy: z.string().nullable(),
  /** Responses recorded against this version. */
  responses: z.number().int(),
});
export type SurveyTemplate = z.infer<typeof SurveyTemplateSchema>;

/** Editing makes a new version; `basedOnVersion` must be the current one, or the save is a 409 (stale_version). */
export const SaveSurveyTemplateSchema = z.object({
  basedOnVersion: z.number().int().min(1),
  definition: SurveyTemplateDefinitionSchema,
});
export type SaveSurveyTemplate = z.infer<typeof SaveSurveyTemplateSchema>;

export const SurveyTemplateListSchema = z.object({ items: z.array(SurveyTemplateSchema) });
export type SurveyTemplateList = z.infer<typeof SurveyTemplateListSchema>;

const rate = z.number().min(0).max(1);

/** How surveys go out. One row, edited by process owners and admins with optimistic locking (`version`). */
export const SurveySettingsSchema = z
  .object({
    /** Minutes after the resolution before invitations go out. */
    delayMinutes: z.number().int().min(0).max(10_080),
    /** Days an invitation stays answerable after it is sent. */
    expiryDays: z.number().int().min(1).max(90),
    /** Days after sending before the one reminder to those who have not answered. */
    reminderAfterDays: z.number().int().min(1).max(89),
    /** Share of resolved escalations surveyed per severity (1 = all). */
    sampleBySeverity: z.record(SeveritySchema, rate),
    /** Per category, overriding the severity's share. */
    sampleByCategory: z.record(z.string().min(1).max(100), rate),
    /** When on, managers see aggregates and comments, never who answered. */
    anonymous: z.boolean(),
    /** An overall-satisfaction answer at or below this notifies the team's managers. */
    lowScoreThreshold: z.number().int().min(1).max(4),
    version: z.number().int().min(1),
  })
  .refine((s) => s.reminderAfterDays < s.expiryDays, {
    message: 'the reminder must go out before the invitation expires',
    path: ['reminderAfterDays'],
  });
export type SurveySettings = z.infer<typeof SurveySettingsSchema>;

/** What a stakeholder's answer holds: per question key, a rating 1-5, a choice's value, text, or nothing. */
export const SurveyAnswersSchema = z.record(QuestionKeySchema, z.union([z.number().int(), z.string(), z.null()]));
export type SurveyAnswers = z.infer<typeof SurveyAnswersSchema>;

export const SubmitSurveyResponseSchema = z.object({ answers: SurveyAnswersSchema });
export type SubmitSurveyResponse = z.infer<typeof SubmitSurveyResponseSchema>;

export const InvitationStateSchema = z.enum(['scheduled', 'sent', 'answered', 'expired', 'withdrawn', 'opted-out']);
export type InvitationState = z.infer<typeof InvitationStateSchema>;

/** What the public survey page shows for a token. Only an `open` survey carries the escalation and questions. */
export const PublicSurveySchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('open'),
    respondentName: z.string().nullable(),
    expiresAt: z.iso.datetime(),
    escalation: z.object({
      number: z.number().int(),
      title: z.string(),
      status: StatusSchema,
      resolvedAt: z.iso.datetime().nullable(),
      resolutionSummary: z.string().nullable(),
      updates: z.array(z.object({ at: z.iso.datetime(), body: z.string() })),
    }),
    questions: z.array(SurveyQuestionSchema),
  }),
  z.object({ state: z.literal('answered'), answeredAt: z.iso.datetime() }),
  z.object({ state: z.literal('expired'), expiredAt: z.iso.datetime() }),
  /** The escalation was reopened; a fresh survey follows its next resolution. */
  z.object({ state: z.literal('withdrawn') }),
  z.object({ state: z.literal('opted-out') }),
]);
export type PublicSurvey = z.infer<typeof PublicSurveySchema>;

export const FeedbackTopicSchema = z.enum(['procedure', 'levels', 'timeframes', 'communication', 'tooling', 'other']);
export type FeedbackTopic = z.infer<typeof FeedbackTopicSchema>;

export const FeedbackStatusSchema = z.enum(['new', 'reviewed', 'planned', 'done', 'declined']);
export type FeedbackStatus = z.infer<typeof FeedbackStatusSchema>;

/** A suggestion about the process itself, from staff (signed in) or a stakeholder (through their survey link). */
export const SubmitFeedbackSchema = z.object({
  topic: FeedbackTopicSchema,
  body: z.string().trim().min(3).max(4000),
});
export type SubmitFeedback = z.infer<typeof SubmitFeedbackSchema>;

export const FeedbackSchema = z.object({
  id: z.uuid(),
  topic: FeedbackTopicSchema,
  body: z.string(),
  source: z.enum(['staff', 'stakeholder']),
  /** Null when surveys are anonymous and the author is a stakeholder. */
  authorName: z.string().nullable(),
  escalationNumber: z.number().int().nullable(),
  status: FeedbackStatusSchema,
  reviewNote: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  version: z.number().int().min(1),
});
export type Feedback = z.infer<typeof FeedbackSchema>;

export const FeedbackListQuerySchema = z.object({
  status: FeedbackStatusSchema.optional(),
  topic: FeedbackTopicSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
});
export type FeedbackListQuery = z.infer<typeof FeedbackListQuerySchema>;

export const FeedbackListSchema = z.object({ items: z.array(FeedbackSchema), total: z.number().int() });
export type FeedbackList = z.infer<typeof FeedbackListSchema>;

/** A process owner's review of a suggestion; `version` guards against a colleague's review in between (409). */
export const ReviewFeedbackSchema = z.object({
  status: FeedbackStatusSchema,
  reviewNote: z.string().trim().max(2000).nullable(),
  version: z.number().int().min(1),
});
export type ReviewFeedback = z.infer<typeof ReviewFeedbackSchema>;
