import { bucketLabel, bucketSpans, bucketStartOf, bucketTitle } from './breach-buckets';

describe('bucketStartOf', () => {
  it('finds the day, the Monday of the ISO week and the 1st of the month, as the API buckets', () => {
    // 4 November 2026 is a Wednesday: its week starts on Monday the 2nd; Sunday 4 January 2026 is in the week of 29 December.
    expect(bucketStartOf('2026-11-04', 'day')).toBe('2026-11-04');
    expect(bucketStartOf('2026-11-04', 'week')).toBe('2026-11-02');
    expect(bucketStartOf('2026-11-02', 'week')).toBe('2026-11-02');
    expect(bucketStartOf('2026-01-04', 'week')).toBe('2025-12-29');
    expect(bucketStartOf('2026-11-30', 'month')).toBe('2026-11-01');
  });
});

describe('bucketSpans', () => {
  it('lists every week the range touches, cutting the first and last to the range', () => {
    expect(bucketSpans({ from: '2026-11-04', to: '2026-11-17' }, 'week')).toEqual([
      { start: '2026-11-02', from: '2026-11-04', to: '2026-11-08' },
      { start: '2026-11-09', from: '2026-11-09', to: '2026-11-15' },
      { start: '2026-11-16', from: '2026-11-16', to: '2026-11-17' },
    ]);
  });

  it('lists months across a year end and a leap February', () => {
    expect(bucketSpans({ from: '2027-12-15', to: '2028-03-01' }, 'month')).toEqual([
      { start: '2027-12-01', from: '2027-12-15', to: '2027-12-31' },
      { start: '2028-01-01', from: '2028-01-01', to: '2028-01-31' },
      { start: '2028-02-01', from: '2028-02-01', to: '2028-02-29' },
      { start: '2028-03-01', from: '2028-03-01', to: '2028-03-01' },
    ]);
  });

  it('lists each day of a day-bucketed range', () => {
    expect(bucketSpans({ from: '2026-02-27', to: '2026-03-01' }, 'day').map((s) => s.start)).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
    ]);
  });
});

describe('bucket names', () => {
  it('labels the axis briefly, with the year only when the range spans two', () => {
    expect(bucketLabel('2026-11-02', 'week', false)).toBe('2 Nov');
    expect(bucketLabel('2025-12-29', 'day', true)).toBe('29 Dec 2025');
    expect(bucketLabel('2026-01-01', 'month', false)).toBe('Jan 2026');
  });

  it('names a bucket in full for tooltips, with the days counted when the range cuts it', () => {
    expect(bucketTitle({ start: '2026-11-02', from: '2026-11-04', to: '2026-11-08' }, 'week')).toBe(
      'Week of 2 Nov 2026 (opened 2026-11-04 to 2026-11-08)',
    );
    expect(bucketTitle({ start: '2026-11-09', from: '2026-11-09', to: '2026-11-15' }, 'week')).toBe(
      'Week of 9 Nov 2026',
    );
    expect(bucketTitle({ start: '2026-11-01', from: '2026-11-01', to: '2026-11-30' }, 'month')).toBe('Nov 2026');
    expect(bucketTitle({ start: '2026-11-04', from: '2026-11-04', to: '2026-11-04' }, 'day')).toBe('4 Nov 2026');
  });
});
