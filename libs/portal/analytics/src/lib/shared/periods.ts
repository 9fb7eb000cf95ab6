import type { DateRange } from '../filters/report-filters';

/** "2026-11-01 to 2026-11-30" */
export const rangeText = (range: DateRange) => `${range.from} to ${range.to}`;

/** The colour of the other period (previous or compared) beside this one: grey, 3.6:1 on white. */
export const OTHER_PERIOD_COLOUR = '#80868b';

/** A period a chart draws a dataset for. */
export interface Period {
  /** Legend and tooltip name. */
  label: string;
  /** The range a drill-down of this period covers; absent for the report's own range (the filters). */
  range?: DateRange;
}

/** Another period than the filters', named with what it is to this one: "2026-10-02 to 2026-10-31 (compared)". */
export function otherPeriod(range: DateRange, what: 'previous' | 'compared'): Period {
  const own = { from: range.from, to: range.to };
  return { label: `${rangeText(own)} (${what})`, range: own };
}

/** This period, then the compared one when there is one. */
export function periodsOf(report: DateRange, comparison: DateRange | null): Period[] {
  const current: Period = { label: rangeText(report) };
  return comparison ? [current, otherPeriod(comparison, 'compared')] : [current];
}
