import { defaultRange, rangeFromParams } from './date-range';

const now = new Date('2026-11-26T17:30:00Z');

describe('date range in the URL', () => {
  it('defaults to the last 30 days, today included', () => {
    expect(defaultRange(now)).toEqual({ from: '2026-10-28', to: '2026-11-26' });
  });

  it('takes a valid range from the URL', () => {
    expect(rangeFromParams({ from: '2026-01-01', to: '2026-03-31' }, now)).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    });
  });

  it('falls back to the default for a malformed or inverted range', () => {
    expect(rangeFromParams({ from: '2026-13-45', to: '2026-03-31' }, now)).toEqual(defaultRange(now));
    expect(rangeFromParams({ from: '2026-04-01', to: '2026-03-31' }, now)).toEqual(defaultRange(now));
    expect(rangeFromParams({ from: '2026-04-01' }, now)).toEqual(defaultRange(now));
  });
});
