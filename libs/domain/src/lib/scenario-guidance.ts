import { SeveritySchema, type ProcedureDefinition, type ScenarioGuideline, type Severity } from '@ladder/contracts';

/** What a new escalation is about and where its opener and the severity matrix would put it. */
export interface GuidanceQuestion {
  category: string;
  affectedService: string;
  /** The severity from the matrix (impact x urgency). */
  severity: Severity;
  /** The level the opener asked for (1 when they did not say). */
  level: number;
  /** The critical-service register's default severity for the affected service, when it has an entry. */
  serviceSeverity?: Severity | null;
}

export interface Guidance {
  /** The guidelines that match, the more specific (category and service) first, then in the procedure's order. */
  guidelines: ScenarioGuideline[];
  /** The highest of the requested level and the guidelines' entry levels. */
  level: number;
  /** The most severe of the matrix severity, the guidelines' minimum severities and the service's default severity. */
  severity: Severity;
}

/** S1 is the most severe: the lowest rank. */
const rank = (severity: Severity) => SeveritySchema.options.indexOf(severity);

export function mostSevere(first: Severity, ...others: Severity[]): Severity {
  return others.reduce((worst, s) => (rank(s) < rank(worst) ? s : worst), first);
}

/** Number of conditions a guideline names: 2 (category and service) is more specific than 1. */
const specificity = (g: ScenarioGuideline) =>
  Number(g.category !== undefined) + Number(g.affectedService !== undefined);

/** Guidelines whose every condition given holds for the category and service; at least one condition must be given. */
export function matchingGuidelines(
  scenarios: readonly ScenarioGuideline[],
  category: string,
  affectedService: string,
): ScenarioGuideline[] {
  return scenarios
    .filter(
      (g) =>
        specificity(g) > 0 &&
        (g.category === undefined || g.category === category) &&
        (g.affectedService === undefined || g.affectedService === affectedService),
    )
    .map((g, order) => ({ g, order }))
    .sort((a, b) => specificity(b.g) - specificity(a.g) || a.order - b.order)
    .map(({ g }) => g);
}

/**
 * Where a new escalation opens and how severe it is once the procedure's scenario guidelines (and the service
 * register's default severity, a floor like a guideline's minimum severity) have been applied. Guidelines only ever
 * raise: a higher entry level, a more severe severity.
 */
export function scenarioGuidance(definition: Pick<ProcedureDefinition, 'scenarios'>, q: GuidanceQuestion): Guidance {
  const guidelines = matchingGuidelines(definition.scenarios, q.category, q.affectedService);
  const floors = guidelines.flatMap((g) => g.minimumSeverity ?? []);
  return {
    guidelines,
    level: Math.max(q.level, ...guidelines.flatMap((g) => g.entryLevel ?? [])),
    severity: mostSevere(q.severity, ...floors, ...(q.serviceSeverity ? [q.serviceSeverity] : [])),
  };
}
