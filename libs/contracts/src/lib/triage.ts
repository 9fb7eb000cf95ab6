import { z } from 'zod';

/** What a triage suggestion is for: the create form's category and service, the resolving team, the severity. */
export const TriageTargetSchema = z.enum(['category', 'affectedService', 'team', 'severity']);
export type TriageTarget = z.infer<typeof TriageTargetSchema>;

export const TriageSuggestionRequestSchema = z.object({
  title: z.string().trim().max(200),
  description: z.string().trim().max(20000).default(''),
});
export type TriageSuggestionRequest = z.infer<typeof TriageSuggestionRequestSchema>;

export const TriageSuggestionSchema = z.object({
  /** The suggested value: a category, a service name, a team id, a severity. */
  value: z.string(),
  /** How to show it: the team's name for a team, else the value itself. */
  label: z.string(),
  /** The model's posterior probability for the value (0..1). */
  confidence: z.number().min(0).max(1),
  /** The words of the text that pulled most towards the value, strongest first. */
  drivingWords: z.array(z.string()),
});
export type TriageSuggestion = z.infer<typeof TriageSuggestionSchema>;

/** Per target a suggestion, or null while too few escalations have been resolved to learn from. */
export const TriageSuggestionsSchema = z.object({
  category: TriageSuggestionSchema.nullable(),
  affectedService: TriageSuggestionSchema.nullable(),
  team: TriageSuggestionSchema.nullable(),
  severity: TriageSuggestionSchema.nullable(),
  /** How many resolved or closed escalations the models learned from. */
  trainedOn: z.number().int().min(0),
  trainedAt: z.iso.datetime().nullable(),
});
export type TriageSuggestions = z.infer<typeof TriageSuggestionsSchema>;

/** A suggestion the agent was shown while opening an escalation, sent along with the create. */
export const ShownTriageSuggestionSchema = z.object({
  target: TriageTargetSchema,
  value: z.string().trim().min(1).max(200),
  confidence: z.number().min(0).max(1),
});
export type ShownTriageSuggestion = z.infer<typeof ShownTriageSuggestionSchema>;

export const ShownTriageSuggestionsSchema = z
  .array(ShownTriageSuggestionSchema)
  .max(TriageTargetSchema.options.length)
  .refine((shown) => new Set(shown.map((s) => s.target)).size === shown.length, {
    message: 'one suggestion per target',
  });

export const TriageAcceptanceRowSchema = z.object({
  target: TriageTargetSchema,
  /** Escalations opened after being shown a suggestion for the target. */
  shown: z.number().int().min(0),
  /** Of those, opened with the suggested value. */
  accepted: z.number().int().min(0),
  /** accepted / shown; null when none was shown. */
  acceptanceRate: z.number().min(0).max(1).nullable(),
});
export type TriageAcceptanceRow = z.infer<typeof TriageAcceptanceRowSchema>;

export const TriageAcceptanceSchema = z.object({ targets: z.array(TriageAcceptanceRowSchema) });
export type TriageAcceptance = z.infer<typeof TriageAcceptanceSchema>;
