import type { BreachCounts, BreachKind, BreachTally } from '@ladder/contracts';

/** How each breach kind is named to a manager, in the order of `BREACH_KINDS`. */
export const BREACH_KIND_LABELS: Readonly<Record<BreachKind, string>> = {
  response: 'Response',
  resolution: 'Resolution',
  'level-budget': 'Level budget',
  'update-cadence': 'Update cadence',
};

const TALLY_OF: Readonly<Record<BreachKind, Exclude<keyof BreachCounts, 'escalations'>>> = {
  response: 'response',
  resolution: 'resolution',
  'level-budget': 'levelBudget',
  'update-cadence': 'updateCadence',
};

/** The tally of one breach kind among a row's counts (the kinds are kebab-case, the fields camelCase). */
export const tallyOf = (counts: BreachCounts, kind: BreachKind): BreachTally => counts[TALLY_OF[kind]];
