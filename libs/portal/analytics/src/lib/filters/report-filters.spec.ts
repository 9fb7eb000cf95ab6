import {
  comparisonRange,
  defaultRange,
  filterParams,
  filtersFromParams,
  presetOf,
  presetRange,
  previousPeriod,
  rangeDays,
  sameRangeYearEarlier,
} from './report-filters';

// Friday 27 November 2026, late in the UTC day.
const now = new Date('2026-11-27T22:30:00Z');

describe('filtersFromParams', () => {
  it('reads the range and every list, comma-separated', () => {
    expect(
      filtersFromParams({ from: '2026-09-01', to: '2026-09-30', severity: 'S1,S2', level: '3', teamId: '' }, now),
    ).toEqual({
      from: '2026-09-01',
      to: '2026-09-30',
      severity: ['S1', 'S2'],
      teamId: [],
      category: [],
      affectedService: [],
      level: ['3'],
      procedureVersionId: [],
    });
  });

  it('falls back to the last 30 days for a missing, impossible or inverted range', () => {
    const last30 = { from: '2026-10-29', to: '2026-11-27' };
    expect(defaultRange(now)).toEqual(last30);
    for (const params of [{}, { from: '2026-02-30', to: '2026-03-01' }, { from: '2026-10-02', to: '2026-10-01' }]) {
      expect(filtersFromParams(params, now)).toMatchObject(last30);
    }
  });
});

describe('filterParams', () => {
  it('joins lists and leaves empty ones out', () => {
    const filters = filtersFromParams({ from: '2026-09-01', to: '2026-09-30', category: 'network,database' }, now);
    expect(filterParams(filters)).toEqual({ from: '2026-09-01', to: '2026-09-30', category: 'network,database' });
  });
});

describe('comparison periods', () => {
  it('takes the previous period of the same length, ending the day before', () => {
    // 1..30 September is 30 days; the 30 days before end on 31 August and start on 2 August.
    expect(rangeDays({ from: '2026-09-01', to: '2026-09-30' })).toBe(30);
    expect(previousPeriod({ from: '2026-09-01', to: '2026-09-30' })).toEqual({ from: '2026-08-02', to: '2026-08-31' });
    expect(comparisonRange({ from: '2026-11-27', to: '2026-11-27' }, 'previous')).toEqual({
      from: '2026-11-26',
      to: '2026-11-26',
    });
  });

  it('takes the same dates a year earlier, 29 February becoming 28', () => {
    expect(sameRangeYearEarlier({ from: '2028-02-01', to: '2028-02-29' })).toEqual({
      from: '2027-02-01',
      to: '2027-02-28',
    });
    expect(comparisonRange({ from: '2026-09-01', to: '2026-09-30' }, 'year')).toEqual({
      from: '2025-09-01',
      to: '2025-09-30',
    });
  });
});

describe('presets', () => {
  it('gives each preset its range on 27 November 2026', () => {
    expect(presetRange('last-7', now)).toEqual({ from: '2026-11-21', to: '2026-11-27' });
    expect(presetRange('last-90', now)).toEqual({ from: '2026-08-30', to: '2026-11-27' });
    expect(presetRange('this-month', now)).toEqual({ from: '2026-11-01', to: '2026-11-27' });
    expect(presetRange('last-month', now)).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(presetRange('this-quarter', now)).toEqual({ from: '2026-10-01', to: '2026-11-27' });
    expect(presetRange('last-12-months', now)).toEqual({ from: '2025-11-28', to: '2026-11-27' });
  });

  it('recognises a preset range and nothing else', () => {
    expect(presetOf({ from: '2026-10-01', to: '2026-10-31' }, now)).toBe('last-month');
    expect(presetOf({ from: '2026-10-02', to: '2026-10-31' }, now)).toBeNull();
  });
});
