import { flowReport, previousFlowReport } from './flow.fixture';
import { testDrillLink } from '../shared/drill.fixture';
import { transitionMatrixTable } from './transition-matrix.mapper';

const moves = (fromLevel: number, toLevel: number, range = {}) => ({
  path: '/reports/drill-down',
  queryParams: { basis: 'transitions', fromLevel: String(fromLevel), toLevel: String(toLevel), ...range },
});

describe('transitionMatrixTable', () => {
  it('has a row per level and, per level moved to, the moves and their median dwell', () => {
    const table = transitionMatrixTable(flowReport, null, testDrillLink);
    expect(table.columns.map((c) => c.label)).toEqual([
      'From level',
      'To L1: moves',
      'To L1: median dwell (min)',
      'To L2: moves',
      'To L2: median dwell (min)',
      'To L3: moves',
      'To L3: median dwell (min)',
    ]);
    // A level's own cell is empty; a pair without moves counts 0 with no dwell; 90.25 min -> 90.3.
    expect(table.rows.map((r) => r.cells)).toEqual([
      { from: 'L1 Service Desk', moves1: null, dwell1: null, moves2: 70, dwell2: 45.5, moves3: 10, dwell3: 20 },
      { from: 'L2 Team Lead', moves1: 12, dwell1: 90.3, moves2: null, dwell2: null, moves3: 22, dwell3: 240 },
      { from: 'L3 Engineering', moves1: 0, dwell1: null, moves2: 5, dwell2: 600, moves3: null, dwell3: null },
    ]);
    expect(table.rows[0]?.links).toEqual({ moves2: moves(1, 2), moves3: moves(1, 3) });
  });

  it("adds the comparison period's moves, linked over its own range", () => {
    const table = transitionMatrixTable(flowReport, previousFlowReport, testDrillLink);
    // Comparison: L1 -> L2 60, L2 -> L1 8, nothing else.
    expect(table.rows.map((r) => [r.cells['comparison1'], r.cells['comparison2'], r.cells['comparison3']])).toEqual([
      [null, 60, 0],
      [8, null, 0],
      [0, 0, null],
    ]);
    expect(table.rows[1]?.links).toEqual({
      moves1: moves(2, 1),
      comparison1: moves(2, 1, { from: '2026-10-02', to: '2026-10-31' }),
      moves3: moves(2, 3),
    });
  });
});
