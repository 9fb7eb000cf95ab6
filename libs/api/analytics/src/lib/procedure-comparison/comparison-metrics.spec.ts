import { compareSides, resamplesFor } from './comparison-metrics';
import { toObservations } from './comparison-observations';

describe('resamplesFor', () => {
  it('draws 2,000 resamples while the draws stay within 30 million', () => {
    expect(resamplesFor(0)).toBe(2000);
    expect(resamplesFor(15_000)).toBe(2000);
  });

  it('draws fewer, in hundreds, for larger samples, never fewer than 200', () => {
    expect(resamplesFor(18_800)).toBe(1500);
    expect(resamplesFor(100_000)).toBe(300);
    expect(resamplesFor(311_000)).toBe(200);
  });
});

describe('compareSides', () => {
  it('says there is nothing to tell yet when neither side has finished escalations', () => {
    const none = toObservations([]);
    const metrics = compareSides(none, none, (level) => `L${level}`, { a: 'under v1', b: 'under v2' });
    expect(metrics.map((m) => [m.key, m.difference, m.tooFew, m.direction])).toEqual([
      ['resolution-breach-rate', null, true, 'unclear'],
      ['response-breach-rate', null, true, 'unclear'],
      ['mttr', null, true, 'unclear'],
      ['csat', null, true, 'unclear'],
    ]);
    expect(metrics[2]?.sentence).toBe(
      'MTTR (median): not enough escalations yet to tell (n = 0 vs 0 escalations with a severity and category both ' +
        'sides have; at least 20 each needed).',
    );
  });
});
