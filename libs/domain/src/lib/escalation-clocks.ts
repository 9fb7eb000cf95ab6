import type { Calendar, EventType, SeverityTarget } from '@ladder/contracts';
import { slaClock, type ClockInput, type SlaClockReading } from './sla-clock';

/** The fields of a timeline event the clocks read (a subset of the contracts' TimelineEvent, with a Date). */
export interface ClockEvent {
  type: EventType;
  at: Date;
  visibility: 'internal' | 'public';
  /** What the scheduler recorded with its own events (e.g. which clock a warning was for). */
  details?: Readonly<Record<string, unknown>> | null;
}

export interface EscalationClocksInput {
  /** The escalation's events in order, starting with `created`. */
  events: readonly ClockEvent[];
  target: SeverityTarget;
  /** The current level's budget for the escalation's severity (Level.budgetMinutes[severity]). */
  levelBudgetMinutes: number;
  calendar: Calendar;
  warningRatio: number;
  now: Date;
}

/** A clock reading and when that clock (re)started: creation, reopening, level change or last public update. */
export interface EscalationClockReading extends SlaClockReading {
  startedAt: Date;
}

export interface EscalationClocks {
  response: EscalationClockReading;
  resolution: EscalationClockReading;
  levelBudget: EscalationClockReading;
  updateCadence: EscalationClockReading;
}

type Pause = ClockInput['pauses'][number];

/** Waiting periods: each `wait` up to the next `resume`, or still going on. */
export function waitingPeriods(events: readonly ClockEvent[]): Pause[] {
  const pauses: Pause[] = [];
  for (const { type, at } of events) {
    const open = pauses.at(-1);
    if (type === 'wait' && (open === undefined || open.to !== null)) pauses.push({ from: at, to: null });
    if (type === 'resume' && open?.to === null) open.to = at;
  }
  return pauses;
}

function lastOf(events: readonly ClockEvent[], matches: (event: ClockEvent) => boolean): ClockEvent | undefined {
  return [...events].reverse().find(matches);
}

/** When the first event of the given types at or after `from` happened, or null. */
function firstAfter(events: readonly ClockEvent[], from: Date, types: readonly EventType[]): Date | null {
  return events.find((event) => types.includes(event.type) && event.at >= from)?.at ?? null;
}

/** When the escalation arrived at its current level: its last level change or reopening, else its creation. */
export function levelStartOf(events: readonly ClockEvent[]): Date {
  const created = events[0]?.at ?? new Date(0);
  return lastOf(events, (e) => e.type === 'escalate' || e.type === 'de-escalate' || e.type === 'reopen')?.at ?? created;
}

/** The four SLA clocks of an escalation, derived from its events alone. */
export function escalationClocks(input: EscalationClocksInput): EscalationClocks {
  const { events, target, levelBudgetMinutes, calendar, warningRatio, now } = input;
  const created = events[0];
  if (created?.type !== 'created') throw new RangeError('the events must start with `created`');
  const pauses = waitingPeriods(events);
  const clock = (targetMinutes: number, startedAt: Date, stoppedAt: Date | null, withPauses = true) => ({
    ...slaClock({ targetMinutes, calendar, startedAt, pauses: withPauses ? pauses : [], stoppedAt, now, warningRatio }),
    startedAt,
  });

  const resolutionStart = lastOf(events, (e) => e.type === 'reopen')?.at ?? created.at;
  const levelStart = levelStartOf(events);
  const updateStart =
    lastOf(events, (e) => e.type === 'stakeholder-update' && e.visibility === 'public')?.at ?? created.at;
  return {
    response: clock(target.responseMinutes, created.at, firstAfter(events, created.at, ['acknowledge'])),
    resolution: clock(target.resolutionMinutes, resolutionStart, firstAfter(events, resolutionStart, ['resolve'])),
    levelBudget: clock(levelBudgetMinutes, levelStart, firstAfter(events, levelStart, ['resolve'])),
    updateCadence: clock(
      target.updateCadenceMinutes,
      updateStart,
      firstAfter(events, updateStart, ['resolve', 'close']),
      false,
    ),
  };
}
