import { z } from 'zod';
import { reportQuery } from './analytics';
import { SeveritySchema } from './enums';
import { SurveyQuestionKindSchema } from './survey';
import { SURVEY_GROUP_BYS } from './values';

export const SurveyGroupBySchema = z.enum(SURVEY_GROUP_BYS);
export type SurveyGroupBy = z.infer<typeof SurveyGroupBySchema>;

/**
 * Invitations created (escalations resolved) in the range, filtered like every report; `level` reads as a level the
 * escalation reached. `hoursAtLevel` is the threshold of the time-at-level drivers; the comment filters narrow the
 * comments only.
 */
export const SurveyReportQuerySchema = reportQuery({
  groupBy: SurveyGroupBySchema.default('team'),
  hoursAtLevel: z.coerce.number().min(0.25).max(720).default(4),
  commentMaxScore: z.coerce.number().int().min(1).max(5).optional(),
  commentText: z.string().trim().min(1).max(100).optional(),
});
export type SurveyReportQuery = z.infer<typeof SurveyReportQuerySchema>;

const share = z.number().min(0).max(1).nullable();

export const SurveyResponseRateSchema = z.object({
  invited: z.number().int(),
  /** Scheduled or sent, neither answered nor expired yet. */
  pending: z.number().int(),
  answered: z.number().int(),
  expired: z.number().int(),
  withdrawn: z.number().int(),
  optedOut: z.number().int(),
  /** answered / (answered + expired + opted out): the invitations whose outcome is known. */
  rate: share,
});
export type SurveyResponseRate = z.infer<typeof SurveyResponseRateSchema>;

/**
 * CSAT is the share of overall-satisfaction answers of 4 or 5; the mean is of the 1-5 answers. `responses` counts the
 * responses with an overall answer.
 */
export const CsatSchema = z.object({
  responses: z.number().int(),
  satisfied: z.number().int(),
  csat: share,
  mean: z.number().nullable(),
});
export type Csat = z.infer<typeof CsatSchema>;

export const SurveyGroupSchema = CsatSchema.extend({
  key: z.string(),
  label: z.string(),
  invited: z.number().int(),
  answered: z.number().int(),
  responseRate: share,
  /** Fewer responses than `minResponses`: the figures are shown but not to be read as a finding. */
  tooFew: z.boolean(),
});
export type SurveyGroup = z.infer<typeof SurveyGroupSchema>;

/** One question's answers: counts aligned with `options` (ratings 1..5, a choice's options); text counts answers. */
export const QuestionDistributionSchema = z.object({
  key: z.string(),
  prompt: z.string(),
  kind: SurveyQuestionKindSchema,
  options: z.array(z.object({ value: z.string(), label: z.string() })),
  responses: z.number().int(),
  counts: z.array(z.number().int()),
  groups: z.array(
    z.object({ key: z.string(), label: z.string(), responses: z.number().int(), counts: z.array(z.number().int()) }),
  ),
});
export type QuestionDistribution = z.infer<typeof QuestionDistributionSchema>;

export const DriverFactorSchema = z.enum(['levels-climbed', 'time-at-level', 'breach', 'update-cadence']);
export type DriverFactor = z.infer<typeof DriverFactorSchema>;

const sample = z.object({ n: z.number().int(), mean: z.number().nullable() });

/**
 * Mean overall satisfaction of the responses with a factor against those without it (e.g. waited over 4 h at L2
 * against reached L2 and moved on sooner), with a 95 % confidence interval of the difference (Welch).
 */
export const SatisfactionDriverSchema = z.object({
  factor: DriverFactorSchema,
  /** The level a levels-climbed or time-at-level factor is about; null for the others. */
  level: z.number().int().nullable(),
  label: z.string(),
  with: sample,
  without: sample,
  /** with.mean - without.mean: negative when the factor goes with lower satisfaction. */
  difference: z.number().nullable(),
  ciLow: z.number().nullable(),
  ciHigh: z.number().nullable(),
  /** Either side has fewer than 10 responses; the interval is null when either has fewer than 2. */
  tooFew: z.boolean(),
});
export type SatisfactionDriver = z.infer<typeof SatisfactionDriverSchema>;

export const SurveyCommentSchema = z.object({
  respondedAt: z.iso.datetime(),
  escalationId: z.uuid(),
  number: z.number().int(),
  title: z.string(),
  teamName: z.string(),
  severity: SeveritySchema,
  highestLevel: z.number().int(),
  score: z.number().int().nullable(),
  question: z.string(),
  text: z.string(),
  /** Null when surveys are anonymous. */
  respondent: z.object({ name: z.string().nullable(), email: z.string() }).nullable(),
});
export type SurveyComment = z.infer<typeof SurveyCommentSchema>;

export const SurveyReportSchema = z.object({
  anonymous: z.boolean(),
  minResponses: z.number().int(),
  responseRate: SurveyResponseRateSchema,
  csat: CsatSchema,
  groupBy: SurveyGroupBySchema,
  groups: z.array(SurveyGroupSchema),
  questions: z.array(QuestionDistributionSchema),
  drivers: z.array(SatisfactionDriverSchema),
  /** Newest first, at most 200. */
  comments: z.array(SurveyCommentSchema),
});
export type SurveyReport = z.infer<typeof SurveyReportSchema>;
