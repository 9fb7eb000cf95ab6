import { emptyFlowReport, flowReport, previousFlowReport } from './flow.fixture';
import { flowFiguresTable } from './flow-figures.mapper';
import { testDrillLink } from '../shared/drill.fixture';

describe('flowFiguresTable', () => {
  it('shows the headline figures rounded to one decimal, the count linked to its escalations', () => {
    // 0.625 -> 62.5 %; MTTA 12.34 min -> 12.3; MTTR 725 min = 12.08 h -> 12.1.
    const table = flowFiguresTable(flowReport, null, testDrillLink);
    expect(table.columns.map((c) => c.label)).toEqual(['Figure', 'Value']);
    expect(table.rows.map((r) => [r.cells['figure'], r.cells['value']])).toEqual([
      ['Escalations opened', 200],
      ['Resolved', 160],
      ['First-level resolution rate (%)', 62.5],
      ['Mean time to acknowledge, MTTA (minutes)', 12.3],
      ['Mean time to resolve, MTTR (hours)', 12.1],
    ]);
    expect(table.rows.map((r) => r.links)).toEqual([
      { value: { path: '/reports/drill-down', queryParams: { basis: 'opened' } } },
      {},
      {},
      {},
      {},
    ]);
  });

  it('sets the comparison beside each figure with the change, from the rounded figures', () => {
    // 200 - 180 = 20; 160 - 150 = 10; 62.5 - 60 = 2.5; 12.3 - 15 = -2.7; MTTR 800 min = 13.3 h: 12.1 - 13.3 = -1.2.
    const table = flowFiguresTable(flowReport, previousFlowReport, testDrillLink);
    expect(table.columns.map((c) => c.label)).toEqual(['Figure', 'This period', 'Comparison period', 'Change']);
    expect(table.rows.map((r) => [r.cells['value'], r.cells['comparison'], r.cells['change']])).toEqual([
      [200, 180, 20],
      [160, 150, 10],
      [62.5, 60, 2.5],
      [12.3, 15, -2.7],
      [12.1, 13.3, -1.2],
    ]);
    expect(table.rows[0]?.links?.['comparison']).toEqual({
      path: '/reports/drill-down',
      queryParams: { basis: 'opened', from: '2026-10-02', to: '2026-10-31' },
    });
  });

  it('leaves rates and means empty where nothing was resolved or acknowledged', () => {
    const table = flowFiguresTable(emptyFlowReport, flowReport, testDrillLink);
    expect(table.rows.map((r) => [r.cells['value'], r.cells['change']])).toEqual([
      [0, -200],
      [0, -160],
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(table.rows[0]?.links).toEqual({
      comparison: {
        path: '/reports/drill-down',
        queryParams: { basis: 'opened', from: '2026-11-01', to: '2026-11-30' },
      },
    });
  });
});
