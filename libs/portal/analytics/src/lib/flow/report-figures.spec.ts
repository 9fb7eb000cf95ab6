import { levelLabel, oneDecimal, percent, truncate } from './report-figures';

describe('report figures', () => {
  it('names a level with its number', () => {
    expect(levelLabel(2, 'Team Lead')).toBe('L2 Team Lead');
  });

  it('rounds to one decimal and turns shares into percentages', () => {
    expect(oneDecimal(18.75)).toBe(18.8);
    expect(percent(1 / 3)).toBe(33.3);
    expect(percent(null)).toBeNull();
  });

  it('cuts a long label with an ellipsis to the length asked', () => {
    expect(truncate('L3 Platform Engineering and Operations', 22)).toBe('L3 Platform Engineeri…');
    expect(truncate('L1 Service Desk', 22)).toBe('L1 Service Desk');
  });
});
