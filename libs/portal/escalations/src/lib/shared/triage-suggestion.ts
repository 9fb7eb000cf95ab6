import {
  type TriageSuggestion,
  type TriageSuggestions,
  type TriageTarget,
  TriageTargetSchema,
} from '@ladder/contracts';

export interface ShownSuggestion extends TriageSuggestion {
  target: TriageTarget;
}

/** What each suggestion is for, as the agent reads it. */
export const TRIAGE_TARGET_NAME: Readonly<Record<TriageTarget, string>> = {
  category: 'Category',
  affectedService: 'Affected service',
  team: 'Usually resolved by',
  severity: 'Usually opened as',
};

/** The targets with a suggestion, in the contract's order; none without an answer. */
export function suggestionsOf(answer: TriageSuggestions | null): ShownSuggestion[] {
  if (!answer) return [];
  return TriageTargetSchema.options.flatMap((target) => {
    const suggestion = answer[target];
    return suggestion ? [{ target, ...suggestion }] : [];
  });
}

/** "91 % sure · because of “replication”, “lag”": how sure the model is and the words that drove it. */
export function suggestionReason({ confidence, drivingWords }: Pick<TriageSuggestion, 'confidence' | 'drivingWords'>) {
  const sure = `${Math.round(confidence * 100)} % sure`;
  return drivingWords.length ? `${sure} · because of “${drivingWords.join('”, “')}”` : sure;
}
