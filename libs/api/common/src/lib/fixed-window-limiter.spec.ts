import { FixedWindowLimiter } from './fixed-window-limiter';

describe('FixedWindowLimiter', () => {
  it('allows the limit per key and window, then refuses until the next window starts', () => {
    const limiter = new FixedWindowLimiter(2, 60_000);
    const at = (s: number) => s * 1000;
    expect([limiter.take('a', at(0)), limiter.take('a', at(10)), limiter.take('a', at(59))]).toEqual([
      true,
      true,
      false,
    ]);
    expect(limiter.take('b', at(59))).toBe(true);
    expect([limiter.take('a', at(60)), limiter.take('a', at(61)), limiter.take('a', at(119))]).toEqual([
      true,
      true,
      false,
    ]);
  });
});
