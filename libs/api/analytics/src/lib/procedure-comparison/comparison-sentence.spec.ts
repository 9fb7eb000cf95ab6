import { comparisonSentence, type SentenceFigures } from './comparison-sentence';

const versions = { a: 'under v2', b: 'under v3' };
const periods = { a: 'in period A', b: 'in period B' };
const MIX = 'at the same mix of severities and categories';

const hours = (f: Partial<SentenceFigures>): SentenceFigures => ({
  metric: 'time-at-level',
  label: 'Time at L1 Service Desk',
  unit: 'hours',
  difference: null,
  naiveDifference: null,
  ciLow: null,
  ciHigh: null,
  tooFew: false,
  direction: 'unclear',
  nA: 40,
  nB: 30,
  ...f,
});

describe('comparisonSentence', () => {
  it('says a time got shorter, with the interval as magnitudes in one unit', () => {
    const f = hours({ difference: -0.5, naiveDifference: -0.5, ciLow: -0.75, ciHigh: -0.25, direction: 'better' });
    expect(comparisonSentence(f, versions, 20)).toBe(
      `Time at L1 Service Desk was 30 min shorter under v3 than under v2 ${MIX} ` +
        '(95 % CI 15 to 45 min shorter; n = 40 vs 30 escalations): better.',
    );
  });

  it('names both units when the bounds need different ones', () => {
    const f = hours({ difference: -1, naiveDifference: -1, ciLow: -1.5, ciHigh: -0.5, direction: 'better' });
    expect(comparisonSentence(f, versions, 20)).toContain('(95 % CI 30 min to 1.5 h shorter;');
  });

  it('reads a rate in percentage points and says what a comparison blind to case mix would have said', () => {
    const f = hours({
      metric: 'resolution-breach-rate',
      label: 'Resolution breach rate',
      unit: 'share',
      difference: 0.1,
      naiveDifference: -0.02,
      ciLow: 0.05,
      ciHigh: 0.15,
      direction: 'worse',
      nA: 1200,
      nB: 800,
    });
    expect(comparisonSentence(f, periods, 20)).toBe(
      `Resolution breach rate was 10 points higher in period B than in period A ${MIX} ` +
        '(95 % CI 5 to 15 points higher; n = 1,200 vs 800 escalations): worse. ' +
        'Not adjusted for case mix it would read 2 points lower.',
    );
  });

  it('gives signed bounds when the interval spans zero, and calls it too uncertain', () => {
    const f = hours({
      label: 'MTTR (median)',
      metric: 'mttr',
      difference: 0.5,
      naiveDifference: 0.6,
      ciLow: -0.5,
      ciHigh: 1.5,
    });
    expect(comparisonSentence(f, versions, 20)).toBe(
      `MTTR (median) was 30 min longer under v3 than under v2 ${MIX} ` +
        '(95 % CI −30 min to +1.5 h; n = 40 vs 30 escalations): too uncertain to call a change.',
    );
  });

  it('says about the same when the difference rounds to nothing', () => {
    const f = hours({ unit: 'share', label: 'CSAT', metric: 'csat', difference: 0.0004, ciLow: -0.02, ciHigh: 0.03 });
    expect(comparisonSentence(f, versions, 20)).toMatch(/^CSAT was about the same under v3 as under v2 at the same/);
  });

  it('says when there are not enough observations to tell, counting survey responses for CSAT', () => {
    const f = hours({
      metric: 'csat',
      label: 'CSAT (share of 4–5)',
      unit: 'share',
      difference: 0.1,
      ciLow: -0.2,
      ciHigh: 0.3,
      tooFew: true,
      nA: 12,
      nB: 25,
    });
    expect(comparisonSentence(f, versions, 20)).toBe(
      'CSAT (share of 4–5): not enough survey responses yet to tell (n = 12 vs 25 survey responses with a severity ' +
        'and category both sides have; at least 20 each needed).',
    );
  });
});
