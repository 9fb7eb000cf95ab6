import { z } from 'zod';
import { MAX_REPORT_DAYS, reportFilterFields } from './analytics';
import { SeveritySchema } from './enums';

const DAY_MS = 86_400_000;

/** Wall clock (paused time excluded) or the escalation's SLA calendar, the time level budgets are counted in. */
export const TimeBasisSchema = z.enum(['wall', 'business']);
export type TimeBasis = z.infer<typeof TimeBasisSchema>;

/**
 * Whether a revision helped: side A against side B, either escalations opened under procedure version `a` against
 * those under `b` (any time), or escalations opened from `aFrom` to `aTo` against those from `bFrom` to `bTo` (whole UTC
 * days, `to` inclusive, at most MAX_REPORT_DAYS each). Filtered like the reports on escalations: `teamId` is the team
 * an escalation is with now.
 */
export const ProcedureComparisonQuerySchema = z
  .object({
    a: z.uuid().optional(),
    b: z.uuid().optional(),
    aFrom: z.iso.date().optional(),
    aTo: z.iso.date().optional(),
    bFrom: z.iso.date().optional(),
    bTo: z.iso.date().optional(),
    severity: reportFilterFields.severity,
    teamId: reportFilterFields.teamId,
    category: reportFilterFields.category,
    affectedService: reportFilterFields.affectedService,
    timeBasis: TimeBasisSchema.default('wall'),
  })
  .superRefine((q, ctx) => {
    const versions = q.a !== undefined || q.b !== undefined;
    const periodsGiven = [q.aFrom, q.aTo, q.bFrom, q.bTo].some((d) => d !== undefined);
    if (versions === periodsGiven) {
      ctx.addIssue({
        code: 'custom',
        path: [versions ? 'aFrom' : 'a'],
        message: 'compare either two procedure versions (a, b) or two periods (aFrom, aTo, bFrom, bTo)',
      });
      return;
    }
    const required = versions ? (['a', 'b'] as const) : (['aFrom', 'aTo', 'bFrom', 'bTo'] as const);
    const missing = required.find((key) => q[key] === undefined);
    if (missing) {
      ctx.addIssue({ code: 'custom', path: [missing], message: 'required' });
      return;
    }
    const ranges = [
      ['aFrom', q.aFrom, q.aTo],
      ['bFrom', q.bFrom, q.bTo],
    ] as const;
    for (const [key, from, to] of ranges) {
      if (from === undefined || to === undefined) continue;
      if (from > to) ctx.addIssue({ code: 'custom', path: [key], message: 'a period must not end before it starts' });
      else if (Date.parse(to) - Date.parse(from) >= MAX_REPORT_DAYS * DAY_MS) {
        ctx.addIssue({ code: 'custom', path: [key], message: `a period covers at most ${MAX_REPORT_DAYS} days` });
      }
    }
  });
export type ProcedureComparisonQuery = z.infer<typeof ProcedureComparisonQuerySchema>;

/** One side of the comparison: its finished escalations (resolved or closed) are what is measured. */
export const ComparisonSideSchema = z.object({
  /** "v3 Shorter L1 budget" or "2026-09-01 to 2026-11-30". */
  label: z.string(),
  procedureVersionId: z.uuid().nullable(),
  version: z.number().int().nullable(),
  from: z.iso.date().nullable(),
  to: z.iso.date().nullable(),
  /** Finished escalations the side holds after the filters. */
  escalations: z.number().int(),
  /** UTC days the first and the last of them were opened on; null when there are none. */
  firstOpened: z.iso.date().nullable(),
  lastOpened: z.iso.date().nullable(),
});
export type ComparisonSide = z.infer<typeof ComparisonSideSchema>;

/**
 * - `time-at-level`: mean hours an escalation spent at the level (its finished stays there summed, paused time
 *   excluded; wall clock or business hours after `timeBasis`), over the escalations that stayed there;
 * - `resolution-breach-rate`, `response-breach-rate`: share of the escalations that missed the target (as the SLA
 *   breach report counts them, on their SLA calendars whatever `timeBasis` says);
 * - `mttr`: median hours to resolution, counted as the time spent on the ladder: the escalation's stays summed, paused
 *   time and time resolved before a reopening excluded (wall clock or business hours after `timeBasis`);
 * - `csat`: share of the survey responses about the side's escalations whose overall satisfaction is 4 or 5.
 */
