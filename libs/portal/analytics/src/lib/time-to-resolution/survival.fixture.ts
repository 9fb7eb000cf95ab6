import type { SurvivalReport } from '@ladder/contracts';

/**
 * November 2026. S1: four escalations, resolved after 30, 90 and 240 minutes, one still open after 120 (censored):
 * at risk 4 -> 3/4 = 0.75; at risk 3 -> 0.75 * 2/3 = 0.5; the censored one leaves at 120; at risk 1 -> 0.
 * S3: three, one resolved after 100 minutes (2/3 still unresolved), two still open after 500 and 700.
 */
export const SURVIVAL: SurvivalReport = {
  from: '2026-11-01',
  to: '2026-11-30',
  series: [
    {
      severity: 'S1',
      escalations: 4,
      resolved: 3,
      stillOpen: 1,
      medianMinutes: 90,
      p90Minutes: 240,
      points: [
        { minutes: 30, survival: 0.75, atRisk: 4, resolved: 1, censored: 0 },
        { minutes: 90, survival: 0.5, atRisk: 3, resolved: 1, censored: 0 },
        { minutes: 120, survival: 0.5, atRisk: 2, resolved: 0, censored: 1 },
        { minutes: 240, survival: 0, atRisk: 1, resolved: 1, censored: 0 },
      ],
    },
    {
      severity: 'S3',
      escalations: 3,
      resolved: 1,
      stillOpen: 2,
      medianMinutes: null,
      p90Minutes: null,
      points: [
        { minutes: 100, survival: 2 / 3, atRisk: 3, resolved: 1, censored: 0 },
        { minutes: 500, survival: 2 / 3, atRisk: 2, resolved: 0, censored: 1 },
        { minutes: 700, survival: 2 / 3, atRisk: 1, resolved: 0, censored: 1 },
      ],
    },
  ],
};

/** October 2026: two S1 escalations, resolved after 60 and 180 minutes. */
export const SURVIVAL_MONTH_BEFORE: SurvivalReport = {
  from: '2026-10-02',
  to: '2026-10-31',
  series: [
    {
      severity: 'S1',
      escalations: 2,
      resolved: 2,
      stillOpen: 0,
      medianMinutes: 60,
      p90Minutes: 180,
      points: [
        { minutes: 60, survival: 0.5, atRisk: 2, resolved: 1, censored: 0 },
        { minutes: 180, survival: 0, atRisk: 1, resolved: 1, censored: 0 },
      ],
    },
  ],
};
