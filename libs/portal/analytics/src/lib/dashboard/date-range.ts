import type { ReportQuery } from '@ladder/contracts';

export type DateRange = Pick<ReportQuery, 'from' | 'to'>;

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The last 30 days, today included (UTC dates, as the API reads them). */
export function defaultRange(now: Date): DateRange {
  return { from: isoDate(now.getTime() - 29 * DAY_MS), to: isoDate(now.getTime()) };
}

function validDate(value: string | undefined): value is string {
  return value !== undefined && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
}

/** A range from the URL; a missing, malformed or inverted one falls back to the default. */
export function rangeFromParams(params: Readonly<Record<string, string | undefined>>, now: Date): DateRange {
  const { from, to } = params;
  return validDate(from) && validDate(to) && from <= to ? { from, to } : defaultRange(now);
}
