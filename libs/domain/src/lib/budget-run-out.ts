import type { Calendar } from '@ladder/contracts';
import { withoutPauses } from './without-pauses';
import { workingWindows, type Span } from './working-windows';

/**
 * The instant `minutes` of working time counted from `start` (pauses cut out) run out, when that is before
 * `end`; null when the time lasts until `end`. Same rule as an SLA clock: breached once `end` is past the due time.
 */
export function budgetRunOut(
  calendar: Calendar,
  start: number,
  end: number,
  minutes: number,
  pauses: readonly Span[],
): number | null {
  // Only waiting before `end` matters; a pause going on past it would swallow every later window.
  const before = pauses.flatMap(([from, to]): Span[] => (from < end ? [[from, Math.min(to, end)]] : []));
  let left = minutes * 60_000;
  for (const [open, close] of withoutPauses(workingWindows(calendar, new Date(start)), before)) {
    if (open >= end) return null;
    if (close - open >= left) return open + left < end ? open + left : null;
    left -= close - open;
  }
  return null;
}