export const COMPARISON_METRICS = [
  'time-at-level',
  'resolution-breach-rate',
  'response-breach-rate',
  'mttr',
  'csat',
] as const;
export const ComparisonMetricKindSchema = z.enum(COMPARISON_METRICS);
export type ComparisonMetricKind = z.infer<typeof ComparisonMetricKindSchema>;

export const ComparisonDirectionSchema = z.enum(['better', 'worse', 'unclear']);
export type ComparisonDirection = z.infer<typeof ComparisonDirectionSchema>;

const figure = z.number().nullable();

/** A side's observations of a metric: all of them, those in the compared strata, and the estimates over those. */
export const ComparisonGroupSchema = z.object({
  n: z.number().int(),
  compared: z.number().int(),
  /** The statistic over the compared observations pooled, blind to case mix. */
  naive: figure,
  /** Standardised to the case mix both sides share. */
  standardised: figure,
});
export type ComparisonGroup = z.infer<typeof ComparisonGroupSchema>;

/** A severity x category stratum both sides have, with its weight (its share of both sides' compared observations). */
export const ComparisonStratumSchema = z.object({
  severity: SeveritySchema,
  category: z.string(),
  weight: z.number(),
  a: z.object({ n: z.number().int(), estimate: z.number() }),
  b: z.object({ n: z.number().int(), estimate: z.number() }),
  difference: z.number(),
});
export type ComparisonStratum = z.infer<typeof ComparisonStratumSchema>;

/** A stratum only one side has: nothing to weigh it against, so it is left out of every estimate. */
export const ExcludedStratumSchema = z.object({
  severity: SeveritySchema,
  category: z.string(),
  nA: z.number().int(),
  nB: z.number().int(),
});

export const ComparisonMetricSchema = z.object({
  /** Unique per report: the kind, and the level for time at level ("time-at-level:2"). */
  key: z.string(),
  metric: ComparisonMetricKindSchema,
  level: z.number().int().nullable(),
  /** "Time at L2 Team Leads", "Resolution breach rate", "MTTR (median)", "CSAT". */
  label: z.string(),
  /** Hours, or a share between 0 and 1 (differences in shares are read as percentage points). */
  unit: z.enum(['hours', 'share']),
  statistic: z.enum(['mean', 'rate', 'median']),
  better: z.enum(['lower', 'higher']),
  /** Bootstrap resamples the interval was drawn from. */
  resamples: z.number().int(),
  a: ComparisonGroupSchema,
  b: ComparisonGroupSchema,
  strata: z.array(ComparisonStratumSchema),
  excluded: z.array(ExcludedStratumSchema),
  /** b.naive - a.naive: what a comparison blind to case mix would say. */
  naiveDifference: figure,
  /** b.standardised - a.standardised: B - A at the same case mix. */
  difference: figure,
  ciLow: figure,
  ciHigh: figure,
  /** A side has fewer than `minimumPerSide` compared observations: not enough to tell. */
  tooFew: z.boolean(),
  /** Better or worse only with enough observations and an interval clear of zero. */
  direction: ComparisonDirectionSchema,
  /** The finding in one plain sentence. */
  sentence: z.string(),
});
export type ComparisonMetric = z.infer<typeof ComparisonMetricSchema>;

/**
 * B - A per metric, direct-standardised over severity x category strata (both sides weighted to the case mix they
 * share, so a change in mix is not read as an improvement), with a seeded stratified bootstrap interval: the same
 * query gives the same answer.
 */
export const ProcedureComparisonReportSchema = z.object({
  mode: z.enum(['versions', 'periods']),
  timeBasis: TimeBasisSchema,
  a: ComparisonSideSchema,
  b: ComparisonSideSchema,
  confidence: z.number(),
  seed: z.number().int(),
  minimumPerSide: z.number().int(),
  metrics: z.array(ComparisonMetricSchema),
});
export type ProcedureComparisonReport = z.infer<typeof ProcedureComparisonReportSchema>;
