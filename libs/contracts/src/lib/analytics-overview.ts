import { z } from 'zod';
import { FlowFiguresSchema } from './analytics';

/**
 * One period's tiles, over the escalations opened in it that the filters keep (as the flow report counts them).
 * `slaBreached`: those that breached their response or their resolution target, or both (see BREACH_KINDS).
 */
export const OverviewFiguresSchema = FlowFiguresSchema.extend({
  slaBreached: z.number().int(),
  /** `slaBreached` / escalations; null when there are none. */
  slaBreachRate: z.number().nullable(),
  /** Survey responses about these escalations, and the share of them rating overall satisfaction 4 or 5. */
  surveyResponses: z.number().int(),
  /** null when there are no responses. */
  csat: z.number().nullable(),
});
export type OverviewFigures = z.infer<typeof OverviewFiguresSchema>;

/**
 * The range against the period of the same length just before it (`previousTo` is the day before `from`), both with
 * the same filters. Takes the filters every report takes (`ReportQuerySchema`).
 */
export const OverviewReportSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  previousFrom: z.iso.date(),
  previousTo: z.iso.date(),
  current: OverviewFiguresSchema,
  previous: OverviewFiguresSchema,
});
export type OverviewReport = z.infer<typeof OverviewReportSchema>;
