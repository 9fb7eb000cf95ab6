import type { Impact, ProcedureDefinition, Severity, SeverityTarget, Urgency } from '@ladder/contracts';
import { scenarioGuidance, severityOf } from '@ladder/domain';

export interface OpeningChoice {
  category: string;
  affectedService: string;
  impact: Impact;
  urgency: Urgency;
  level: number;
}

export interface OpeningPreview {
  /** The severity's target: what the escalation will be held to. */
  target: SeverityTarget | null;
  severity: Severity;
  matrixSeverity: Severity;
  level: number;
  levelName: string;
  /** Why it differs from what was asked for, in words; empty when nothing raised it. */
  reasons: string[];
}

/**
 * The severity and entry level a new escalation will get, as the API decides them: the matrix and the requested level,
 * raised by the matching scenario guidelines and floored by the service register's default severity.
 */
export function openingPreview(
  definition: Pick<ProcedureDefinition, 'matrix' | 'scenarios' | 'severities' | 'levels'>,
  choice: OpeningChoice,
  serviceSeverity: Severity | null,
): OpeningPreview {
  const matrixSeverity = severityOf(definition.matrix, choice.impact, choice.urgency);
  const guidance = scenarioGuidance(definition, {
    category: choice.category,
    affectedService: choice.affectedService,
    severity: matrixSeverity,
    level: choice.level,
    serviceSeverity,
  });
  const reasons = guidance.guidelines.flatMap((g) => {
    const raises = [
      ...(g.entryLevel !== undefined && g.entryLevel > choice.level ? [`opens at L${g.entryLevel}`] : []),
      ...(g.minimumSeverity !== undefined ? [`at least ${g.minimumSeverity}`] : []),
    ];
    return raises.length ? [`${g.name}: ${raises.join(', ')}`] : [];
  });
  if (serviceSeverity !== null) reasons.push(`${choice.affectedService} defaults to ${serviceSeverity}`);
  const level = definition.levels.find((l) => l.level === guidance.level);
  return {
    target: definition.severities.find((s) => s.severity === guidance.severity) ?? null,
    severity: guidance.severity,
    matrixSeverity,
    level: guidance.level,
    levelName: level?.name ?? `Level ${guidance.level}`,
    reasons,
  };
}
