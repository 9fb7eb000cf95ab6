import { CriticalitySchema, RiskStatusSchema, type Criticality, type RiskStatus } from '@ladder/contracts';

export const CRITICALITIES = CriticalitySchema.options;
export const RISK_STATUSES = RiskStatusSchema.options;

export const CRITICALITY_LABEL: Readonly<Record<Criticality, string>> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

export const RISK_STATUS_LABEL: Readonly<Record<RiskStatus, string>> = {
  open: 'Open',
  mitigated: 'Mitigated',
  accepted: 'Accepted',
};

/** The scale's words, 1 to 5. */
export const LIKELIHOOD_LABEL = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'] as const;
export const IMPACT_LABEL = ['Minimal', 'Minor', 'Moderate', 'Major', 'Severe'] as const;

export type ScoreBand = 'low' | 'medium' | 'high' | 'critical';

/** Likelihood x impact in bands: 1-4 low, 5-9 medium, 10-16 high, 20-25 critical. */
export function scoreBand(score: number): ScoreBand {
  if (score >= 20) return 'critical';
  if (score >= 10) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}
