import { driftFindings, driftFindingText, driftPeriods, earlyReviewDate, type DriftFigures } from './procedure-drift';

const figures = (escalations: number, resolutionBreaches: number, levels: DriftFigures['levels'] = []) => ({
  escalations,
  resolutionBreaches,
  levels,
});

describe('driftPeriods', () => {
  const published = new Date('2026-01-01T00:00:00.000Z');

  it('takes the first 28 days after publishing as the baseline and the last 28 days as current', () => {
    expect(driftPeriods(published, new Date('2026-03-01T12:00:00.000Z'))).toEqual({
      baseline: { from: published, to: new Date('2026-01-29T00:00:00.000Z') },
      current: { from: new Date('2026-02-01T12:00:00.000Z'), to: new Date('2026-03-01T12:00:00.000Z') },
    });
  });

  it('compares from the first moment the two windows no longer overlap (56 days), not a millisecond before', () => {
    expect(driftPeriods(published, new Date('2026-02-26T00:00:00.000Z'))?.current.from).toEqual(
      new Date('2026-01-29T00:00:00.000Z'),
    );
    expect(driftPeriods(published, new Date('2026-02-25T23:59:59.999Z'))).toBeNull();
  });

  it('follows configured window lengths', () => {
    expect(driftPeriods(published, new Date('2026-01-20T00:00:00.000Z'), { baselineDays: 7, currentDays: 10 })).toEqual(
      {
        baseline: { from: published, to: new Date('2026-01-08T00:00:00.000Z') },
        current: { from: new Date('2026-01-10T00:00:00.000Z'), to: new Date('2026-01-20T00:00:00.000Z') },
      },
    );
  });
});

describe('driftFindings', () => {
  it('finds a resolution breach rate up by more than 5 points: 4/40 = 10 % to 8/50 = 16 %, +6 points', () => {
    expect(driftFindings(figures(40, 4), figures(50, 8))).toEqual([
      {
        measure: 'resolution-breach-rate',
        level: null,
        baseline: 0.1,
        current: 0.16,
        change: 6,
        baselineCount: 40,
        currentCount: 50,
      },
    ]);
  });

  it('does not flag a rise of exactly 5 points (2/20 = 10 % to 3/20 = 15 %)', () => {
    expect(driftFindings(figures(20, 2), figures(20, 3))).toEqual([]);
  });

  it('does not compare the breach rate with fewer than 20 escalations in either window', () => {
    expect(driftFindings(figures(19, 0), figures(40, 20))).toEqual([]);
    expect(driftFindings(figures(40, 0), figures(19, 19))).toEqual([]);
  });

  it('never flags an improvement', () => {
    expect(driftFindings(figures(40, 20), figures(40, 0))).toEqual([]);
  });

  it('finds a level whose p90 rose by more than 25 %: 600 s to 751 s is +25.17 %; 600 s to 750 s (+25 %) is not', () => {
    const baseline = figures(0, 0, [
      { level: 1, stays: 20, p90Seconds: 600 },
      { level: 2, stays: 30, p90Seconds: 600 },
    ]);
    const current = figures(0, 0, [
      { level: 2, stays: 25, p90Seconds: 750 },
      { level: 1, stays: 20, p90Seconds: 751 },
    ]);
    expect(driftFindings(baseline, current)).toEqual([
      {
        measure: 'level-p90',
        level: 1,
        baseline: 600,
        current: 751,
        change: (151 * 100) / 600,
        baselineCount: 20,
        currentCount: 20,
      },
    ]);
    expect(driftFindings(baseline, current)[0]?.change).toBeCloseTo(25.1667, 4);
  });

  it('skips a level with fewer than 20 stays in either window, or one absent from the baseline', () => {
    const baseline = figures(0, 0, [{ level: 1, stays: 19, p90Seconds: 600 }]);
    const current = figures(0, 0, [
      { level: 1, stays: 40, p90Seconds: 6000 },
      { level: 3, stays: 40, p90Seconds: 6000 },
    ]);
    expect(driftFindings(baseline, current)).toEqual([]);
  });

  it('lists the breach rate first, then the levels in order, with configured thresholds', () => {
    const baseline = figures(25, 3, [
      { level: 3, stays: 10, p90Seconds: 600 },
      { level: 2, stays: 10, p90Seconds: 1000 },
    ]);
    const current = figures(30, 18, [
      { level: 3, stays: 10, p90Seconds: 900 },
      { level: 2, stays: 10, p90Seconds: 1100 },
    ]);
    const thresholds = { minEscalations: 25, breachRatePoints: 40, minStays: 10, p90Percent: 10 };
    expect(driftFindings(baseline, current, thresholds).map((f) => [f.measure, f.level, f.change])).toEqual([
      ['resolution-breach-rate', null, 48],
      ['level-p90', 3, 50],
    ]);
  });
});

describe('earlyReviewDate', () => {
  const flagged = new Date('2026-03-01T09:00:00.000Z');

  it('brings the review forward to 14 days after the flag', () => {
    expect(earlyReviewDate(flagged, new Date('2026-07-01T09:00:00.000Z'))).toEqual(
      new Date('2026-03-15T09:00:00.000Z'),
    );
  });

  it('keeps a review that was due sooner, and sets one when there was none', () => {
    const sooner = new Date('2026-03-05T00:00:00.000Z');
    expect(earlyReviewDate(flagged, sooner)).toBe(sooner);
    expect(earlyReviewDate(flagged, null, 7)).toEqual(new Date('2026-03-08T09:00:00.000Z'));
  });
});

describe('driftFindingText', () => {
  it('says a finding in words, with both sample sizes', () => {
    const [breach, level] = [
      ...driftFindings(figures(40, 4), figures(50, 8)),
      ...driftFindings(
        figures(0, 0, [{ level: 1, stays: 20, p90Seconds: 1086 }]),
        figures(0, 0, [{ level: 1, stays: 20, p90Seconds: 2172 }]),
      ),
    ];
    expect(breach && driftFindingText(breach)).toBe(
      'resolution breach rate 10.0 % → 16.0 % (+6.0 points; 40 and 50 escalations)',
    );
    expect(level && driftFindingText(level)).toBe('p90 time at L1 18 min → 36 min (+100 %; 20 and 20 stays)');
  });
});
