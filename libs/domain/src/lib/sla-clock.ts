import type { Calendar } from '@ladder/contracts';
import { withoutPauses } from './without-pauses';
import { durationUntil, instantAfter } from './working-time';
import { workingWindows, type Span } from './working-windows';

export type ClockState = 'running' | 'paused' | 'met' | 'breached';

export interface ClockInput {
  targetMinutes: number;
  calendar: Calendar;
  startedAt: Date;
  /** Waiting periods; `to: null` is a pause still going on. */
  pauses: readonly { from: Date; to: Date | null }[];
  /** When the target was met (e.g. the first acknowledgement), if it was. */
  stoppedAt: Date | null;
  now: Date;
  warningRatio?: number;
}

export interface SlaClockReading {
  dueAt: Date;
  /** Working seconds counted so far (pauses and non-working time excluded). */
  elapsedSeconds: number;
  /** Working seconds left; negative by the overrun once breached. */
  remainingSeconds: number;
  state: ClockState;
  /** When the target was met; set for a breached clock that was met late too. */
  stoppedAt: Date | null;
  warningAt: Date;
  /** The clock is still open and past its warning threshold. */
  warning: boolean;
}

/**
 * One SLA clock at `now`. A pause still going on counts as ending now, so while paused the due time moves
 * out by exactly the paused working time and the remaining time stands still.
 */
export function slaClock(input: ClockInput): SlaClockReading {
  const { targetMinutes, calendar, startedAt, stoppedAt, now, warningRatio = 0.75 } = input;
  const end = (stoppedAt ?? now).getTime();
  // Only the waiting before the end counts; a pause still going on at the end is cut there.
  const pauses = input.pauses.flatMap(({ from, to }): Span[] =>
    from.getTime() < end ? [[from.getTime(), Math.min(to?.getTime() ?? end, end)]] : [],
  );
  const counted = () => withoutPauses(workingWindows(calendar, startedAt), pauses);
  const target = targetMinutes * 60_000;
  const dueAt = instantAfter(counted(), target);
  const warningAt = instantAfter(counted(), target * warningRatio);
  const elapsedSeconds = Math.floor(durationUntil(counted(), end) / 1000);
  const paused = input.pauses.some(({ from, to }) => from.getTime() <= end && (to === null || to.getTime() > end));
  const state: ClockState = end > dueAt ? 'breached' : stoppedAt ? 'met' : paused ? 'paused' : 'running';
  return {
    dueAt: new Date(dueAt),
    elapsedSeconds,
    remainingSeconds: Math.floor(target / 1000) - elapsedSeconds,
    state,
    stoppedAt,
    warningAt: new Date(warningAt),
    warning: (state === 'running' || state === 'paused') && end >= warningAt,
  };
}
