import { counted, decimalText, oneDecimal, percent, plural, twoDecimals } from './figures';

describe('figures', () => {
  it('rounds to one or two decimals and turns shares into percentages', () => {
    expect(oneDecimal(18.75)).toBe(18.8);
    expect(oneDecimal(null)).toBeNull();
    expect(twoDecimals(5 / 3)).toBe(1.67);
    // 1/3 = 33.333... % -> 33.3
    expect(percent(1 / 3)).toBe(33.3);
    expect(percent(null)).toBeNull();
  });

  it('writes a figure with at most one decimal and thousands grouped', () => {
    expect(decimalText(1234.56)).toBe('1,234.6');
    expect(decimalText(2)).toBe('2');
  });

  it('says one thing in the singular and any other count in the plural', () => {
    expect(plural(1, 'move')).toBe('move');
    expect(plural(0, 'move')).toBe('moves');
    expect(counted(1, 'escalation')).toBe('1 escalation');
    expect(counted(5, 'stay')).toBe('5 stays');
  });
});
