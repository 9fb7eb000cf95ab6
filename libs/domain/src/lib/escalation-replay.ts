import type { ProcedureDefinition, Severity, SeverityTarget } from '@ladder/contracts';
import { budgetRunOut } from './budget-run-out';
import { calendarFor, type NamedCalendar } from './calendar-choice';
import type { Span } from './working-windows';

/** A stay at a level as `level_stint` records it; `leftAt` null while the escalation is still there. */
export interface ReplayStay {
  level: number;
  teamId: string;
  enteredAt: Date;
  leftAt: Date | null;
}

/**
 * One escalation of the history as the database records it. Stays come in the order they were entered; the pauses
 * are the escalation's waiting on the stakeholder (wait to resume, `to` null while still waiting), which every
 * clock and stay leaves out.
 */
export interface ReplayEscalation {
  id: string;
  severity: Severity;
  category: string;
  affectedService: string;
  procedureVersionId: string;
  createdAt: Date;
  /** The first acknowledgement. */
  acknowledgedAt: Date | null;
  /** The last resolution; when it is before `reopenedAt` the escalation is open again. */
  resolvedAt: Date | null;
  /** The last reopening: the resolution clock restarts there. */
  reopenedAt: Date | null;
  stays: readonly ReplayStay[];
  pauses: readonly { from: Date; to: Date | null }[];
}

/** What the replay needs besides the history and the definition. */
export interface ReplaySetting {
  calendars: readonly NamedCalendar[];
  /** Each team's own calendar, for targets whose calendar is "team"; a team missing here has none. */
  teamCalendarIds: ReadonlyMap<string, string | null>;
  now: Date;
}

/** What one escalation went through under one definition. */
export interface EscalationOutcome {
  /** Every level it was at. */
  reached: ReadonlySet<number>;
  /** The level of each automatic escalation, in order. */
  autoEscalatedFrom: readonly number[];
  responseBreached: boolean;
  resolutionBreached: boolean;
}

/** A stretch at one level under the definition; `moved`: the definition put it there, not a person. */
interface Piece {
  level: number;
  teamId: string;
  start: number;
  end: number;
  moved: boolean;
}

export function targetOf(definition: ProcedureDefinition, severity: Severity): SeverityTarget {
  const target = definition.severities.find((s) => s.severity === severity);
  if (!target) throw new RangeError(`the procedure has no target for ${severity}`);
  return target;
}

/**
 * Replays one escalation under a definition: its stays as recorded, except that a stay running past the level's
 * budget moves up at the moment the budget runs out and spends the rest of the stay at the level above (whose
 * budget runs from its arrival, and may run out in turn). Acknowledgement and resolution happen as recorded.
 */
export function replayEscalation(
  escalation: ReplayEscalation,
  definition: ProcedureDefinition,
  setting: ReplaySetting,
): EscalationOutcome {
  const now = setting.now.getTime();
  const target = targetOf(definition, escalation.severity);
  const pauses = escalation.pauses.map(({ from, to }): Span => [from.getTime(), to?.getTime() ?? now]);
  const calendarOf = (teamId: string | undefined) =>
    calendarFor(target, (teamId && setting.teamCalendarIds.get(teamId)) ?? null, setting.calendars).definition;
  /** The team the definition sends the escalation to at a level; `otherwise` for a level it does not have. */
  const teamAt = (level: number, otherwise: string) =>
    definition.routes.find((r) => r.level === level && r.category === escalation.category)?.teamId ??
    definition.levels.find((l) => l.level === level)?.defaultTeamId ??
    otherwise;

  const pieces: Piece[] = [];
  const autoEscalatedFrom: number[] = [];
  /** Splits the piece wherever its level's budget runs out, keeping the finished parts; returns the last part. */
  const settle = (piece: Piece): Piece => {
    for (let current = piece; ;) {
      const above = definition.levels.find((l) => l.level > current.level);
      if (!above) return current;
      const rung = definition.levels.find((l) => l.level === current.level);
      const budget = rung?.budgetMinutes[escalation.severity] ?? target.resolutionMinutes;
      const runOut = budgetRunOut(calendarOf(current.teamId), current.start, current.end, budget, pauses);
      if (runOut === null) return current;
      pieces.push({ ...current, end: runOut });
      autoEscalatedFrom.push(current.level);
      current = {
        level: above.level,
        teamId: teamAt(above.level, above.defaultTeamId),
        start: runOut,
        end: current.end,
        moved: true,
      };
    }
  };

  let last: Piece | undefined;
  escalation.stays.forEach((stay, i) => {
    const previous = escalation.stays[i - 1];
    const end = stay.leftAt?.getTime() ?? now;
    const start = stay.enteredAt.getTime();
    // A person moving it up (or reopening it) does not take it below where the definition had already put it.
    const upward = previous !== undefined && stay.level >= previous.level;
    const level = upward && last ? Math.max(stay.level, last.level) : stay.level;
    if (last?.moved && upward && last.end === start && level === last.level) {
      // The recorded move only caught up with the definition's: the stay at this level goes on.
      last = settle({ ...last, end });
      return;
    }
    if (last) pieces.push(last);
    const moved = level !== stay.level;
    last = settle({ level, teamId: moved ? teamAt(level, stay.teamId) : stay.teamId, start, end, moved });
  });
  if (last) pieces.push(last);

  const created = escalation.createdAt.getTime();
  const resolutionStart = escalation.reopenedAt?.getTime() ?? created;
  const resolved = escalation.resolvedAt?.getTime();
  const breached = (minutes: number, start: number, stoppedAt: number | undefined, teamId: string | undefined) =>
    budgetRunOut(calendarOf(teamId), start, stoppedAt ?? now, minutes, pauses) !== null;
  return {
    reached: new Set(pieces.map((p) => p.level)),
    autoEscalatedFrom,
    responseBreached: breached(
      target.responseMinutes,
      created,
      escalation.acknowledgedAt?.getTime(),
      pieces[0]?.teamId,
    ),
    resolutionBreached: breached(
      target.resolutionMinutes,
      resolutionStart,
      resolved !== undefined && resolved >= resolutionStart ? resolved : undefined,
      pieces.at(-1)?.teamId,
    ),
  };
}
