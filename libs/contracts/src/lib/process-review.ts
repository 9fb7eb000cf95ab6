import { z } from 'zod';
import { MAX_REPORT_DAYS } from './analytics';
import { BreachKindSchema } from './analytics-breaches';
import { SeveritySchema } from './enums';

const DAY_MS = 86_400_000;

/**
 * The key metrics of a period, as the analytics reports count them (whole UTC days, `to` inclusive): the overview's
 * flow figures, breach rates and CSAT over the escalations opened in it, the p90 of the counted time of the stays that
 * left each level in it, and the bottleneck ranking.
 */
export const ReviewFiguresSchema = z.object({
  escalations: z.number().int(),
  resolved: z.number().int(),
  firstLevelResolutionRate: z.number().nullable(),
  mttaMinutes: z.number().nullable(),
  mttrMinutes: z.number().nullable(),
  /** Response or resolution breached, or both, over the escalations (the overview's figure). */
  slaBreachRate: z.number().nullable(),
  breachRates: z.object({
    response: z.number().nullable(),
    resolution: z.number().nullable(),
    levelBudget: z.number().nullable(),
    updateCadence: z.number().nullable(),
  }),
  surveyResponses: z.number().int(),
  csat: z.number().nullable(),
  /** Per level: stays that left it in the period and the 90th percentile of their counted time, in hours. */
  timeAtLevel: z.array(z.object({ level: z.number().int(), stints: z.number().int(), p90Hours: z.number() })),
});
export type ReviewFigures = z.infer<typeof ReviewFiguresSchema>;

export const ReviewBottleneckSchema = z.object({
  level: z.number().int(),
  levelName: z.string(),
  teamId: z.uuid(),
  teamName: z.string(),
  stints: z.number().int(),
  overBudgetStints: z.number().int(),
  hoursOverBudget: z.number(),
  shareOfAllHours: z.number(),
});
export type ReviewBottleneck = z.infer<typeof ReviewBottleneckSchema>;

/** Taken when the review is created, over its period and procedure versions; never changed afterwards. */
export const ReviewSnapshotSchema = ReviewFiguresSchema.extend({
  takenAt: z.iso.datetime(),
  /** The five (level, team) pairs with the most hours over budget. */
  bottlenecks: z.array(ReviewBottleneckSchema),
});
export type ReviewSnapshot = z.infer<typeof ReviewSnapshotSchema>;

/** What an action item should move. `time-at-level-p90-hours` names a level. */
export const REVIEW_METRICS = [
  'mttr-hours',
  'mtta-minutes',
  'first-level-resolution-rate',
  'resolution-breach-rate',
  'response-breach-rate',
  'level-budget-breach-rate',
  'time-at-level-p90-hours',
  'csat',
] as const;
export const ReviewMetricSchema = z.enum(REVIEW_METRICS);
export type ReviewMetric = z.infer<typeof ReviewMetricSchema>;

export const MetricDirectionSchema = z.enum(['decrease', 'increase']);
export type MetricDirection = z.infer<typeof MetricDirectionSchema>;

/** Which way is better, per metric: a target is met at or below it (decrease) or at or above it (increase). */
export const METRIC_DIRECTION: Readonly<Record<ReviewMetric, MetricDirection>> = {
  'mttr-hours': 'decrease',
  'mtta-minutes': 'decrease',
  'first-level-resolution-rate': 'increase',
  'resolution-breach-rate': 'decrease',
  'response-breach-rate': 'decrease',
  'level-budget-breach-rate': 'decrease',
  'time-at-level-p90-hours': 'decrease',
  csat: 'increase',
};

export const ReviewStatusSchema = z.enum(['open', 'closed']);
export type ReviewStatus = z.infer<typeof ReviewStatusSchema>;

export const FINDING_KINDS = ['bottleneck', 'breach-pattern', 'survey-comments', 'other'] as const;
export const FindingKindSchema = z.enum(FINDING_KINDS);
export type FindingKind = z.infer<typeof FindingKindSchema>;

const findingText = z.string().trim().min(1).max(5000);

/** A finding with what it is about: a (level, team) pair, a kind of breach, survey responses and escalations. */
export const FindingInputSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('bottleneck'),
    text: findingText,
    link: z.object({ level: z.number().int().min(1).max(20), teamId: z.uuid() }),
  }),
  z.object({
    kind: z.literal('breach-pattern'),
    text: findingText,
    link: z.object({ breachKind: BreachKindSchema, severity: SeveritySchema.nullable() }),
  }),
  z.object({
    kind: z.literal('survey-comments'),
    text: findingText,
    link: z
      .object({
        surveyResponseIds: z.array(z.uuid()).max(50),
        escalationIds: z.array(z.uuid()).max(50),
      })
      .refine((link) => link.surveyResponseIds.length + link.escalationIds.length > 0, {
        message: 'name at least one survey response or escalation',
        path: ['escalationIds'],
      }),
  }),
  z.object({ kind: z.literal('other'), text: findingText, link: z.null() }),
]);
export type FindingInput = z.infer<typeof FindingInputSchema>;

