import { z } from 'zod';
import { SeveritySchema } from './enums';
import { ProcedureDefinitionSchema, ProcedureStatusSchema, ProcedureVersionSchema } from './procedure';
import { ProcedureDriftSchema } from './procedure-drift';

export const ProcedureReviewCommentSchema = z.object({
  id: z.uuid(),
  authorId: z.uuid(),
  authorName: z.string(),
  body: z.string(),
  createdAt: z.iso.datetime(),
});
export type ProcedureReviewComment = z.infer<typeof ProcedureReviewCommentSchema>;

/** A version with its lifecycle: who wrote and approved it, what it started from, its review date and comments. */
export const ProcedureVersionDetailSchema = ProcedureVersionSchema.extend({
  status: ProcedureStatusSchema,
  /** Null for versions from before the lifecycle (published directly). */
  authorId: z.uuid().nullable(),
  authorName: z.string().nullable(),
  basedOnId: z.uuid().nullable(),
  /** The version number of the version this one was copied from. */
  basedOnVersion: z.number().int().min(1).nullable(),
  changeNote: z.string(),
  submittedAt: z.iso.datetime().nullable(),
  approvedByName: z.string().nullable(),
  approvedAt: z.iso.datetime().nullable(),
  retiredAt: z.iso.datetime().nullable(),
  reviewEveryMonths: z.number().int().min(1),
  reviewDueAt: z.iso.datetime().nullable(),
  /** Send it back with an edit: a stale value is refused with 409 stale_version. */
  rowVersion: z.number().int().min(1),
  comments: z.array(ProcedureReviewCommentSchema),
  /** Set when the version got worse than in its first weeks: it is flagged for early review. */
  drift: ProcedureDriftSchema.nullable(),
  /** The process review this draft was started from (POST /api/reviews/:id/draft); null otherwise. */
  reviewId: z.uuid().nullable(),
});
export type ProcedureVersionDetail = z.infer<typeof ProcedureVersionDetailSchema>;

/** A new draft: a copy of the current version, or of `basedOnId`. */
export const CreateProcedureDraftSchema = z.object({
  basedOnId: z.uuid().optional(),
  name: z.string().trim().min(1).max(200),
});
export type CreateProcedureDraft = z.infer<typeof CreateProcedureDraftSchema>;

export const UpdateProcedureDraftSchema = z.object({
  name: z.string().trim().min(1).max(200),
  changeNote: z.string().max(10000),
  definition: ProcedureDefinitionSchema,
  reviewEveryMonths: z.number().int().min(1).max(60),
  rowVersion: z.number().int().min(1),
});
export type UpdateProcedureDraft = z.infer<typeof UpdateProcedureDraftSchema>;

/** A review comment, or the reason for requesting changes. */
export const ProcedureReviewCommentBodySchema = z.object({
  body: z.string().trim().min(1).max(10000),
});
export type ProcedureReviewCommentBody = z.infer<typeof ProcedureReviewCommentBodySchema>;

/** `?status=` of the version list: one or more statuses, comma-separated; published and retired when absent. */
export const ProcedureListQuerySchema = z.object({
  status: z
    .string()
    .transform((text) => text.split(',').map((s) => s.trim()))
    .pipe(z.array(ProcedureStatusSchema).min(1))
    .optional(),
});
export type ProcedureListQuery = z.infer<typeof ProcedureListQuerySchema>;

/** One difference between two definitions (the domain's ProcedureChange), loosely typed. */
export const ProcedureDiffChangeSchema = z.object({
  section: z.enum([
    'levels',
    'severities',
    'matrix',
    'routes',
    'categories',
    'services',
    'rules',
    'scenarios',
    'settings',
  ]),
  path: z.array(z.union([z.string(), z.number()])),
  kind: z.enum(['added', 'removed', 'changed']),
  /** A sentence for the reviewer, e.g. "L1 Service Desk: S2 time budget 60 min → 30 min". */
  label: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  /** Which fields of a contact or rule condition changed. */
  fields: z.array(z.string()).optional(),
});
export type ProcedureDiffChange = z.infer<typeof ProcedureDiffChangeSchema>;

export const ProcedureDiffSchema = z.object({
  fromId: z.uuid(),
  toId: z.uuid(),
  changes: z.array(ProcedureDiffChangeSchema),
});
export type ProcedureDiff = z.infer<typeof ProcedureDiffSchema>;

export const ProcedureReplayQuerySchema = z.object({
  days: z.coerce.number().int().min(1).max(365).default(90),
});
export type ProcedureReplayQuery = z.infer<typeof ProcedureReplayQuerySchema>;

export const ProcedureReplayLevelFiguresSchema = z.object({
  level: z.number().int(),
  /** Escalations that were at this level at some point. */
  reached: z.number().int().min(0),
  /** Automatic escalations out of this level: its budget ran out. */
  autoEscalations: z.number().int().min(0),
});

export const ProcedureReplaySeverityFiguresSchema = z.object({
  severity: SeveritySchema,
  escalations: z.number().int().min(0),
  responseBreaches: z.number().int().min(0),
  resolutionBreaches: z.number().int().min(0),
  /** Null when there were no escalations of the severity. */
  responseBreachRate: z.number().nullable(),
  resolutionBreachRate: z.number().nullable(),
});

export const ProcedureReplayFiguresSchema = z.object({
  levels: z.array(ProcedureReplayLevelFiguresSchema),
  severities: z.array(ProcedureReplaySeverityFiguresSchema),
});

/** What a draft would have done to the escalations opened in the last `days` days, beside what their versions did. */
export const ProcedureReplayResultSchema = z.object({
  procedureVersionId: z.uuid(),
  days: z.number().int(),
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  escalations: z.number().int().min(0),
  actual: ProcedureReplayFiguresSchema,
  draft: ProcedureReplayFiguresSchema,
  assumptions: z.array(z.string()),
});
export type ProcedureReplayResult = z.infer<typeof ProcedureReplayResultSchema>;
