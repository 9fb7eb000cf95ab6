import { z } from 'zod';
import { SeveritySchema } from './enums';
import { ScenarioGuidelineSchema } from './procedure';

const text = (max: number) => z.string().trim().min(1).max(max);

export const CriticalitySchema = z.enum(['critical', 'high', 'medium', 'low']);
export type Criticality = z.infer<typeof CriticalitySchema>;

/**
 * A critical service: one of the procedure's services by name, how critical it is, and its default severity. An
 * escalation opened for the service is at least that severe (a floor, like a scenario guideline's minimum severity).
 */
export const CriticalServiceInputSchema = z.object({
  name: text(100),
  criticality: CriticalitySchema,
  defaultSeverity: SeveritySchema,
  owningTeamId: z.uuid().nullable(),
  description: z.string().trim().max(10000).default(''),
});
export type CriticalServiceInput = z.infer<typeof CriticalServiceInputSchema>;

/** An edit sends back the rowVersion it was based on: a stale one is refused with 409 stale_version. */
export const UpdateCriticalServiceSchema = CriticalServiceInputSchema.extend({ rowVersion: z.number().int().min(1) });
export type UpdateCriticalService = z.infer<typeof UpdateCriticalServiceSchema>;

export const CriticalServiceSchema = CriticalServiceInputSchema.extend({
  id: z.uuid(),
  owningTeamName: z.string().nullable(),
  /** False when the current procedure no longer lists the service: the entry then applies to no new escalation. */
  inProcedure: z.boolean(),
  rowVersion: z.number().int().min(1),
  updatedAt: z.iso.datetime(),
});
export type CriticalService = z.infer<typeof CriticalServiceSchema>;

export const RiskStatusSchema = z.enum(['open', 'mitigated', 'accepted']);
export type RiskStatus = z.infer<typeof RiskStatusSchema>;

const oneToFive = z.number().int().min(1).max(5);

/** A known risk; its score is likelihood x impact (1-25). */
export const RiskInputSchema = z.object({
  title: text(200),
  description: z.string().trim().max(10000).default(''),
  likelihood: oneToFive,
  impact: oneToFive,
  /** The critical service it threatens, if any. */
  serviceId: z.uuid().nullable(),
  /** The id of the scenario guideline of the current procedure that covers it, if any. */
  scenarioId: ScenarioGuidelineSchema.shape.id.nullable(),
  mitigation: z.string().trim().max(10000).default(''),
  owner: text(200),
  status: RiskStatusSchema,
  reviewedAt: z.iso.datetime().nullable(),
});
export type RiskInput = z.infer<typeof RiskInputSchema>;

export const UpdateRiskSchema = RiskInputSchema.extend({ rowVersion: z.number().int().min(1) });
export type UpdateRisk = z.infer<typeof UpdateRiskSchema>;

export const RiskSchema = RiskInputSchema.extend({
  id: z.uuid(),
  score: z.number().int().min(1).max(25),
  serviceName: z.string().nullable(),
  /** The linked guideline's name in the current procedure; null when unlinked or the procedure no longer has it. */
  scenarioName: z.string().nullable(),
  rowVersion: z.number().int().min(1),
  updatedAt: z.iso.datetime(),
});
export type Risk = z.infer<typeof RiskSchema>;

/** `DELETE ...?rowVersion=`: the version the deletion is based on. */
export const RegisterDeleteQuerySchema = z.object({ rowVersion: z.coerce.number().int().min(1) });
export type RegisterDeleteQuery = z.infer<typeof RegisterDeleteQuerySchema>;

export const RegisterContextQuerySchema = z.object({
  category: z.string().trim().min(1).max(100),
  affectedService: z.string().trim().min(1).max(100),
});
export type RegisterContextQuery = z.infer<typeof RegisterContextQuerySchema>;

/**
 * What the registers and the current procedure say about a new escalation of this category and service: the
 * service's entry (null when it has none), the matching scenario guidelines (the more specific first) and the open
 * risks linked to the service or to one of those guidelines (highest score first).
 */
export const RegisterContextSchema = z.object({
  service: CriticalServiceSchema.nullable(),
  guidelines: z.array(ScenarioGuidelineSchema),
  risks: z.array(RiskSchema),
});
export type RegisterContext = z.infer<typeof RegisterContextSchema>;
