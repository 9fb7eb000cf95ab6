import { flowReport } from './flow.fixture';
import {
  flowColours,
  levelMoves,
  levelNamer,
  movesTable,
  sankeyData,
  sankeyLabel,
  sankeyOptions,
  sankeyPick,
  sankeyTooltipLabel,
} from './flow.mapper';
import { testDrillLink } from '../shared/drill.fixture';

const L1 = 'L1 Service Desk';
const L2 = 'L2 Team Lead';
const L3 = 'L3 Engineering';

describe('levelMoves', () => {
  it('splits the moves up the ladder from the moves back down, naming the levels', () => {
    // 90.25 min -> 90.3 at one decimal.
    expect(levelMoves(flowReport)).toEqual({
      up: [
        { fromLevel: 1, toLevel: 2, from: L1, to: L2, count: 70, medianDwellMinutes: 45.5 },
        { fromLevel: 1, toLevel: 3, from: L1, to: L3, count: 10, medianDwellMinutes: 20 },
        { fromLevel: 2, toLevel: 3, from: L2, to: L3, count: 22, medianDwellMinutes: 240 },
      ],
      down: [
        { fromLevel: 2, toLevel: 1, from: L2, to: L1, count: 12, medianDwellMinutes: 90.3 },
        { fromLevel: 3, toLevel: 2, from: L3, to: L2, count: 5, medianDwellMinutes: 600 },
      ],
    });
  });

  it('names a level no report names by its number alone', () => {
    expect(levelNamer(flowReport, null)(4)).toBe('L4');
  });
});

describe('sankey', () => {
  const { up } = levelMoves(flowReport);

  it('draws the moves up as flows, each level in its column up the ladder and in its colour', () => {
    const dataset = sankeyData(up).datasets[0];
    expect(dataset?.data).toEqual([
      { from: L1, to: L2, flow: 70 },
      { from: L1, to: L3, flow: 10 },
      { from: L2, to: L3, flow: 22 },
    ]);
    expect(dataset?.column).toEqual({ [L1]: 0, [L2]: 1, [L3]: 2 });
    // L1 blue, L2 orange, L3 green: each flow shades from its level's colour to the next's.
    expect(flowColours(up)).toEqual({
      from: ['#1f5fa8', '#1f5fa8', '#c25e00'],
      to: ['#c25e00', '#2e7d32', '#2e7d32'],
    });
    const colourOf = dataset?.colorTo as (context: { dataIndex: number }) => string;
    expect(colourOf({ dataIndex: 1 })).toBe('#2e7d32');
  });

  it('gives each flow its moves and median dwell in the tooltip', () => {
    expect(sankeyTooltipLabel(up, 0)).toBe(`${L1} → ${L2}: 70 moves, median 45m at ${L1} before moving`);
    const label = sankeyOptions(up, false).plugins?.tooltip?.callbacks?.label;
    expect(label?.call({} as never, { dataIndex: 2 } as never)).toBe(
      `${L2} → ${L3}: 22 moves, median 4h at ${L2} before moving`,
    );
  });

  it('describes the flows in the canvas label', () => {
    expect(sankeyLabel(flowReport, up)).toBe(
      'Flow diagram of the moves up the ladder of escalations opened from 2026-11-01 to 2026-11-30, each flow as ' +
        `wide as its moves: ${L1} to ${L2}, 70 moves; ${L1} to ${L3}, 10 moves; ${L2} to ${L3}, 22 moves. ` +
        'The same figures are in the table view.',
    );
  });

  it('opens the moves behind a clicked flow', () => {
    expect(sankeyPick(up, { datasetIndex: 0, index: 1 })).toEqual({
      target: { basis: 'transitions', fromLevel: 1, toLevel: 3 },
    });
    expect(sankeyPick(up, { datasetIndex: 0, index: 3 })).toBeNull();
  });
});

describe('movesTable', () => {
  it('lists moves with links to them', () => {
    const table = movesTable('Moves back down', levelMoves(flowReport).down, testDrillLink);
    expect(table.rows).toEqual([
      {
        cells: { from: L2, to: L1, moves: 12, dwell: 90.3 },
        links: {
          moves: { path: '/reports/drill-down', queryParams: { basis: 'transitions', fromLevel: '2', toLevel: '1' } },
        },
      },
      {
        cells: { from: L3, to: L2, moves: 5, dwell: 600 },
        links: {
          moves: { path: '/reports/drill-down', queryParams: { basis: 'transitions', fromLevel: '3', toLevel: '2' } },
        },
      },
    ]);
  });
});
