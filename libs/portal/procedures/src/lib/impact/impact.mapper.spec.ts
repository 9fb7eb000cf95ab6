import { IMPACT_REPORT } from './impact.fixture';
import {
  caseMixTable,
  forestData,
  forestReach,
  forestView,
  impactTable,
  metricsOn,
  readingOf,
  sideDrillLink,
  tooFewLabels,
} from './impact.mapper';

const [l1, l2, resolution, csat] = IMPACT_REPORT.metrics as [
  (typeof IMPACT_REPORT.metrics)[0],
  (typeof IMPACT_REPORT.metrics)[0],
  (typeof IMPACT_REPORT.metrics)[0],
  (typeof IMPACT_REPORT.metrics)[0],
];

/** The colours of the difference dots (the line dataset's points). */
const dotColours = (data: ReturnType<typeof forestData>) =>
  (data.datasets[1] as { pointBackgroundColor?: unknown } | undefined)?.pointBackgroundColor;

describe('impact mapper', () => {
  it('reads each metric as better, worse, unclear or too few to tell', () => {
    expect(IMPACT_REPORT.metrics.map(readingOf)).toEqual(['better', 'too-few', 'worse', 'unclear']);
    expect(tooFewLabels(IMPACT_REPORT)).toEqual(['Time at L2 Team Leads']);
  });

  it('splits the metrics into times (hours) and rates (percentage points)', () => {
    expect(metricsOn(IMPACT_REPORT, 'hours')).toEqual([l1, l2]);
    expect(metricsOn(IMPACT_REPORT, 'points')).toEqual([resolution, csat]);
  });

  it('draws each interval as a floating bar and the difference as a dot, none for too few', () => {
    const data = forestData([l1, l2]);
    expect(data.labels).toEqual(['Time at L1 Service Desk', 'Time at L2 Team Leads (too few to tell)']);
    expect(data.datasets[0]?.data).toEqual([[-0.3, -0.2], null]);
    expect(data.datasets[1]?.data).toEqual([-0.25, null]);
    expect(dotColours(data)).toEqual(['#2e7d32', '#5f6368']);
  });

  it('draws rates in percentage points, two decimals', () => {
    const data = forestData([resolution, csat]);
    expect(data.datasets[0]?.data).toEqual([
      [5.12, 24.88],
      [-12.3, 3.1],
    ]);
    expect(data.datasets[1]?.data).toEqual([15, -5]);
    expect(dotColours(data)).toEqual(['#b3261e', '#5f6368']);
  });

  it('centres the axis on zero, reaching the farthest bound rounded up, at least 1', () => {
    expect(forestReach([l1, l2])).toBe(1);
    expect(forestReach([resolution, csat])).toBe(25);
  });

  it('tabulates the sides at the same case mix, the counts compared, the change and the sentence', () => {
    const table = impactTable([l1, resolution], 'Caption');
    expect(table.rows.map((r) => r.cells)).toEqual([
      {
        metric: 'Time at L1 Service Desk',
        unit: 'hours',
        a: 0.75,
        nA: 40,
        b: 0.5,
        nB: 40,
        difference: -0.25,
        ciLow: -0.3,
        ciHigh: -0.2,
        naive: -0.38,
        reading: 'Better',
        sentence: 'Time at L1 Service Desk: a sentence.',
      },
      {
        metric: 'Resolution breach rate',
        unit: '%',
        a: 10,
        nA: 40,
        b: 25,
        nB: 40,
        difference: 15,
        ciLow: 5.12,
        ciHigh: 24.88,
        naive: 5,
        reading: 'Worse',
        sentence: 'Resolution breach rate: a sentence.',
      },
    ]);
  });

  it('lists the case mix per severity and category, saying which stratum is left out', () => {
    expect(caseMixTable(IMPACT_REPORT)?.rows.map((r) => r.cells)).toEqual([
      { severity: 'S1', category: 'network', nA: 30, nB: 10, note: '' },
      { severity: 'S2', category: 'database', nA: 10, nB: 30, note: '' },
      { severity: 'S3', category: 'network', nA: 0, nB: 2, note: 'Only one side has it: left out' },
    ]);
  });

  it('labels the chart with what it shows and every finding, and sizes it per row', () => {
    const view = forestView([l1, l2], 'hours', false);
    expect(view?.label).toBe(
      'Forest plot of how much each metric changed from A to B in hours, at the same mix of severities and ' +
        'categories: each difference a dot on its 95 % confidence interval, zero marked. ' +
        'Time at L1 Service Desk: a sentence. Time at L2 Team Leads: a sentence.',
    );
    expect(view?.height).toBe(96 + 2 * 44);
    expect(forestView([], 'points', false)).toBeNull();
  });

  it('links each side to the escalations opened on it', () => {
    expect(sideDrillLink(IMPACT_REPORT.a)).toEqual({
      path: '/reports/drill-down',
      queryParams: {
        basis: 'opened',
        from: '2026-03-02',
        to: '2026-03-09',
        procedureVersionId: '11111111-1111-4111-8111-111111111111',
      },
    });
    const period = { ...IMPACT_REPORT.b, procedureVersionId: null, from: '2026-03-01', to: '2026-03-31' };
    expect(sideDrillLink(period)?.queryParams).toEqual({ basis: 'opened', from: '2026-03-01', to: '2026-03-31' });
    expect(sideDrillLink({ ...period, escalations: 0 })).toBeNull();
  });
});
