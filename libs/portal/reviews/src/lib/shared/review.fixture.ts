import type { ActionItem, ProcessReview, ProcessReviewSummary, ReviewFinding, ReviewSnapshot } from '@ladder/contracts';

export const REVIEW_ID = '00000000-0000-4000-8000-0000000000a1';
export const TEAM_LEADS = '00000000-0000-4000-8000-0000000000b2';
export const OWNER_ID = '00000000-0000-4000-8000-0000000000c3';

export function snapshot(fields: Partial<ReviewSnapshot> = {}): ReviewSnapshot {
  return {
    takenAt: '2026-03-16T09:00:00.000Z',
    escalations: 4,
    resolved: 4,
    firstLevelResolutionRate: 0.5,
    mttaMinutes: 10,
    mttrMinutes: 103,
    slaBreachRate: 0.5,
    breachRates: { response: 0.25, resolution: 0.25, levelBudget: 0.5, updateCadence: 0.5 },
    surveyResponses: 0,
    csat: null,
    timeAtLevel: [{ level: 2, stints: 2, p90Hours: 4 }],
    bottlenecks: [
      {
        level: 2,
        levelName: 'Team Lead',
        teamId: TEAM_LEADS,
        teamName: 'Team Leads',
        stints: 2,
        overBudgetStints: 2,
        hoursOverBudget: 4.33,
        shareOfAllHours: 0.78,
      },
    ],
    ...fields,
  };
}

/** A bottleneck finding unless told otherwise. */
export function finding(fields: Partial<Record<keyof ReviewFinding, unknown>> = {}): ReviewFinding {
  return {
    id: '00000000-0000-4000-8000-0000000000d4',
    kind: 'bottleneck',
    text: 'L2 holds escalations for hours',
    link: { level: 2, teamId: TEAM_LEADS },
    createdByName: 'Dana Whitfield',
    createdAt: '2026-03-16T09:05:00.000Z',
    updatedAt: '2026-03-16T09:05:00.000Z',
    ...fields,
  } as ReviewFinding;
}

export function actionItem(fields: Partial<ActionItem> = {}): ActionItem {
  return {
    id: '00000000-0000-4000-8000-0000000000e5',
    reviewId: REVIEW_ID,
    reviewTitle: 'March review',
    title: 'Faster L2 pickup',
    ownerId: OWNER_ID,
    ownerName: 'Lee Tanaka',
    dueDate: '2026-03-31',
    status: 'open',
    metric: 'mttr-hours',
    level: null,
    direction: 'decrease',
    baseline: 103 / 60,
    target: 1.5,
    measuredValue: null,
    measuredAt: null,
    measuredFrom: null,
    measuredTo: null,
    outcome: null,
    overdue: false,
    rowVersion: 1,
    ...fields,
  };
}

export function summary(fields: Partial<ProcessReviewSummary> = {}): ProcessReviewSummary {
  return {
    id: REVIEW_ID,
    title: 'March review',
    from: '2026-03-01',
    to: '2026-03-14',
    status: 'open',
    createdByName: 'Dana Whitfield',
    createdAt: '2026-03-16T09:00:00.000Z',
    openActionItems: 2,
    overdueActionItems: 1,
    draftProcedureId: null,
    ...fields,
  };
}

export function review(fields: Partial<ProcessReview> = {}): ProcessReview {
  return {
    ...summary(),
    procedureVersions: [{ id: '00000000-0000-4000-8000-0000000000f6', version: 1, name: 'Initial procedure' }],
    closedAt: null,
    draftProcedure: null,
    snapshot: snapshot(),
    findings: [finding()],
    actionItems: [actionItem()],
    ...fields,
  };
}
