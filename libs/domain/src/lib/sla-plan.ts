import type {
  Calendar,
  ClockKind,
  Escalation,
  ProcedureDefinition,
  SeverityTarget,
  SlaState,
  TriggerRule,
} from '@ladder/contracts';
import {
  escalationClocks,
  levelStartOf,
  waitingPeriods,
  type ClockEvent,
  type EscalationClocks,
} from './escalation-clocks';
import { slaClock, type SlaClockReading } from './sla-clock';

/** What the plan needs to know of the escalation besides its events. */
export type EscalationFacts = Pick<Escalation, 'severity' | 'category' | 'affectedService' | 'level' | 'status'>;

export interface SlaPlanInput {
  escalation: EscalationFacts;
  /** The escalation's events in order, starting with `created`; `details` as recorded. */
  events: readonly ClockEvent[];
  definition: Pick<ProcedureDefinition, 'levels' | 'rules' | 'reminderMinutes' | 'warningRatio'>;
  target: SeverityTarget;
  calendar: Calendar;
  now: Date;
  /** When firing alert notifications for the escalation's affected service arrived (at least the rules' largest window). */
  alertTimes?: readonly Date[];
}

/** Something Ladder must do for the escalation now. */
export type DueAction =
  | { kind: 'warning'; clock: ClockKind; startedAt: Date; warningAt: Date; dueAt: Date }
  | { kind: 'breach'; clock: ClockKind; startedAt: Date; dueAt: Date }
  /** The level budget ran out and there is a level above. */
  | { kind: 'auto-escalate'; fromLevel: number; toLevel: number }
  /** Still unacknowledged past the response target: re-notify. */
  | { kind: 'reminder'; count: number }
  /** `stintStartedAt`: record it with the firing, so the rule is known to have fired in this stint. */
  | { kind: 'rule'; rule: TriggerRule; stintStartedAt: Date };

export interface SlaPlan {
  clocks: EscalationClocks;
  state: SlaState;
  /** Nearest due time among the clocks still running; null when none runs. */
  nextDueAt: Date | null;
  actions: DueAction[];
  /** When to look at the escalation again if nothing happens to it before; null: never. */
  nextCheckAt: Date | null;
}

const CLOCK_KINDS: readonly ClockKind[] = ['response', 'resolution', 'levelBudget', 'updateCadence'];
const SEVERITY_RANK = { S1: 1, S2: 2, S3: 3, S4: 4 } as const;
const HANDOVERS = new Set(['assign', 'escalate', 'de-escalate']);
const CLOSED = new Set(['resolved', 'closed']);

/**
 * Whether an event of `type` was already recorded for this run of the clock. A run is known by its start, as the
 * event's details recorded it: comparing times instead would confuse events written in the same millisecond.
 */
const recorded = (events: readonly ClockEvent[], type: string, clock: ClockKind, startedAt: Date) =>
  events.some(
    (e) => e.type === type && e.details?.['clock'] === clock && e.details['startedAt'] === startedAt.toISOString(),
  );

/**
 * The SLA state of one escalation at `now`, what is due (warnings, breaches, automatic escalation, reminders,
 * trigger rules) and when to look again. Pure: the scheduler performs the actions and records them as events,
 * which is also how a repeated evaluation knows they were done.
 */
