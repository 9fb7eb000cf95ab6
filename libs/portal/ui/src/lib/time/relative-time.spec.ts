import { describeDue, formatMinutes } from './relative-time';

describe('formatMinutes', () => {
  it.each([
    [0.5, 'under 1m'],
    [45, '45m'],
    [60, '1h'],
    [125, '2h 5m'],
    [1440, '1d'],
    [1530, '1d 1h'],
    [4320 + 59, '3d'],
  ])('%p minutes -> %p', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });
});

describe('describeDue', () => {
  const now = Date.parse('2026-11-26T12:00:00Z');

  it('counts down to a future deadline', () => {
    expect(describeDue('2026-11-26T14:05:00Z', now)).toEqual({ text: 'due in 2h 5m', overdue: false });
  });

  it('marks a passed deadline overdue', () => {
    expect(describeDue('2026-11-26T11:50:00Z', now)).toEqual({ text: 'overdue by 10m', overdue: true });
  });
});
