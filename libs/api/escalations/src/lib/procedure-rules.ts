import type { Level, ProcedureDefinition, Severity, SeverityTarget } from '@ladder/contracts';

export function levelOf(definition: ProcedureDefinition, level: number): Level | undefined {
  return definition.levels.find((rung) => rung.level === level);
}

/** The team that takes a category arriving at a level: the route for it, else the level's default team. */
export function teamFor(definition: ProcedureDefinition, rung: Level, category: string): string {
  const route = definition.routes.find((r) => r.level === rung.level && r.category === category);
  return route?.teamId ?? rung.defaultTeamId;
}

export function targetFor(definition: ProcedureDefinition, severity: Severity): SeverityTarget {
  const target = definition.severities.find((s) => s.severity === severity);
  if (!target) throw new Error(`procedure has no target for severity ${severity}`);
  return target;
}