export const ReviewFindingSchema = z.intersection(
  FindingInputSchema,
  z.object({
    id: z.uuid(),
    createdByName: z.string(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  }),
);
export type ReviewFinding = z.infer<typeof ReviewFindingSchema>;

export const ActionItemStatusSchema = z.enum(['open', 'done', 'dropped']);
export type ActionItemStatus = z.infer<typeof ActionItemStatusSchema>;

/**
 * Once the due date has passed, the metric is measured again over a window as long as the review's period that ends
 * on the due date, cut so it starts after the review's period at the earliest (`measuredFrom`..`measuredTo`), over
 * every procedure version (the revision is what should have moved it). `no-data`: nothing to measure in the window.
 */
export const MeasureOutcomeSchema = z.enum(['met', 'not-met', 'no-data']);
export type MeasureOutcome = z.infer<typeof MeasureOutcomeSchema>;

export const ActionItemSchema = z.object({
  id: z.uuid(),
  reviewId: z.uuid(),
  reviewTitle: z.string(),
  title: z.string(),
  ownerId: z.uuid(),
  ownerName: z.string(),
  dueDate: z.iso.date(),
  status: ActionItemStatusSchema,
  metric: ReviewMetricSchema,
  /** The level of `time-at-level-p90-hours`; null for the others. */
  level: z.number().int().nullable(),
  direction: MetricDirectionSchema,
  /** From the review's snapshot; null when the snapshot had nothing to measure it by. */
  baseline: z.number().nullable(),
  target: z.number(),
  measuredValue: z.number().nullable(),
  measuredAt: z.iso.datetime().nullable(),
  measuredFrom: z.iso.date().nullable(),
  measuredTo: z.iso.date().nullable(),
  /** Null until measured. */
  outcome: MeasureOutcomeSchema.nullable(),
  /** Open with its due date passed. */
  overdue: z.boolean(),
  rowVersion: z.number().int().min(1),
});
export type ActionItem = z.infer<typeof ActionItemSchema>;

export const CreateActionItemSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    ownerId: z.uuid(),
    dueDate: z.iso.date(),
    metric: ReviewMetricSchema,
    level: z.number().int().min(1).max(20).nullable().default(null),
    target: z.number().finite(),
  })
  .refine((item) => (item.metric === 'time-at-level-p90-hours') === (item.level !== null), {
    message: 'a level is named for time-at-level-p90-hours, and only for it',
    path: ['level'],
  });
export type CreateActionItem = z.input<typeof CreateActionItemSchema>;

export const UpdateActionItemSchema = z.object({
  status: ActionItemStatusSchema,
  /** The item's `rowVersion` as read: a stale one is refused with 409 stale_version. */
  rowVersion: z.number().int().min(1),
});
export type UpdateActionItem = z.infer<typeof UpdateActionItemSchema>;

export const ActionItemListQuerySchema = z.object({
  overdue: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .default(false),
});
export type ActionItemListQuery = z.infer<typeof ActionItemListQuerySchema>;

export const ReviewProcedureVersionSchema = z.object({ id: z.uuid(), version: z.number().int(), name: z.string() });

export const ProcessReviewSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  from: z.iso.date(),
  to: z.iso.date(),
  status: ReviewStatusSchema,
  createdByName: z.string(),
  createdAt: z.iso.datetime(),
  openActionItems: z.number().int(),
  overdueActionItems: z.number().int(),
  draftProcedureId: z.uuid().nullable(),
});
export type ProcessReviewSummary = z.infer<typeof ProcessReviewSummarySchema>;

export const ProcessReviewSchema = ProcessReviewSummarySchema.extend({
  procedureVersions: z.array(ReviewProcedureVersionSchema),
  closedAt: z.iso.datetime().nullable(),
  /** The draft revision this review led to, with its version number and status as they are now. */
  draftProcedure: z.object({ id: z.uuid(), version: z.number().int(), status: z.string() }).nullable(),
  snapshot: ReviewSnapshotSchema,
  findings: z.array(ReviewFindingSchema),
  actionItems: z.array(ActionItemSchema),
});
export type ProcessReview = z.infer<typeof ProcessReviewSchema>;

/** Without procedure versions, those the escalations opened in the period ran under. */
export const CreateProcessReviewSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    from: z.iso.date(),
    to: z.iso.date(),
    procedureVersionIds: z.array(z.uuid()).max(20).default([]),
  })
  .refine((review) => review.from <= review.to, { message: '`from` must not be after `to`', path: ['from'] })
  .refine((review) => Date.parse(review.to) - Date.parse(review.from) < MAX_REPORT_DAYS * DAY_MS, {
    message: `a review covers at most ${MAX_REPORT_DAYS} days`,
    path: ['to'],
  });
export type CreateProcessReview = z.input<typeof CreateProcessReviewSchema>;

/** The draft's name; by default "Revision after review: <title>". Based on the current procedure version. */
export const CreateReviewDraftSchema = z.object({ name: z.string().trim().min(1).max(200).optional() });
export type CreateReviewDraft = z.infer<typeof CreateReviewDraftSchema>;
