import type { FlowReport } from '@ladder/contracts';

// Small flow reports for the mapper and page specs, with figures easy to work out by hand.

/** November 2026: 200 opened, 160 resolved (100 never escalated), L1 -> L2 and L1 -> L3 up, L2 -> L1 back down. */
export const flowReport: FlowReport = {
  from: '2026-11-01',
  to: '2026-11-30',
  escalations: 200,
  resolved: 160,
  firstLevelResolutionRate: 0.625,
  mttaMinutes: 12.34,
  mttrMinutes: 725,
  levels: [
    { level: 1, levelName: 'Service Desk', reached: 200, share: 1 },
    { level: 2, levelName: 'Team Lead', reached: 80, share: 0.4 },
    { level: 3, levelName: 'Engineering', reached: 30, share: 0.15 },
  ],
  transitions: [
    { fromLevel: 1, toLevel: 2, count: 70, medianDwellMinutes: 45.5 },
    { fromLevel: 1, toLevel: 3, count: 10, medianDwellMinutes: 20 },
    { fromLevel: 2, toLevel: 1, count: 12, medianDwellMinutes: 90.25 },
    { fromLevel: 2, toLevel: 3, count: 22, medianDwellMinutes: 240 },
    { fromLevel: 3, toLevel: 2, count: 5, medianDwellMinutes: 600 },
  ],
};

/** The previous 30 days: 180 opened, 150 resolved (90 never escalated), nothing reached L3. */
export const previousFlowReport: FlowReport = {
  from: '2026-10-02',
  to: '2026-10-31',
  escalations: 180,
  resolved: 150,
  firstLevelResolutionRate: 0.6,
  mttaMinutes: 15,
  mttrMinutes: 800,
  levels: [
    { level: 1, levelName: 'Service Desk', reached: 180, share: 1 },
    { level: 2, levelName: 'Team Lead', reached: 70, share: 70 / 180 },
  ],
  transitions: [
    { fromLevel: 1, toLevel: 2, count: 60, medianDwellMinutes: 50 },
    { fromLevel: 2, toLevel: 1, count: 8, medianDwellMinutes: 100 },
  ],
};

export const emptyFlowReport: FlowReport = {
  ...flowReport,
  escalations: 0,
  resolved: 0,
  firstLevelResolutionRate: null,
  mttaMinutes: null,
  mttrMinutes: null,
  levels: [],
  transitions: [],
};
