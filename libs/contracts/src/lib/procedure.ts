import { z } from 'zod';
import { ImpactSchema, SeveritySchema, UrgencySchema } from './enums';

export const ContactSchema = z.object({
  name: z.string(),
  role: z.string(),
  channel: z.string(),
  address: z.string(),
  whenToReachOut: z.string(),
});
export type Contact = z.infer<typeof ContactSchema>;

const minutes = z.number().int().positive();

export const LevelSchema = z.object({
  level: z.number().int().min(1),
  name: z.string(),
  teamIds: z.array(z.uuid()).min(1),
  /** Team that receives an escalation arriving at this level when no route names another. */
  defaultTeamId: z.uuid(),
  /** Minutes allowed at this level before it is over budget, per severity. */
  budgetMinutes: z.record(SeveritySchema, minutes),
  runbook: z.string(),
  contacts: z.array(ContactSchema),
});
export type Level = z.infer<typeof LevelSchema>;

export const SeverityTargetSchema = z.object({
  severity: SeveritySchema,
  label: z.string(),
  responseMinutes: minutes,
  resolutionMinutes: minutes,
  updateCadenceMinutes: minutes,
  calendar: z.enum(['24x7', 'business-hours']),
});
export type SeverityTarget = z.infer<typeof SeverityTargetSchema>;

/** Which specialist team takes a category when it reaches a level (e.g. category "network" at L3 -> Network team). */
export const RouteSchema = z.object({
  level: z.number().int().min(1),
  category: z.string(),
  teamId: z.uuid(),
});
export type Route = z.infer<typeof RouteSchema>;

export const SeverityMatrixSchema = z.record(ImpactSchema, z.record(UrgencySchema, SeveritySchema));
export type SeverityMatrix = z.infer<typeof SeverityMatrixSchema>;

export const ProcedureDefinitionSchema = z.object({
  levels: z.array(LevelSchema).min(1),
  severities: z.array(SeverityTargetSchema).length(4),
  matrix: SeverityMatrixSchema,
  routes: z.array(RouteSchema),
  categories: z.array(z.string()).min(1),
  services: z.array(z.string()).min(1),
  /** Share of a target after which a clock shows a warning. */
  warningRatio: z.number().gt(0).lt(1),
});
export type ProcedureDefinition = z.infer<typeof ProcedureDefinitionSchema>;

export const ProcedureVersionSchema = z.object({
  id: z.uuid(),
  version: z.number().int().min(1),
  name: z.string(),
  publishedAt: z.iso.datetime().nullable(),
  definition: ProcedureDefinitionSchema,
});
export type ProcedureVersion = z.infer<typeof ProcedureVersionSchema>;
