import { drillCellLink, withoutLinks } from './drill';

describe('drillCellLink', () => {
  const filters = { from: '2026-11-01', to: '2026-11-30', severity: 'S1,S2' };

  it('keeps the filters and adds the narrowing, numbers as text', () => {
    expect(drillCellLink(filters, { target: { basis: 'stints', level: 2, teamId: 'team-net' } })).toEqual({
      path: '/reports/drill-down',
      queryParams: { ...filters, basis: 'stints', level: '2', teamId: 'team-net' },
    });
  });

  it("puts the drill's own period in place of the filters' range", () => {
    const october = { from: '2026-10-02', to: '2026-10-31' };
    expect(drillCellLink(filters, { target: { basis: 'opened' }, range: october }).queryParams).toEqual({
      from: '2026-10-02',
      to: '2026-10-31',
      severity: 'S1,S2',
      basis: 'opened',
    });
  });
});

describe('withoutLinks', () => {
  it('keeps every figure and drops the links', () => {
    const table = {
      caption: 'Stuck',
      columns: [{ key: 'stuck', label: 'Stuck', numeric: true }],
      rows: [{ cells: { stuck: 2 }, links: { stuck: { path: '/reports/drill-down' } } }],
    };
    expect(withoutLinks(table)).toEqual({ ...table, rows: [{ cells: { stuck: 2 } }] });
  });
});
