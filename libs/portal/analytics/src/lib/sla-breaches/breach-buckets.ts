import type { SlaBreachesReport } from '@ladder/contracts';
import { isoDay, type DateRange } from '../filters/report-filters';

export type BreachBucketSize = SlaBreachesReport['bucket'];

/** A bucket of the report: its first day, and the days of it inside the report's range (what a drill-down asks). */
export interface BucketSpan extends DateRange {
  start: string;
}

const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const dayTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const yearMonth = (date: string) => [Number(date.slice(0, 4)), Number(date.slice(5, 7))] as const;

/** The first day of the bucket `date` falls in, as the API buckets: the day, its ISO week's Monday, its month's 1st. */
export function bucketStartOf(date: string, size: BreachBucketSize): string {
  switch (size) {
    case 'day':
      return date;
    case 'week': {
      const daysSinceMonday = (new Date(dayTime(date)).getUTCDay() + 6) % 7;
      return isoDay(dayTime(date) - daysSinceMonday * DAY_MS);
    }
    case 'month':
      return `${date.slice(0, 7)}-01`;
  }
}

/** The first day of the bucket after the one starting on `start`. */
function nextStart(start: string, size: BreachBucketSize): string {
  switch (size) {
    case 'day':
      return isoDay(dayTime(start) + DAY_MS);
    case 'week':
      return isoDay(dayTime(start) + 7 * DAY_MS);
    case 'month': {
      const [year, month] = yearMonth(start);
      // Date.UTC counts months from 0, so `month` (from 1) is already the next one.
      return isoDay(Date.UTC(year, month, 1));
    }
  }
}

const lastDayOf = (start: string, size: BreachBucketSize) => isoDay(dayTime(nextStart(start, size)) - DAY_MS);

/** Every bucket the range touches, in order, empty ones included so that a quiet week shows as a gap. */
export function bucketSpans(range: DateRange, size: BreachBucketSize): BucketSpan[] {
  const spans: BucketSpan[] = [];
  for (let start = bucketStartOf(range.from, size); start <= range.to; start = nextStart(start, size)) {
    const lastDay = lastDayOf(start, size);
    spans.push({
      start,
      from: start < range.from ? range.from : start,
      to: lastDay > range.to ? range.to : lastDay,
    });
  }
  return spans;
}

function dayMonth(date: string, withYear: boolean): string {
  const [year, month] = yearMonth(date);
  const text = `${Number(date.slice(8, 10))} ${MONTHS[month - 1] ?? ''}`;
  return withYear ? `${text} ${year}` : text;
}

/** The axis label of a bucket: "2 Nov" (with the year when the report spans two), or "Nov 2026" for months. */
export function bucketLabel(start: string, size: BreachBucketSize, withYear: boolean): string {
  if (size !== 'month') return dayMonth(start, withYear);
  const [year, month] = yearMonth(start);
  return `${MONTHS[month - 1] ?? ''} ${year}`;
}

/** A bucket in full, for tooltips: "Week of 2 Nov 2026", and the days counted when the range cuts it. */
export function bucketTitle(span: BucketSpan, size: BreachBucketSize): string {
  const name = size === 'week' ? `Week of ${dayMonth(span.start, true)}` : bucketLabel(span.start, size, true);
  const cut = span.from !== span.start || span.to !== lastDayOf(span.start, size);
  return cut ? `${name} (opened ${span.from} to ${span.to})` : name;
}
