import { horizontalChartHeight, periodsOf, shortLabel } from './report-parts';

describe('shortLabel', () => {
  it('keeps a label that fits and cuts a longer one to 34 characters with an ellipsis', () => {
    expect(shortLabel('L1 Service Desk · Service Desk')).toBe('L1 Service Desk · Service Desk');
    // 55 characters: the first 33 are "L2 Team Lead · Infrastructure and", then the ellipsis.
    expect(shortLabel('L2 Team Lead · Infrastructure and Networking Operations')).toBe(
      'L2 Team Lead · Infrastructure and…',
    );
  });
});

describe('horizontalChartHeight', () => {
  it('gives each row its room above 96 px for the axis and legend, and never less than three rows', () => {
    expect(horizontalChartHeight(10, 44)).toBe(96 + 10 * 44);
    expect(horizontalChartHeight(1, 44)).toBe(96 + 3 * 44);
  });
});

describe('periodsOf', () => {
  it('names this period, then the compared one with its range for the drill-down', () => {
    const november = { from: '2026-11-01', to: '2026-11-30' };
    const october = { from: '2026-10-02', to: '2026-10-31' };
    expect(periodsOf(november, null)).toEqual([{ label: '2026-11-01 to 2026-11-30' }]);
    expect(periodsOf({ ...november, ...{ groupBy: 'team' } }, { ...october, ...{ rows: [] } })).toEqual([
      { label: '2026-11-01 to 2026-11-30' },
      { label: '2026-10-02 to 2026-10-31 (compared)', range: october },
    ]);
  });
});
