import type { Impact, Severity, SeverityMatrix, Urgency } from '@ladder/contracts';

export function severityOf(matrix: SeverityMatrix, impact: Impact, urgency: Urgency): Severity {
  const severity = matrix[impact]?.[urgency];
  if (!severity) throw new Error(`severity matrix has no cell for impact ${impact} x urgency ${urgency}`);
  return severity;
}
