import { otherPeriod, periodsOf, rangeText } from './periods';

describe('periods', () => {
  const november = { from: '2026-11-01', to: '2026-11-30' };
  const october = { from: '2026-10-02', to: '2026-10-31' };

  it('names a range by its first and last day', () => {
    expect(rangeText(november)).toBe('2026-11-01 to 2026-11-30');
  });

  it('names another period with what it is, keeping only its range for the drill-down', () => {
    expect(otherPeriod({ ...october, ...{ bucket: 'week' } }, 'previous')).toEqual({
      label: '2026-10-02 to 2026-10-31 (previous)',
      range: october,
    });
  });

  it('names this period, then the compared one with its range for the drill-down', () => {
    expect(periodsOf(november, null)).toEqual([{ label: '2026-11-01 to 2026-11-30' }]);
    expect(periodsOf({ ...november, ...{ groupBy: 'team' } }, { ...october, ...{ rows: [] } })).toEqual([
      { label: '2026-11-01 to 2026-11-30' },
      { label: '2026-10-02 to 2026-10-31 (compared)', range: october },
    ]);
  });
});
