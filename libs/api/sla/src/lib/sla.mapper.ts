import type { ClockKind, EscalationSla } from '@ladder/contracts';
import type { PlannedEscalation } from './sla-planner.service';

const KINDS: readonly ClockKind[] = ['response', 'resolution', 'levelBudget', 'updateCadence'];

function targetMinutes({ target, procedure, snapshot }: PlannedEscalation, kind: ClockKind): number {
  switch (kind) {
    case 'response':
      return target.responseMinutes;
    case 'resolution':
      return target.resolutionMinutes;
    case 'levelBudget': {
      const rung = procedure.definition.levels.find((l) => l.level === snapshot.facts.level);
      return rung?.budgetMinutes[snapshot.facts.severity] ?? target.resolutionMinutes;
    }
    case 'updateCadence':
      return target.updateCadenceMinutes;
  }
}

export function toEscalationSla(planned: PlannedEscalation, at: Date): EscalationSla {
  const { plan, calendar, procedure } = planned;
  return {
    escalationId: planned.snapshot.id,
    at: at.toISOString(),
    calendar: { id: calendar.id, name: calendar.name, kind: calendar.definition.kind },
    warningRatio: procedure.definition.warningRatio,
    state: plan.state,
    nextDueAt: plan.nextDueAt?.toISOString() ?? null,
    clocks: KINDS.map((kind) => {
      const reading = plan.clocks[kind];
      const minutes = targetMinutes(planned, kind);
      return {
        kind,
        targetMinutes: minutes,
        startedAt: reading.startedAt.toISOString(),
        dueAt: reading.dueAt.toISOString(),
        warningAt: reading.warningAt.toISOString(),
        elapsedSeconds: reading.elapsedSeconds,
        remainingSeconds: reading.remainingSeconds,
        state: reading.state,
        warning: reading.warning,
        stoppedAt: reading.stoppedAt?.toISOString() ?? null,
      };
    }),
  };
}
