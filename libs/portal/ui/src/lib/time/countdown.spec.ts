import { formatCountdown } from './countdown';

describe('formatCountdown', () => {
  it.each([
    [0, '0:00'],
    [59, '0:59'],
    [60, '1:00'],
    [725, '12:05'],
    [3_599, '59:59'],
    [3_600, '1:00:00'],
    [7_509, '2:05:09'],
    [86_399, '23:59:59'],
    [86_400, '1d 0:00:00'],
    [93_909, '1d 2:05:09'],
    [-725, '12:05'],
    [59.9, '0:59'],
  ])('%p s -> %p', (seconds, text) => {
    expect(formatCountdown(seconds)).toBe(text);
  });
});
