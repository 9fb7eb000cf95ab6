/**
 * The contracts' plain values, without zod: the fixed vocabularies the schemas are made from and the constants the
 * portal shows. A client that needs only these (the portal's reports) does not pay for building every schema at
 * start-up.
 */

export const STATUSES = ['open', 'acknowledged', 'waiting', 'resolved', 'closed', 'reopened'] as const;

export const SEVERITIES = ['S1', 'S2', 'S3', 'S4'] as const;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export const TIME_AT_LEVEL_GROUPS = ['team', 'category', 'severity', 'procedureVersion'] as const;

/** Escalations are bucketed by when they were opened: the UTC day, the ISO week (from Monday) or the month. */
export const BREACH_BUCKETS = ['day', 'week', 'month'] as const;

/**
 * The breach kinds, as the drill-down's `kind` names them (basis `breaches`). Each is counted once per escalation:
 * - `response`: acknowledged after its response due time; not acknowledged, it stops at its resolution, and while
 *   neither happened it is breached once now is past the due time;
 * - `resolution`: resolved after its resolution due time, or unresolved and now past it (the due times are the
 *   escalation's own, kept by the SLA scheduler: on its calendar, pauses excluded, restarted by a reopening);
 * - `level-budget`: at least one stay at a level longer than that level's budget for the escalation's severity in
 *   its procedure version (time on the SLA calendar, pauses excluded; a stay still open counts until now);
 * - `update-cadence`: while not resolved, a gap between the opening (or a reopening), public stakeholder updates
 *   and the resolution (or now) longer than the severity's update cadence, in wall-clock time.
 */
export const BREACH_KINDS = ['response', 'resolution', 'level-budget', 'update-cadence'] as const;

/** The dimension the survey report breaks CSAT and each question's answers down by. */
export const SURVEY_GROUP_BYS = ['team', 'level', 'severity', 'category', 'procedureVersion'] as const;

/**
 * When arrivals count as a spike. The current hour is compared with the same hour of the week in each of the last
 * `baselineWeeks` weeks that have history (Ladder already had escalations before that hour began). It is a spike when
 * all of these hold:
 * - at least `minHistoryWeeks` weeks of history (else there is no baseline to trust);
 * - at least `minObserved` arrivals now (a few arrivals are never a spike);
 * - more than `deviations` sample standard deviations above the baseline mean (strictly);
 * - at least `ratio` times the baseline mean (so a very steady baseline does not flag small rises).
 */
export interface ArrivalSpikeRule {
  baselineWeeks: number;
  /** At least 2: a sample standard deviation needs two weeks. */
  minHistoryWeeks: number;
  minObserved: number;
  deviations: number;
  ratio: number;
}

export const ARRIVAL_SPIKE_RULE: ArrivalSpikeRule = {
  baselineWeeks: 8,
  minHistoryWeeks: 4,
  minObserved: 5,
  deviations: 3,
  ratio: 2,
};
