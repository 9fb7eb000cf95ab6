import type { OverviewFigures, OverviewReport } from '@ladder/contracts';

export const figures = (overrides: Partial<OverviewFigures>): OverviewFigures => ({
  escalations: 0,
  resolved: 0,
  firstLevelResolutionRate: null,
  mttaMinutes: null,
  mttrMinutes: null,
  slaBreached: 0,
  slaBreachRate: null,
  surveyResponses: 0,
  csat: null,
  ...overrides,
});

/** November 2026 against the 30 days before it. */
export const OVERVIEW: OverviewReport = {
  from: '2026-11-01',
  to: '2026-11-30',
  previousFrom: '2026-10-02',
  previousTo: '2026-10-31',
  current: figures({
    escalations: 120,
    resolved: 100,
    firstLevelResolutionRate: 0.625,
    mttaMinutes: 30.4,
    mttrMinutes: 245.6,
    slaBreached: 12,
    slaBreachRate: 0.1,
    // 31 of 40 rated 4 or 5
    surveyResponses: 40,
    csat: 0.775,
  }),
  previous: figures({
    escalations: 100,
    resolved: 80,
    firstLevelResolutionRate: 0.6,
    mttaMinutes: 29.8,
    mttrMinutes: 300,
    slaBreached: 15,
    slaBreachRate: 0.15,
    // 20 of 25
    surveyResponses: 25,
    csat: 0.8,
  }),
};

/** The overview asked for November 2025: its `current` is the year-earlier figures; its `previous` is not used. */
export const OVERVIEW_YEAR_EARLIER: OverviewReport = {
  from: '2025-11-01',
  to: '2025-11-30',
  previousFrom: '2025-10-02',
  previousTo: '2025-10-31',
  current: figures({
    escalations: 150,
    resolved: 150,
    firstLevelResolutionRate: 0.5,
    mttaMinutes: 45,
    mttrMinutes: 200,
    slaBreached: 15,
    slaBreachRate: 0.1,
  }),
  previous: figures({ escalations: 1 }),
};
