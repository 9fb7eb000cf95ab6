import type { ClockKind, EscalationSla, SlaClock } from '@ladder/contracts';
import { formatCountdown } from '@ladder/portal/ui';

/** How a clock is coloured: amber at the warning, red once breached, grey when it does not run. */
export type ClockTone = 'ok' | 'warning' | 'breached' | 'inactive';

export interface ClockView {
  kind: ClockKind;
  label: string;
  tone: ClockTone;
  /** The state in words, so colour is never the only sign. */
  status: string;
  /** "12:05 left", "overdue 3:10"; null once met. */
  countdown: string | null;
  dueAt: string;
}

export const CLOCK_LABEL: Readonly<Record<ClockKind, string>> = {
  response: 'Response',
  resolution: 'Resolution',
  levelBudget: 'Time at this level',
  updateCadence: 'Stakeholder update',
};

const CLOCK_ORDER: readonly ClockKind[] = ['response', 'resolution', 'levelBudget', 'updateCadence'];

/** The SLA as read by the API, and when the browser received it (its own clock). */
export interface ReceivedSla {
  sla: EscalationSla;
  receivedAt: number;
}

/** The server's time now: the read instant plus what passed on this browser since, whatever its clock says. */
export function serverNow({ sla, receivedAt }: ReceivedSla, now: number): number {
  return Date.parse(sla.at) + (now - receivedAt);
}

const left = (seconds: number) => `${formatCountdown(seconds)} left`;
const overdue = (seconds: number) => `overdue ${formatCountdown(seconds)}`;

/** One clock at `now`: running clocks count down from their due time each second; stopped ones keep the API's figures. */
export function clockView(clock: SlaClock, now: number): ClockView {
  const base = { kind: clock.kind, label: CLOCK_LABEL[clock.kind], dueAt: clock.dueAt };
  if (clock.state === 'met') return { ...base, tone: 'inactive', status: 'Met', countdown: null };
  if (clock.state === 'paused') {
    const remaining = clock.remainingSeconds;
    return {
      ...base,
      tone: 'inactive',
      status: 'Paused',
      countdown: remaining > 0 ? left(remaining) : overdue(-remaining),
    };
  }
  if (clock.stoppedAt !== null) {
    return { ...base, tone: 'breached', status: 'Breached', countdown: overdue(Math.max(0, -clock.remainingSeconds)) };
  }
  const msLeft = Date.parse(clock.dueAt) - now;
  if (clock.state === 'breached' || msLeft <= 0) {
    return {
      ...base,
      tone: 'breached',
      status: 'Breached',
      countdown: overdue(Math.max(0, Math.floor(-msLeft / 1000))),
    };
  }
  const countdown = left(Math.ceil(msLeft / 1000));
  if (clock.warning || now >= Date.parse(clock.warningAt))
    return { ...base, tone: 'warning', status: 'Warning', countdown };
  return { ...base, tone: 'ok', status: 'On track', countdown };
}

/** Every clock of the escalation, in a fixed order, at the server's `now`. */
export function clockViews(received: ReceivedSla, browserNow: number): ClockView[] {
  const now = serverNow(received, browserNow);
  return [...received.sla.clocks]
    .sort((a, b) => CLOCK_ORDER.indexOf(a.kind) - CLOCK_ORDER.indexOf(b.kind))
    .map((clock) => clockView(clock, now));
}
