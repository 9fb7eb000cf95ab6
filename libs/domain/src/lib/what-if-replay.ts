import { SeveritySchema, type ProcedureDefinition, type Severity } from '@ladder/contracts';
import type { NamedCalendar } from './calendar-choice';
import {
  replayEscalation,
  type EscalationOutcome,
  type ReplayEscalation,
  type ReplaySetting,
} from './escalation-replay';

export interface LevelFigures {
  level: number;
  /** Escalations that were at this level at some point. */
  reached: number;
  /** Automatic escalations out of this level: its budget ran out. */
  autoEscalations: number;
}

export interface SeverityFigures {
  severity: Severity;
  escalations: number;
  responseBreaches: number;
  resolutionBreaches: number;
  /** Breaches per escalation of the severity, open ones included; null when there were none. */
  responseBreachRate: number | null;
  resolutionBreachRate: number | null;
}

export interface ReplayFigures {
  levels: LevelFigures[];
  severities: SeverityFigures[];
}

export interface ReplayResult {
  escalations: number;
  /** Under each escalation's own procedure version. */
  actual: ReplayFigures;
  /** Under the draft. */
  draft: ReplayFigures;
  /** What the replay takes for granted, in plain words. */
  assumptions: string[];
}

export interface ReplayOptions {
  /** Escalations still open are measured at this instant. */
  now: Date;
  /** Each team's calendar id, for severity targets whose calendar is "team". */
  teamCalendarIds?: ReadonlyMap<string, string | null>;
}

/** The actual procedure: one definition for the whole history, or each escalation's version by its id. */
export type ActualProcedure = ProcedureDefinition | ((procedureVersionId: string) => ProcedureDefinition);

/**
 * What a draft procedure would have done to a history of escalations, beside what their own versions did:
 * automatic escalations and load per level, response and resolution breaches per severity. Both sides are replayed
 * the same way, so an unchanged draft gives the same figures and every difference comes from the definitions.
 */
export function replayProcedure(
  history: readonly ReplayEscalation[],
  draft: ProcedureDefinition,
  actual: ActualProcedure,
  calendars: readonly NamedCalendar[],
  options: ReplayOptions,
): ReplayResult {
  const setting: ReplaySetting = {
    calendars,
    teamCalendarIds: options.teamCalendarIds ?? new Map(),
    now: options.now,
  };
  const actualOf = typeof actual === 'function' ? actual : () => actual;
  const levels = new Set(draft.levels.map((l) => l.level));
  const actualRuns: Run[] = [];
  const draftRuns: Run[] = [];
  for (const escalation of history) {
    const own = actualOf(escalation.procedureVersionId);
    for (const l of own.levels) levels.add(l.level);
    for (const stay of escalation.stays) levels.add(stay.level);
    const { severity } = escalation;
    actualRuns.push({ severity, outcome: replayEscalation(escalation, own, setting) });
    draftRuns.push({ severity, outcome: replayEscalation(escalation, draft, setting) });
  }
  return {
    escalations: history.length,
    actual: figuresOf(actualRuns, levels),
    draft: figuresOf(draftRuns, levels),
    assumptions: replayAssumptions(options.now),
  };
}

interface Run {
  severity: Severity;
  outcome: EscalationOutcome;
}

/** Per level (every level of the procedures or of a recorded stay) and per severity. */
function figuresOf(runs: readonly Run[], allLevels: ReadonlySet<number>): ReplayFigures {
  const reached = new Map<number, number>();
  const autoEscalations = new Map<number, number>();
  const add = (counts: Map<number, number>, level: number) => counts.set(level, (counts.get(level) ?? 0) + 1);
  const tallies = Object.fromEntries(
    SeveritySchema.options.map((severity) => [
      severity,
      { escalations: 0, responseBreaches: 0, resolutionBreaches: 0 },
    ]),
  ) as Record<Severity, { escalations: number; responseBreaches: number; resolutionBreaches: number }>;
  for (const { severity, outcome } of runs) {
    for (const level of outcome.reached) add(reached, level);
    for (const level of outcome.autoEscalatedFrom) add(autoEscalations, level);
    const tally = tallies[severity];
    tally.escalations++;
    if (outcome.responseBreached) tally.responseBreaches++;
    if (outcome.resolutionBreached) tally.resolutionBreaches++;
  }
  const levels = [...allLevels].sort((a, b) => a - b);
  const rate = (count: number, of: number) => (of === 0 ? null : count / of);
  return {
    levels: levels.map((level) => ({
      level,
      reached: reached.get(level) ?? 0,
      autoEscalations: autoEscalations.get(level) ?? 0,
    })),
    severities: SeveritySchema.options.map((severity) => {
      const t = tallies[severity];
      return {
        severity,
        ...t,
        responseBreachRate: rate(t.responseBreaches, t.escalations),
        resolutionBreachRate: rate(t.resolutionBreaches, t.escalations),
      };
    }),
  };
}

export function replayAssumptions(now: Date): string[] {
  return [
    'Time at a level is taken as observed: each stay lasts as recorded, counted in working minutes on the calendar its severity target names, waiting on the stakeholder left out.',
    'An escalation the procedure moves up earlier is assumed to be resolved when it actually was: the rest of its stay is spent at the level above, whose budget runs from its arrival there and may run out in turn.',
    'A recorded move up to a level the procedure had already reached changes nothing; de-escalations and reopenings happen as recorded.',
    'Acknowledgement and resolution times are as recorded, so breaches change only with the targets and calendars.',
    'Entry level, severity and category are as recorded: the severity matrix and scenario guidelines are not replayed.',
    'Trigger rules are not replayed.',
    'The actual figures are recomputed from the record under each escalation’s own procedure version in the same way, so every difference comes from the procedures; for history the scheduler ran, they match what it did.',
    `Escalations still open are measured at ${now.toISOString()}: one counts as breached only once its due time has passed, and the rates include them.`,
  ];
}