export function planEscalation(input: SlaPlanInput): SlaPlan {
  const { escalation, events, definition, target, calendar, now } = input;
  const rung = definition.levels.find((l) => l.level === escalation.level);
  const clocks = escalationClocks({
    events,
    target,
    levelBudgetMinutes: rung?.budgetMinutes[escalation.severity] ?? target.resolutionMinutes,
    calendar,
    warningRatio: definition.warningRatio,
    now,
  });
  const closed = CLOSED.has(escalation.status);
  const actions: DueAction[] = [];
  const upcoming: Date[] = [];

  if (!closed) {
    for (const kind of CLOCK_KINDS) {
      const reading = clocks[kind];
      if (reading.stoppedAt !== null) continue;
      const startedAt = reading.startedAt;
      const paused = reading.state === 'paused';
      if (!recorded(events, 'sla-warning', kind, startedAt)) {
        if (reading.warning || reading.state === 'breached') {
          actions.push({ kind: 'warning', clock: kind, startedAt, warningAt: reading.warningAt, dueAt: reading.dueAt });
        } else if (!paused) upcoming.push(reading.warningAt);
      }
      if (!recorded(events, 'sla-breach', kind, startedAt)) {
        if (reading.state === 'breached') {
          actions.push({ kind: 'breach', clock: kind, startedAt, dueAt: reading.dueAt });
          const above = definition.levels.find((l) => l.level > escalation.level);
          if (kind === 'levelBudget' && above) {
            actions.push({ kind: 'auto-escalate', fromLevel: escalation.level, toLevel: above.level });
          }
        } else if (!paused) upcoming.push(new Date(reading.dueAt.getTime() + 1)); // breached once past due
      }
    }
    planReminder(input, clocks.response, actions, upcoming);
    planRules(input, clocks, actions, upcoming);
  }
  // The timer's escalation wins; an escalating rule is looked at again at the new level.
  const escalating = actions.some((a) => a.kind === 'auto-escalate');
  const due = escalating ? actions.filter((a) => a.kind !== 'rule' || a.rule.then.action !== 'escalate') : actions;

  const future = upcoming.filter((at) => at > now).sort((a, b) => a.getTime() - b.getTime());
  return {
    clocks,
    state: slaStateOf(clocks, escalation.status),
    nextDueAt: nextDueOf(clocks, escalation.status),
    actions: due,
    nextCheckAt: future[0] ?? null,
  };
}

function planReminder(input: SlaPlanInput, response: SlaClockReading, actions: DueAction[], upcoming: Date[]): void {
  if (response.state !== 'breached' || response.stoppedAt !== null) return;
  const reminders = input.events.filter((e) => e.type === 'reminder');
  const last = reminders.at(-1)?.at ?? response.dueAt;
  const next = new Date(last.getTime() + input.definition.reminderMinutes * 60_000);
  if (next <= input.now) {
    actions.push({ kind: 'reminder', count: reminders.length + 1 });
    upcoming.push(new Date(input.now.getTime() + input.definition.reminderMinutes * 60_000));
  } else upcoming.push(next);
}

/**
 * A rule fires once per escalation; a rule about the level (a `level` or `minutesAtLevel` condition) once per
 * stint at a level, so it can fire again after the escalation has moved and come back.
 */
function planRules(input: SlaPlanInput, clocks: EscalationClocks, actions: DueAction[], upcoming: Date[]): void {
  const { events, escalation } = input;
  const stintStart = levelStartOf(events);
  for (const rule of input.definition.rules) {
    const perStint = rule.when.level !== undefined || rule.when.minutesAtLevel !== undefined;
    const fired = events.some(
      (e) =>
        e.type === 'rule-fired' &&
        e.details?.['ruleId'] === rule.id &&
        (!perStint || e.details['stintStartedAt'] === stintStart.toISOString()),
    );
    if (fired || !staticConditionsHold(rule, input) || !actionWouldChange(rule, escalation)) continue;
    const timed = timedConditions(rule, input, clocks);
    if (timed.includes(null)) continue;
    const holdsAt = Math.max(0, ...timed.map((at) => (at as Date).getTime()));
    if (holdsAt <= input.now.getTime()) actions.push({ kind: 'rule', rule, stintStartedAt: stintStart });
    else upcoming.push(new Date(holdsAt));
  }
}

