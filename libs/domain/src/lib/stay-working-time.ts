import type { Calendar } from '@ladder/contracts';
import { durationUntil } from './working-time';
import { workingWindows, type Span } from './working-windows';
import { withoutPauses } from './without-pauses';

export interface FinishedStay {
  enteredAt: Date;
  leftAt: Date;
  /** The level's first response, or null when nobody responded before the stay ended. */
  firstResponseAt: Date | null;
}

/**
 * Seconds of a finished stay at a level on a calendar, pauses cut out: the whole stay, and the part before the
 * first response (waiting for the level to respond).
 */
export function stayWorkingTime(
  calendar: Calendar,
  stay: FinishedStay,
  pauses: readonly Span[],
): { seconds: number; waitingSeconds: number } {
  const left = stay.leftAt.getTime();
  // A pause running past the stay (still going on, say) would swallow every later window and never end the count.
  const withinStay = pauses.map(([from, to]) => [from, Math.min(to, left)] as const).filter(([from, to]) => from < to);
  const windows = () => withoutPauses(workingWindows(calendar, stay.enteredAt), withinStay);
  const responded = Math.min(stay.firstResponseAt?.getTime() ?? left, left);
  return {
    seconds: durationUntil(windows(), left) / 1000,
    waitingSeconds: durationUntil(windows(), responded) / 1000,
  };
}
