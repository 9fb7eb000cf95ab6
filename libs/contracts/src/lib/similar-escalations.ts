import { z } from 'zod';
import { SeveritySchema } from './enums';

export const SimilarEscalationsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(20).default(5),
});
export type SimilarEscalationsQuery = z.infer<typeof SimilarEscalationsQuerySchema>;

/** Why a past escalation was found similar. */
export const SimilarityReasonSchema = z.object({
  /** Words of this escalation's title and description found in the other's text (same stem), in their order here. */
  matchingWords: z.array(z.string()),
  sameCategory: z.boolean(),
  sameService: z.boolean(),
});
export type SimilarityReason = z.infer<typeof SimilarityReasonSchema>;

/** A resolved or closed escalation like this one, and how it was resolved. */
export const SimilarEscalationSchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  title: z.string(),
  category: z.string(),
  affectedService: z.string(),
  severity: SeveritySchema,
  resolvedAt: z.iso.datetime(),
  /** Null only on escalations imported without one. */
  resolutionSummary: z.string().nullable(),
  /** The level it was at when resolved. */
  resolvedAtLevel: z.number().int(),
  /** From opening to resolution, wall-clock. */
  timeToResolveMinutes: z.number().int(),
  /**
   * 0..1: 0.5 x full-text rank (title weighs most, then description, then resolution summary) + 0.3 x trigram
   * similarity of the titles + 0.1 for the same category + 0.1 for the same affected service.
   */
  score: z.number().min(0).max(1),
  why: SimilarityReasonSchema,
});
export type SimilarEscalation = z.infer<typeof SimilarEscalationSchema>;
