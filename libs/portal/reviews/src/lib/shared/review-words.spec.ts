import { actionItemView, findingLinks, formatMetric, periodPresets, snapshotRows, snapshotTiles } from './review-words';
import { actionItem, finding, snapshot } from './review.fixture';

describe('formatMetric', () => {
  it.each([
    ['csat', 0.5, '50 %'],
    ['resolution-breach-rate', 0.125, '12.5 %'],
    ['mttr-hours', 103 / 60, '1.72'],
    ['mtta-minutes', 10, '10'],
    ['time-at-level-p90-hours', 4, '4'],
    ['csat', null, '–'],
  ] as const)('%s %s reads %s', (metric, value, expected) => {
    expect(formatMetric(metric, value)).toBe(expected);
  });
});

describe('snapshot tiles and rows', () => {
  it('shows the headline figures with their units', () => {
    expect(snapshotTiles(snapshot())).toEqual([
      { label: 'Escalations', value: '4' },
      { label: 'First-level resolution', value: '50 %' },
      { label: 'MTTA', value: '10 min' },
      { label: 'MTTR', value: '1.72 h' },
      { label: 'SLA breach rate', value: '50 %' },
      { label: 'CSAT', value: '–' },
    ]);
  });

  it('lists the breach rates and the p90 of each level', () => {
    expect(snapshotRows(snapshot()).slice(-2)).toEqual([
      { label: 'Survey responses', value: '0' },
      { label: 'Time at L2, p90 (2 stays)', value: '4 h' },
    ]);
  });
});

describe('findingLinks', () => {
  const period = { from: '2026-03-01', to: '2026-03-14' };

  it('sends a bottleneck to the bottleneck report of the period, for its level and team', () => {
    expect(findingLinks(finding(), period)).toEqual([
      {
        label: 'L2 bottleneck report',
        path: '/reports/bottlenecks',
        queryParams: { from: '2026-03-01', to: '2026-03-14', level: '2', teamId: finding().link?.teamId },
      },
    ]);
  });

  it('sends survey comments to the escalations they name', () => {
    const comments = finding({
      kind: 'survey-comments',
      link: { surveyResponseIds: [], escalationIds: ['e1', 'e2'] },
    });
    expect(findingLinks(comments, period)).toEqual([
      { label: 'Escalation 1', path: '/escalations/e1' },
      { label: 'Escalation 2', path: '/escalations/e2' },
    ]);
  });

  it('sends a breach pattern to the breach report filtered by its severity', () => {
    const pattern = finding({ kind: 'breach-pattern', link: { breachKind: 'resolution', severity: 'S1' } });
    expect(findingLinks(pattern, period)).toEqual([
      {
        label: 'Resolution breaches of S1',
        path: '/reports/sla-breaches',
        queryParams: { from: '2026-03-01', to: '2026-03-14', severity: 'S1' },
      },
    ]);
  });
});

describe('actionItemView', () => {
  it('reads baseline, target and measure, with a met chip', () => {
    const item = actionItem({ outcome: 'met', measuredValue: 1, measuredFrom: '2026-03-18', measuredTo: '2026-03-31' });
    expect(actionItemView(item)).toEqual({
      metric: 'MTTR (hours)',
      baseline: '1.72',
      target: '≤ 1.5',
      measured: '1 (2026-03-18 to 2026-03-31)',
      outcome: { label: 'Met', tone: 'good' },
      overdue: false,
    });
  });

  it('has no chip before the measure, and names the level of time at level', () => {
    const item = actionItem({ metric: 'time-at-level-p90-hours', level: 2, baseline: 4, target: 2, overdue: true });
    expect(actionItemView(item)).toMatchObject({
      metric: 'Time at level, p90 (hours) at L2',
      measured: 'not yet',
      outcome: null,
      overdue: true,
    });
  });
});

describe('periodPresets', () => {
  it('ends yesterday, and gives the whole previous month', () => {
    expect(periodPresets(new Date('2026-03-16T09:00:00Z'))).toEqual([
      { label: 'Last 30 days', from: '2026-02-14', to: '2026-03-15' },
      { label: 'Last 90 days', from: '2025-12-16', to: '2026-03-15' },
      { label: 'Previous month', from: '2026-02-01', to: '2026-02-28' },
    ]);
  });
});
