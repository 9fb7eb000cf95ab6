import { retryDelayMs } from './retry-delay';

describe('retryDelayMs', () => {
  it('doubles from the base delay after each failed attempt', () => {
    expect([1, 2, 3, 4, 8].map((attempts) => retryDelayMs(30_000, attempts))).toEqual([
      30_000, 60_000, 120_000, 240_000, 3_840_000,
    ]);
  });
});
