import type { TriageAcceptance } from '@ladder/contracts';

/** Suggestions shown and kept, one target never shown. */
export const ACCEPTANCE: TriageAcceptance = {
  targets: [
    { target: 'category', shown: 40, accepted: 30, acceptanceRate: 0.75 },
    { target: 'affectedService', shown: 3, accepted: 2, acceptanceRate: 2 / 3 },
    { target: 'team', shown: 1, accepted: 0, acceptanceRate: 0 },
    { target: 'severity', shown: 0, accepted: 0, acceptanceRate: null },
  ],
};
