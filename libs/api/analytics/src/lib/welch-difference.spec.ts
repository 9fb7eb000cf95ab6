import { summarize, welchDifference } from './welch-difference';

describe('welchDifference', () => {
  it('gives the difference of means with Welch–Satterthwaite degrees of freedom and the 95 % interval', () => {
    // a = 5, 4, 4, 3: mean 4, squared deviations 1 + 0 + 0 + 1 = 2, variance 2/3.
    // b = 3, 2, 1, 2, 2: mean 2, squared deviations 1 + 0 + 1 + 0 + 0 = 2, variance 1/2.
    // Difference 2. Squared standard error (2/3)/4 + (1/2)/5 = 1/6 + 1/10 = 4/15 = 0.266667, so SE 0.516398.
    // df = (4/15)² / ((1/6)²/3 + (1/10)²/4) = 0.0711111 / (0.00925926 + 0.0025) = 6.047244.
    // t(0.975, 6.047244) = 2.442285, margin 2.442285 * 0.516398 = 1.261191: CI 0.738809 .. 3.261191
    // (scipy.stats.ttest_ind(a, b, equal_var=False).confidence_interval() agrees).
    const a = summarize([5, 4, 4, 3]);
    const b = summarize([3, 2, 1, 2, 2]);
    expect(a).toEqual({ n: 4, mean: 4, variance: 2 / 3 });
    expect(b).toEqual({ n: 5, mean: 2, variance: 0.5 });
    const result = welchDifference(a, b);
    expect(result?.difference).toBe(2);
    expect(result?.degreesOfFreedom).toBeCloseTo(6.047244, 6);
    expect(result?.ciLow).toBeCloseTo(0.738809, 6);
    expect(result?.ciHigh).toBeCloseTo(3.261191, 6);
    // The other way round: the difference and the interval change sign.
    const reverse = welchDifference(b, a);
    expect([reverse?.difference, reverse?.ciLow, reverse?.ciHigh].map((x) => x?.toFixed(3))).toEqual([
      '-2.000',
      '-3.261',
      '-0.739',
    ]);
  });

  it('gives a 90 % interval when asked', () => {
    // t(0.95, 6.047244) = 1.940465 (scipy): margin 1.940423 * 0.516398 = 1.002052.
    const result = welchDifference(summarize([5, 4, 4, 3]), summarize([3, 2, 1, 2, 2]), 0.9);
    expect(result?.ciLow).toBeCloseTo(0.997948, 5);
    expect(result?.ciHigh).toBeCloseTo(3.002052, 5);
  });

  it('has no interval for a sample of fewer than two', () => {
    expect(welchDifference(summarize([4]), summarize([3, 2]))).toBeNull();
    expect(welchDifference(summarize([4, 5]), summarize([]))).toBeNull();
  });

  it('gives the difference itself when neither sample varies', () => {
    expect(welchDifference(summarize([5, 5]), summarize([2, 2, 2]))).toEqual({
      difference: 3,
      degreesOfFreedom: null,
      ciLow: 3,
      ciHigh: 3,
    });
  });
});
