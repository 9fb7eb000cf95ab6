import { ARRIVAL_SPIKE_RULE } from '@ladder/contracts';
import { arrivalSpike, arrivalSpikeSubject, arrivalSpikeText } from './arrival-spikes';

describe('arrivalSpike', () => {
  // Mean 3; squared deviations 9+9+4+4+1+1+0+0 = 28, / 7 = 4, so the sample standard deviation is 2: 3 + 3 x 2 = 9.
  const spread = [6, 0, 5, 1, 4, 2, 3, 3];

  it('is a spike only strictly above mean + 3 standard deviations: 9 is not, 10 is', () => {
    expect(arrivalSpike({ observed: 9, baseline: spread })).toBeNull();
    expect(arrivalSpike({ observed: 10, baseline: spread })).toEqual({ mean: 3, stdDev: 2, weeks: 8 });
  });

  it('uses the sample standard deviation: 2.125 on average, sqrt(6.875 / 7) = 0.991 apart, so 5 is not (5.098) and 6 is', () => {
    const baseline = [2, 3, 1, 2, 4, 2, 1, 2];
    expect(arrivalSpike({ observed: 5, baseline })).toBeNull();
    const spike = arrivalSpike({ observed: 6, baseline });
    expect(spike?.mean).toBe(2.125);
    expect(spike?.stdDev).toBeCloseTo(0.991031, 6);
    expect(spike?.weeks).toBe(8);
  });

  it('needs twice the mean on a steady baseline: 10 every week, 19 is not, 20 is', () => {
    const steady = [10, 10, 10, 10];
    expect(arrivalSpike({ observed: 19, baseline: steady })).toBeNull();
    expect(arrivalSpike({ observed: 20, baseline: steady })).toEqual({ mean: 10, stdDev: 0, weeks: 4 });
  });

  it('needs at least 5 arrivals, even where there were none before', () => {
    const none = [0, 0, 0, 0, 0, 0, 0, 0];
    expect(arrivalSpike({ observed: 4, baseline: none })).toBeNull();
    expect(arrivalSpike({ observed: 5, baseline: none })).toEqual({ mean: 0, stdDev: 0, weeks: 8 });
  });

  it('says nothing with fewer than 4 weeks of history, however many arrive', () => {
    expect(arrivalSpike({ observed: 500, baseline: [0, 0, 0] })).toBeNull();
    expect(arrivalSpike({ observed: 500, baseline: [] })).toBeNull();
    expect(arrivalSpike({ observed: 5, baseline: [0, 0, 0, 0] })).toEqual({ mean: 0, stdDev: 0, weeks: 4 });
  });

  it('never compares with fewer than 2 weeks, whatever the rule says', () => {
    const rule = { ...ARRIVAL_SPIKE_RULE, minHistoryWeeks: 1 };
    expect(arrivalSpike({ observed: 5, baseline: [0] }, rule)).toBeNull();
    expect(arrivalSpike({ observed: 5, baseline: [0, 0] }, rule)).toEqual({ mean: 0, stdDev: 0, weeks: 2 });
  });

  it('compares the last 8 weeks with the default figures', () => {
    expect(ARRIVAL_SPIKE_RULE).toEqual({
      baselineWeeks: 8,
      minHistoryWeeks: 4,
      minObserved: 5,
      deviations: 3,
      ratio: 2,
    });
  });
});

describe('arrivalSpikeText', () => {
  it('names the service, the count, the usual count to one decimal and the weeks it is the mean of', () => {
    expect(arrivalSpikeText('affectedService', 'Database', 14, { mean: 2.125, weeks: 8 })).toBe(
      'Service Database: 14 new escalations in the last hour; usually 2.1 at this hour of the week (8 weeks).',
    );
  });

  it('names a category as one', () => {
    expect(arrivalSpikeSubject('category', 'network')).toBe('Category network');
    expect(arrivalSpikeText('category', 'network', 5, { mean: 0, weeks: 4 })).toBe(
      'Category network: 5 new escalations in the last hour; usually 0.0 at this hour of the week (4 weeks).',
    );
  });
});
