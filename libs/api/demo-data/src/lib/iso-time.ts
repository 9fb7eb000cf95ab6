const DAY = 86_400_000;
const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const days = new Map<number, string>();

/**
 * `toISOString()` for the millions of timestamps a large history writes, about ten times cheaper:
 * the date part is cached per day and the time of day is built from a table of two-digit strings.
 */
export function isoTime(at: number): string {
  const day = Math.floor(at / DAY);
  let date = days.get(day);
  if (date === undefined) {
    date = new Date(day * DAY).toISOString().slice(0, 11);
    days.set(day, date);
  }
  const ms = at - day * DAY;
  const seconds = Math.floor(ms / 1000);
  const millis = ms - seconds * 1000;
  const time = `${TWO_DIGITS[Math.floor(seconds / 3600)] as string}:${TWO_DIGITS[Math.floor(seconds / 60) % 60] as string}:${TWO_DIGITS[seconds % 60] as string}`;
  return `${date}${time}.${String(millis).padStart(3, '0')}Z`;
}