function staticConditionsHold(rule: TriggerRule, { escalation, events, alertTimes = [], now }: SlaPlanInput): boolean {
  const w = rule.when;
  const alerts = w.alertsForService;
  const handovers = events.filter((e) => HANDOVERS.has(e.type)).length;
  return (
    (w.severity === undefined || w.severity.includes(escalation.severity)) &&
    (w.category === undefined || w.category.includes(escalation.category)) &&
    (w.affectedService === undefined || w.affectedService.includes(escalation.affectedService)) &&
    (w.level === undefined || w.level.includes(escalation.level)) &&
    (w.reassignmentsAtLeast === undefined || handovers >= w.reassignmentsAtLeast) &&
    (w.reopened === undefined || events.some((e) => e.type === 'reopen')) &&
    (alerts === undefined || alertsWithin(alertTimes, alerts.withinMinutes, now) > alerts.moreThan)
  );
}

/**
 * Alerts received in (now - minutes, now]. Held as a static condition: the count only grows when an alert arrives,
 * and the intake has the escalations of the service planned again then, so no later look is needed.
 */
function alertsWithin(alertTimes: readonly Date[], minutes: number, now: Date): number {
  const since = now.getTime() - minutes * 60_000;
  return alertTimes.filter((at) => at.getTime() > since && at <= now).length;
}

/** The longest alert window any of the rules counts in, in minutes; null when none counts alerts. */
export function alertWindowMinutes(rules: readonly TriggerRule[]): number | null {
  const windows = rules.flatMap((rule) =>
    rule.when.alertsForService ? [rule.when.alertsForService.withinMinutes] : [],
  );
  return windows.length ? Math.max(...windows) : null;
}

/** A rule whose action would change nothing (already at that level or severity, or on hold) does not fire. */
function actionWouldChange(rule: TriggerRule, escalation: EscalationFacts): boolean {
  const then = rule.then;
  if (then.action === 'escalate') return escalation.status !== 'waiting' && then.toLevel > escalation.level;
  if (then.action === 'raise-severity') return SEVERITY_RANK[then.to] < SEVERITY_RANK[escalation.severity];
  return true;
}

/**
 * Each time-based condition of a rule as the instant it starts to hold, or null when it cannot hold before
 * something else happens to the escalation (acknowledged, update sent, on hold): that event re-plans it.
 */
function timedConditions(rule: TriggerRule, input: SlaPlanInput, clocks: EscalationClocks): (Date | null)[] {
  const { events, calendar, now } = input;
  const w = rule.when;
  const pauses = waitingPeriods(events);
  const created = events[0]?.at ?? now;
  const holdsAt = (targetMinutes: number, startedAt: Date): Date | null => {
    const reading = slaClock({ targetMinutes, calendar, startedAt, pauses, stoppedAt: null, now });
    return reading.state === 'paused' && reading.dueAt > now ? null : reading.dueAt;
  };
  const conditions: (Date | null)[] = [];
  if (w.minutesAtLevel !== undefined) conditions.push(holdsAt(w.minutesAtLevel, levelStartOf(events)));
  if (w.unacknowledgedMinutes !== undefined) {
    conditions.push(clocks.response.stoppedAt === null ? holdsAt(w.unacknowledgedMinutes, created) : null);
  }
  if (w.updateOverdue !== undefined) {
    const update = clocks.updateCadence;
    conditions.push(update.stoppedAt === null ? update.dueAt : null);
  }
  return conditions;
}

/** The escalation's SLA in one word: finished, breached, warning, paused or fine. */
export function slaStateOf(clocks: EscalationClocks, status: EscalationFacts['status']): SlaState {
  if (CLOSED.has(status)) return 'done';
  const readings = CLOCK_KINDS.map((kind) => clocks[kind]);
  if (readings.some((r) => r.state === 'breached')) return 'breached';
  if (readings.some((r) => r.warning)) return 'warning';
  if (status === 'waiting') return 'paused';
  return 'ok';
}

/** The nearest due time among the clocks still counting down. */
export function nextDueOf(clocks: EscalationClocks, status: EscalationFacts['status']): Date | null {
  if (CLOSED.has(status)) return null;
  const running = CLOCK_KINDS.map((kind) => clocks[kind]).filter((r) => r.state === 'running');
  const times = running.map((r) => r.dueAt.getTime());
  return times.length ? new Date(Math.min(...times)) : null;
}
