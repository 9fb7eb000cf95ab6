import type { Escalation, TriageTarget } from '@ladder/contracts';
import type { ShownSuggestion } from '../shared/triage-suggestion';

export type CurrentTriage = Pick<Escalation, 'category' | 'affectedService' | 'teamId' | 'teamName' | 'severity'>;

/** What the escalation has now for a target: the value a suggestion is compared with, and how to show it. */
function current(target: TriageTarget, e: CurrentTriage): { value: string; label: string } {
  switch (target) {
    case 'category':
      return { value: e.category, label: e.category };
    case 'affectedService':
      return { value: e.affectedService, label: e.affectedService };
    case 'team':
      return { value: e.teamId, label: e.teamName };
    case 'severity':
      return { value: e.severity, label: e.severity };
  }
}

/** "Routing put it in network; its text suggests database.", or null when the suggestion is what it has. */
export function triageDifference(suggestion: ShownSuggestion, escalation: CurrentTriage): string | null {
  const now = current(suggestion.target, escalation);
  return now.value === suggestion.value
    ? null
    : `Routing put it in ${now.label}; its text suggests ${suggestion.label}.`;
}
