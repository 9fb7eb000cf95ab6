import { isKnownTimeZone } from '@ladder/contracts/values';

/** Zones offered besides the browser's own; any other IANA zone still works when it comes in the URL. */
const OFFERED = [
  'UTC',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Australia/Sydney',
] as const;

export interface TimeZoneChoice {
  value: string;
  label: string;
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The zone the URL names, when it is a real one; else the browser's. */
export function timeZoneFrom(param: string | undefined, browser: string): string {
  return param && isKnownTimeZone(param) ? param : browser;
}

/** The browser's zone first, then the one in use (say, from a link a colleague sent), then the usual ones. */
export function timeZoneChoices(current: string, browser: string): TimeZoneChoice[] {
  const zones = [...new Set([browser, current, ...OFFERED])];
  return zones.map((zone) => ({ value: zone, label: zone === browser ? `${zone} (this browser)` : zone }));
}
