import { percentileCont } from './percentile';
import { SeededRandom } from './seeded-random';
import { compareStratified, type StratifiedObservation } from './stratified-comparison';

/** `times` observations in a stratum, cycling through `values`. */
const cases = (stratum: string, values: readonly number[], times = values.length): StratifiedObservation[] =>
  Array.from({ length: times }, (_, i) => ({ stratum, value: values[i % values.length] as number }));

/** `ones` observations of 1 and the rest of 0, `n` in all. */
const outcomes = (stratum: string, n: number, ones: number): StratifiedObservation[] =>
  Array.from({ length: n }, (_, i) => ({ stratum, value: i < ones ? 1 : 0 }));

describe('compareStratified', () => {
  describe("Simpson's paradox: MTTR in minutes, lower is better", () => {
    // A handled mostly easy access cases, B mostly hard network ones.
    //   A: S1|network 10 cases of 190/210 (mean 200), S3|access 40 of 50/70 (mean 60)
    //   B: S1|network 40 cases of 170/190 (mean 180), S3|access 10 of 40/60 (mean 50)
    // Naive: A (10 x 200 + 40 x 60) / 50 = 4400 / 50 = 88; B (40 x 180 + 10 x 50) / 50 = 7700 / 50 = 154: B looks
    // 66 minutes worse. Yet B is faster in each stratum: -20 (network) and -10 (access).
    // Weights: each stratum has 50 of the 100 cases, so 0.5 each; A = 0.5 x 200 + 0.5 x 60 = 130,
    // B = 0.5 x 180 + 0.5 x 50 = 115; B - A = -15.
    const a = [...cases('S1|network', [190, 210], 10), ...cases('S3|access', [50, 70], 40)];
    const b = [...cases('S1|network', [170, 190], 40), ...cases('S3|access', [40, 60], 10)];
    const result = compareStratified(a, b, { statistic: 'mean', better: 'lower' });

    it('says B is worse naively but better in every stratum and standardised', () => {
      expect(result.naiveDifference).toBe(66);
      expect(result.strata).toEqual([
        {
          stratum: 'S1|network',
          weight: 0.5,
          a: { n: 10, estimate: 200 },
          b: { n: 40, estimate: 180 },
          difference: -20,
        },
        { stratum: 'S3|access', weight: 0.5, a: { n: 40, estimate: 60 }, b: { n: 10, estimate: 50 }, difference: -10 },
      ]);
      expect(result.a).toEqual({ n: 50, compared: 50, naive: 88, standardised: 130 });
      expect(result.b).toEqual({ n: 50, compared: 50, naive: 154, standardised: 115 });
      expect(result.difference).toBe(-15);
      expect(result.excluded).toEqual([]);
      expect(result.tooFew).toBe(false);
    });

    it('gives an interval around -15 that excludes 0, so B did better', () => {
      // Each stratum mean varies by 10 / sqrt(n) in the bootstrap (the values are 10 either side of the mean):
      // variance of B - A = 0.25 x (100/10 + 100/40) + 0.25 x (100/40 + 100/10) = 6.25, so a standard error of 2.5
      // and a 95 % interval about 2 x 1.96 x 2.5 = 9.8 wide.
      const { ciLow, ciHigh } = result as { ciLow: number; ciHigh: number };
      expect(ciLow).toBeLessThan(-15);
      expect(ciHigh).toBeGreaterThan(-15);
      expect(ciHigh).toBeLessThan(0);
      expect(ciHigh - ciLow).toBeGreaterThan(9);
      expect(ciHigh - ciLow).toBeLessThan(10.6);
      expect(result.direction).toBe('better');
      expect(result).toMatchObject({ resamples: 2000, seed: 1, confidence: 0.95 });
    });

    it('calls the same change worse when higher is better', () => {
      expect(compareStratified(a, b, { statistic: 'mean', better: 'higher' }).direction).toBe('worse');
    });
  });

  it('compares rates and shows when case mix inflates an improvement', () => {
    // Breach rate (1 = breached), lower is better.
    //   A: S1 10 of 20 (0.5), S2 3 of 30 (0.1); B: S1 4 of 10 (0.4), S2 2 of 40 (0.05).
    // Naive: A 13 / 50 = 0.26, B 6 / 50 = 0.12, so -0.14. Weights: S1 30 / 100 = 0.3, S2 70 / 100 = 0.7.
    // A = 0.3 x 0.5 + 0.7 x 0.1 = 0.22, B = 0.3 x 0.4 + 0.7 x 0.05 = 0.155, so -0.065: less than half the naive gain.
    // Its standard error: sqrt(0.09 x (0.25/20 + 0.24/10) + 0.49 x (0.09/30 + 0.0475/40)) = about 0.073, so the
    // interval (about +-0.14) includes 0.
    const a = [...outcomes('S1', 20, 10), ...outcomes('S2', 30, 3)];
    const b = [...outcomes('S1', 10, 4), ...outcomes('S2', 40, 2)];
    const result = compareStratified(a, b, { statistic: 'rate', better: 'lower' });
    expect(result.naiveDifference).toBeCloseTo(-0.14, 12);
    expect(result.a.standardised).toBeCloseTo(0.22, 12);
    expect(result.b.standardised).toBeCloseTo(0.155, 12);
    expect(result.difference).toBeCloseTo(-0.065, 12);
    expect(result.strata.map((s) => [s.stratum, s.weight, s.a.estimate, s.b.estimate])).toEqual([
      ['S1', 0.3, 0.5, 0.4],
      ['S2', 0.7, 0.1, 0.05],
    ]);
    expect(result.ciLow).toBeLessThan(-0.065);
    expect(result.ciHigh).toBeGreaterThan(0);
    expect(result.direction).toBe('unclear');
  });

  it('compares medians per stratum, as percentileCont does', () => {
    //   A: x [10, 20, 30, 100] -> 25, y [1, 2, 3] -> 2; B: x [5, 15, 20] -> 15, y [4, 6] -> 5.
    // Weights: x 7 / 12, y 5 / 12. A = (7 x 25 + 5 x 2) / 12 = 185 / 12, B = (7 x 15 + 5 x 5) / 12 = 130 / 12,
    // B - A = -55 / 12. Naive: A median of [1, 2, 3, 10, 20, 30, 100] = 10, B of [4, 5, 6, 15, 20] = 6, so -4.
    const a = [...cases('x', [100, 20, 30, 10]), ...cases('y', [3, 1, 2])];
    const b = [...cases('x', [15, 5, 20]), ...cases('y', [6, 4])];
    const result = compareStratified(a, b, { statistic: 'median', better: 'lower', minimumPerGroup: 0 });
    expect(result.strata.map((s) => [s.stratum, s.a.estimate, s.b.estimate, s.difference])).toEqual([
      ['x', 25, 15, -10],
      ['y', 2, 5, 3],
    ]);
    expect(result.a.standardised).toBeCloseTo(185 / 12, 12);
    expect(result.b.standardised).toBeCloseTo(130 / 12, 12);
    expect(result.difference).toBeCloseTo(-55 / 12, 12);
    expect(result.naiveDifference).toBe(-4);
  });

  it('resamples each stratum and group with replacement at its own size: the median interval, redone by sorting', () => {
    // The draws are taken A first (stratum by stratum, resample by resample), then B, from the seeded generator.
    const a = [...cases('x', [9, 1, 7, 3, 5, 11]), ...cases('y', [40, 10, 30, 20, 50])];
    const b = [...cases('x', [2, 8, 4, 6]), ...cases('y', [15, 35, 25])];
    const resamples = 200;
    const result = compareStratified(a, b, { statistic: 'median', better: 'lower', resamples, seed: 9 });

    const random = SeededRandom.fromSeed(9);
    const weights = [10 / 18, 8 / 18];
    const standardised = (strata: number[][]) => {
      const totals = new Array<number>(resamples).fill(0);
      strata.forEach((values, i) => {
        for (let r = 0; r < resamples; r++) {
          const drawn = values.map(() => values[random.nextIndex(values.length)] as number).sort((p, q) => p - q);
          totals[r] = (totals[r] as number) + (weights[i] as number) * percentileCont(drawn, 0.5);
        }
      });
      return totals;
    };
    const totalsA = standardised([
      [1, 3, 5, 7, 9, 11],
      [10, 20, 30, 40, 50],
    ]);
    const totalsB = standardised([
      [2, 4, 6, 8],
      [15, 25, 35],
    ]);
    const differences = totalsB.map((value, r) => value - (totalsA[r] as number)).sort((p, q) => p - q);
    expect(result.ciLow).toBeCloseTo(percentileCont(differences, 0.025), 12);
    expect(result.ciHigh).toBeCloseTo(percentileCont(differences, 0.975), 12);
  });

  it('lists strata found in one group only as excluded, and leaves them out of every estimate', () => {
    // Only S1|db is in both; A's three slow hardware cases and B's five new-category cases are left out.
    const a = [...cases('S1|db', [100], 10), ...cases('S4|hardware', [900], 3)];
    const b = [...cases('S1|db', [60], 15), ...cases('S2|new', [10], 5)];
    const result = compareStratified(a, b, { statistic: 'mean', better: 'lower', minimumPerGroup: 10 });
    expect(result.excluded).toEqual([
      { stratum: 'S2|new', nA: 0, nB: 5 },
      { stratum: 'S4|hardware', nA: 3, nB: 0 },
    ]);
    expect(result.strata.map((s) => [s.stratum, s.weight])).toEqual([['S1|db', 1]]);
    expect(result.a).toEqual({ n: 13, compared: 10, naive: 100, standardised: 100 });
    expect(result.b).toEqual({ n: 20, compared: 15, naive: 60, standardised: 60 });
    // No value varies within a stratum, so every resample gives the same -40: the interval is the point.
    expect([result.difference, result.ciLow, result.ciHigh]).toEqual([-40, -40, -40]);
    expect(result.tooFew).toBe(false);
    expect(result.direction).toBe('better');
  });

  it('is too few to judge when a group has fewer than the threshold in the compared strata', () => {
    // B has 20 cases, but only 14 in a stratum A also has; the default threshold is 20.
    const a = cases('S1|db', [100, 120], 30);
    const b = [...cases('S1|db', [60, 70], 14), ...cases('S2|new', [10], 6)];
    const result = compareStratified(a, b, { statistic: 'mean', better: 'lower' });
    expect(result.tooFew).toBe(true);
    // The interval is still given (it clearly excludes 0), but no verdict is drawn from so few.
    expect(result.difference).toBe(-45);
    expect(result.ciHigh).toBeLessThan(0);
    expect(result.direction).toBe('unclear');
    expect(compareStratified(a, b, { statistic: 'mean', better: 'lower', minimumPerGroup: 14 }).tooFew).toBe(false);
  });

  it('has nothing to compare when no stratum is in both groups', () => {
    const result = compareStratified(cases('S1', [5], 30), cases('S2', [7], 30), {
      statistic: 'mean',
      better: 'lower',
    });
    expect(result).toMatchObject({
      strata: [],
      excluded: [
        { stratum: 'S1', nA: 30, nB: 0 },
        { stratum: 'S2', nA: 0, nB: 30 },
      ],
      a: { n: 30, compared: 0, naive: null, standardised: null },
      b: { n: 30, compared: 0, naive: null, standardised: null },
      naiveDifference: null,
      difference: null,
      ciLow: null,
      ciHigh: null,
      tooFew: true,
      direction: 'unclear',
    });
    expect(compareStratified([], [], { statistic: 'rate', better: 'lower' }).difference).toBeNull();
  });

  it('gives a zero-width interval at 0 when nothing varies, and calls it unclear', () => {
    const same = compareStratified(cases('S2', [4], 25), cases('S2', [4], 25), { statistic: 'mean', better: 'higher' });
    expect([same.difference, same.ciLow, same.ciHigh, same.direction]).toEqual([0, 0, 0, 'unclear']);
    const noBreaches = compareStratified(outcomes('S2', 25, 0), outcomes('S2', 30, 0), {
      statistic: 'rate',
      better: 'lower',
    });
    expect([noBreaches.difference, noBreaches.ciLow, noBreaches.ciHigh, noBreaches.direction]).toEqual([
      0,
      0,
      0,
      'unclear',
    ]);
    // A stratum of one case in each group resamples to itself.
    const single = compareStratified(cases('S1', [30]), cases('S1', [20]), {
      statistic: 'median',
      better: 'lower',
      minimumPerGroup: 1,
    });
    expect([single.difference, single.ciLow, single.ciHigh, single.direction]).toEqual([-10, -10, -10, 'better']);
  });

  describe('the bootstrap', () => {
    const a = [...cases('S1', [10, 40, 25, 70], 30), ...cases('S2', [5, 9, 12], 45)];
    const b = [...cases('S1', [8, 30, 20, 66], 50), ...cases('S2', [4, 7, 12], 25)];
    const options = { statistic: 'mean', better: 'lower' } as const;

    it('repeats the interval with the same seed, contains the point estimate, and moves with another seed', () => {
      const first = compareStratified(a, b, options);
      const again = compareStratified(a, b, options);
      expect(again).toEqual(first);
      expect(first.ciLow).toBeLessThan(first.difference as number);
      expect(first.ciHigh).toBeGreaterThan(first.difference as number);
      const reseeded = compareStratified(a, b, { ...options, seed: 2 });
      expect(reseeded.difference).toBe(first.difference);
      expect([reseeded.ciLow, reseeded.ciHigh]).not.toEqual([first.ciLow, first.ciHigh]);
    });

    it('narrows with a lower confidence', () => {
      const ninety = compareStratified(a, b, { ...options, confidence: 0.9 });
      const ninetyFive = compareStratified(a, b, options);
      expect(ninety.ciLow).toBeGreaterThan(ninetyFive.ciLow as number);
      expect(ninety.ciHigh).toBeLessThan(ninetyFive.ciHigh as number);
    });
  });

  it('covers a known true difference in a large sample whose case mix changed (20,000 cases, 2000 resamples)', () => {
    // Four strata with base MTTRs 30, 60, 120 and 240 minutes and normal noise (sd 20). B is 5 minutes faster in
    // every stratum, so its true standardised difference is -5 whatever the weights; but B's cases lean to the slow
    // strata (shares 10/20/30/40 % against A's 40/30/20/10 %), so the naive difference is far from -5.
    const random = SeededRandom.fromSeed(2024);
    const normal = () => Math.sqrt(-2 * Math.log(1 - random.nextFloat())) * Math.cos(2 * Math.PI * random.nextFloat());
    const bases = [30, 60, 120, 240];
    const group = (shares: readonly number[], shift: number) =>
      shares.flatMap((share, s) =>
        Array.from({ length: share * 100 }, () => ({
          stratum: `S${s + 1}`,
          value: (bases[s] as number) + shift + 20 * normal(),
        })),
      );
    const a = group([40, 30, 20, 10], 0);
    const b = group([10, 20, 30, 40], -5);
    const result = compareStratified(a, b, { statistic: 'mean', better: 'lower' });
    expect([result.a.n, result.b.n]).toEqual([10_000, 10_000]);
    // Naive: A's expected mean is 0.4 x 30 + 0.3 x 60 + 0.2 x 120 + 0.1 x 240 = 78, B's
    // 0.1 x 30 + 0.2 x 60 + 0.3 x 120 + 0.4 x 240 - 5 = 142: about +64, B looking far slower.
    expect(Math.abs((result.naiveDifference as number) - 64)).toBeLessThan(3);
    expect(result.ciLow).toBeLessThan(-5);
    expect(result.ciHigh).toBeGreaterThan(-5);
    expect(result.ciHigh).toBeLessThan(0);
    expect(result.direction).toBe('better');
  });

  it('rejects values the statistic cannot use and meaningless options', () => {
    const rate = { statistic: 'rate', better: 'lower' } as const;
    expect(() => compareStratified(cases('S1', [0.5]), [], rate)).toThrow('0 or 1');
    expect(() => compareStratified([], cases('S1', [Number.NaN]), { ...rate, statistic: 'mean' })).toThrow('finite');
    expect(() => compareStratified([], [], { ...rate, resamples: 0 })).toThrow('resamples');
    expect(() => compareStratified([], [], { ...rate, confidence: 1 })).toThrow('confidence');
    expect(() => compareStratified([], [], { ...rate, minimumPerGroup: -1 })).toThrow('minimumPerGroup');
  });
});
