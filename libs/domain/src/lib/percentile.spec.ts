import { percentileCont } from './percentile';

describe('percentileCont', () => {
  it('interpolates between ranks like PostgreSQL percentile_cont', () => {
    // positions: p50 -> 1.5 between 20 and 30; p90 -> 2.7 between 30 and 100
    expect(percentileCont([10, 20, 30, 100], 0.5)).toBe(25);
    expect(percentileCont([10, 20, 30, 100], 0.9)).toBeCloseTo(79, 10);
  });

  it('returns the only value for a single element', () => {
    expect(percentileCont([42], 0.9)).toBe(42);
  });

  it('rejects an empty list and a fraction outside 0..1', () => {
    expect(() => percentileCont([], 0.5)).toThrow('empty');
    expect(() => percentileCont([1], 1.5)).toThrow('fraction');
  });
});
