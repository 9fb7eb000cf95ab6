/** The filters every report shares, as they stand in the URL (lists comma-separated) and go to the API. */
export interface ReportFilters {
  from: string;
  to: string;
  severity: string[];
  teamId: string[];
  category: string[];
  affectedService: string[];
  level: string[];
  procedureVersionId: string[];
}

export const LIST_FILTERS = [
  'severity',
  'teamId',
  'category',
  'affectedService',
  'level',
  'procedureVersionId',
] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

export type DateRange = Pick<ReportFilters, 'from' | 'to'>;

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const dayTime = (date: string) => Date.parse(`${date}T00:00:00Z`);

export function validDate(value: string | null | undefined): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && isoDay(dayTime(value)) === value;
}

/** The last 30 days, today included (UTC dates, as the API reads them). */
export function defaultRange(now: Date): DateRange {
  return { from: isoDay(now.getTime() - 29 * DAY_MS), to: isoDay(now.getTime()) };
}

type Params = Readonly<Record<string, string | undefined>>;

const listOf = (value: string | undefined) => (value ? value.split(',').filter((v) => v !== '') : []);

/** Filters from the URL's query parameters; a missing, malformed or inverted range falls back to the last 30 days. */
export function filtersFromParams(params: Params, now: Date): ReportFilters {
  const { from, to } = params;
  const range = validDate(from) && validDate(to) && from <= to ? { from, to } : defaultRange(now);
  const lists = Object.fromEntries(LIST_FILTERS.map((key) => [key, listOf(params[key])])) as Record<
    ListFilter,
    string[]
  >;
  return { ...range, ...lists };
}

/** The filters as query parameters, for the URL and the API alike; empty lists are left out. */
export function filterParams(filters: ReportFilters): Record<string, string> {
  const params: Record<string, string> = { from: filters.from, to: filters.to };
  for (const key of LIST_FILTERS) if (filters[key].length > 0) params[key] = filters[key].join(',');
  return params;
}

/** Days in a range, both ends included. */
export function rangeDays(range: DateRange): number {
  return Math.round((dayTime(range.to) - dayTime(range.from)) / DAY_MS) + 1;
}

/** The range of the same length that ends the day before `from`. */
export function previousPeriod(range: DateRange): DateRange {
  const to = dayTime(range.from) - DAY_MS;
  return { from: isoDay(to - (rangeDays(range) - 1) * DAY_MS), to: isoDay(to) };
}

function yearEarlier(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // 29 February a year earlier is 28 February.
  const lastDay = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
  return isoDay(Date.UTC(year - 1, month - 1, Math.min(day, lastDay)));
}

export function sameRangeYearEarlier(range: DateRange): DateRange {
  return { from: yearEarlier(range.from), to: yearEarlier(range.to) };
}

export const COMPARISONS = [
  { id: 'previous', label: 'Previous period' },
  { id: 'year', label: 'Same period a year earlier' },
] as const;
export type Comparison = (typeof COMPARISONS)[number]['id'];

export function comparisonFromParam(value: string | undefined): Comparison | null {
  return COMPARISONS.find((c) => c.id === value)?.id ?? null;
}

export function comparisonRange(range: DateRange, comparison: Comparison): DateRange {
  return comparison === 'previous' ? previousPeriod(range) : sameRangeYearEarlier(range);
}

/** Ranges a manager picks most, all ending today unless they name a whole past month. */
export const PRESETS = [
  { id: 'last-7', label: 'Last 7 days' },
  { id: 'last-30', label: 'Last 30 days' },
  { id: 'last-90', label: 'Last 90 days' },
  { id: 'this-month', label: 'This month' },
  { id: 'last-month', label: 'Last month' },
  { id: 'this-quarter', label: 'This quarter' },
  { id: 'last-12-months', label: 'Last 12 months' },
] as const;
export type Preset = (typeof PRESETS)[number]['id'];

export function presetRange(preset: Preset, now: Date): DateRange {
  const today = isoDay(now.getTime());
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const lastDays = (days: number) => ({ from: isoDay(now.getTime() - (days - 1) * DAY_MS), to: today });
  switch (preset) {
    case 'last-7':
      return lastDays(7);
    case 'last-30':
      return lastDays(30);
    case 'last-90':
      return lastDays(90);
    case 'this-month':
      return { from: isoDay(Date.UTC(year, month, 1)), to: today };
    case 'last-month':
      return { from: isoDay(Date.UTC(year, month - 1, 1)), to: isoDay(Date.UTC(year, month, 0)) };
    case 'this-quarter':
      return { from: isoDay(Date.UTC(year, month - (month % 3), 1)), to: today };
    case 'last-12-months':
      return { from: isoDay(Date.UTC(year - 1, month, now.getUTCDate() + 1)), to: today };
  }
}

/** The preset a range is, if any, so the bar shows "Last 90 days" rather than two dates. */
export function presetOf(range: DateRange, now: Date): Preset | null {
  return (
    PRESETS.find((p) => {
      const candidate = presetRange(p.id, now);
      return candidate.from === range.from && candidate.to === range.to;
    })?.id ?? null
  );
}
