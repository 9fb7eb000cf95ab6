import type { Calendar } from '@ladder/contracts';
import { workingWindows, type Span } from './working-windows';

/** Instant at which `amount` ms of the windows have passed (the first opening when `amount` is 0). */
export function instantAfter(windows: Iterable<Span>, amount: number): number {
  let left = amount;
  for (const [start, end] of windows) {
    if (end - start >= left) return start + left;
    left -= end - start;
  }
  throw new RangeError('working time ran out');
}

/** Milliseconds of the windows before `to`. */
export function durationUntil(windows: Iterable<Span>, to: number): number {
  let total = 0;
  for (const [start, end] of windows) {
    if (start >= to) break;
    total += Math.min(end, to) - start;
  }
  return total;
}

export function addWorkingTime(calendar: Calendar, start: Date, minutes: number): Date {
  return new Date(instantAfter(workingWindows(calendar, start), minutes * 60_000));
}

/** Working minutes in [from, to), with seconds as a fraction; 0 when `to` is not after `from`. */
export function workingMinutesBetween(calendar: Calendar, from: Date, to: Date): number {
  return durationUntil(workingWindows(calendar, from), to.getTime()) / 60_000;
}
