import { testDrillLink } from '../shared/drill.fixture';
import { bottlenecksReport } from './bottlenecks.fixture';
import { levelMoveDrill, levelMoveTable, toLevelMoveBars } from './level-moves.mapper';

const NAMES: Record<number, string> = { 1: 'L1 Service Desk', 2: 'L2 Team Lead', 3: 'L3 Specialist' };
const levelName = (level: number) => NAMES[level] ?? `L${level}`;

const report = bottlenecksReport({
  pingPong: {
    escalations: 6,
    pairs: [
      { sentBackFromLevel: 3, sentBackToLevel: 2, escalations: 1 },
      { sentBackFromLevel: 2, sentBackToLevel: 1, escalations: 5 },
    ],
  },
  skippedLevels: [{ fromLevel: 1, toLevel: 3, moves: 4 }],
});
const october = { from: '2026-10-02', to: '2026-10-31' };
const compared = bottlenecksReport({
  ...october,
  pingPong: {
    escalations: 5,
    pairs: [
      { sentBackFromLevel: 3, sentBackToLevel: 2, escalations: 3 },
      { sentBackFromLevel: 4, sentBackToLevel: 3, escalations: 2 },
    ],
  },
});

describe('toLevelMoveBars', () => {
  it('counts the ping-pong pairs, the most frequent first, named by both levels', () => {
    const bars = toLevelMoveBars('ping-pong', report, null, levelName);
    expect(bars.data).toEqual({
      labels: ['L2 Team Lead → L1 Service Desk', 'L3 Specialist → L2 Team Lead'],
      datasets: [{ label: '2026-11-01 to 2026-11-30', data: [5, 1], backgroundColor: '#1f5fa8' }],
    });
    expect(bars.tooltips).toEqual([
      ['2026-11-01 to 2026-11-30: 5 escalations', '2026-11-01 to 2026-11-30: 1 escalation'],
    ]);
    expect(bars.footers).toEqual([[], []]);
  });

  it('counts the skipped-level moves', () => {
    const bars = toLevelMoveBars('skipped-levels', report, null, levelName);
    expect(bars.labels).toEqual(['L1 Service Desk → L3 Specialist']);
    expect(bars.tooltips).toEqual([['2026-11-01 to 2026-11-30: 4 moves']]);
    expect(levelMoveDrill(bars, { datasetIndex: 0, index: 0 })).toEqual({
      target: { basis: 'skipped-levels', fromLevel: 1, toLevel: 3 },
    });
  });

  it('puts the compared period’s counts beside, 0 for a pair that did not happen then, with the change', () => {
    const bars = toLevelMoveBars('ping-pong', report, compared, levelName);
    // Pairs of both periods: 2->1 (5 now, 0 then), 3->2 (1, 3), 4->3 (0, 2), most frequent now first.
    expect(bars.labels).toEqual([
      'L2 Team Lead → L1 Service Desk',
      'L3 Specialist → L2 Team Lead',
      'L4 → L3 Specialist',
    ]);
    expect(bars.data.datasets.map((d) => d.data)).toEqual([
      [5, 1, 0],
      [0, 3, 2],
    ]);
    expect(bars.data.datasets[1]?.label).toBe('2026-10-02 to 2026-10-31 (compared)');
    expect(bars.footers).toEqual([
      ['Change: +5 against the compared period'],
      ['Change: -2 against the compared period'],
      ['Change: -2 against the compared period'],
    ]);
  });
});

describe('levelMoveDrill', () => {
  const bars = toLevelMoveBars('ping-pong', report, compared, levelName);

  it('opens the escalations of the pair, over the bar’s period, and nothing for a bar of 0', () => {
    expect(levelMoveDrill(bars, { datasetIndex: 0, index: 0 })).toEqual({
      target: { basis: 'ping-pong', fromLevel: 2, toLevel: 1 },
    });
    expect(levelMoveDrill(bars, { datasetIndex: 1, index: 2 })).toEqual({
      target: { basis: 'ping-pong', fromLevel: 4, toLevel: 3 },
      range: october,
    });
    expect(levelMoveDrill(bars, { datasetIndex: 0, index: 2 })).toBeNull();
  });
});

describe('levelMoveTable', () => {
  it('lists each pair’s count linked to its escalations', () => {
    const table = levelMoveTable(toLevelMoveBars('ping-pong', report, null, levelName), levelName, testDrillLink);
    expect(table.caption).toBe(
      'Escalations sent back and escalated again, per pair of levels, 2026-11-01 to 2026-11-30',
    );
    expect(table.columns.map((c) => c.label)).toEqual(['Sent back from', 'Sent back to', 'Escalations']);
    expect(table.rows[0]).toEqual({
      cells: { from: 'L2 Team Lead', to: 'L1 Service Desk', count: 5 },
      links: {
        count: { path: '/reports/drill-down', queryParams: { basis: 'ping-pong', fromLevel: '2', toLevel: '1' } },
      },
    });
  });

  it('adds the compared count and the change, linking only counts above 0', () => {
    const table = levelMoveTable(toLevelMoveBars('ping-pong', report, compared, levelName), levelName, testDrillLink);
    expect(table.caption).toBe(
      'Escalations sent back and escalated again, per pair of levels, 2026-11-01 to 2026-11-30 against ' +
        '2026-10-02 to 2026-10-31',
    );
    expect(table.columns.map((c) => c.label)).toEqual([
      'Sent back from',
      'Sent back to',
      'Escalations',
      'Escalations, compared',
      'Change',
    ]);
    expect(table.rows[2]).toEqual({
      cells: { from: 'L4', to: 'L3 Specialist', count: 0, compared: 2, change: -2 },
      links: {
        compared: {
          path: '/reports/drill-down',
          queryParams: { basis: 'ping-pong', fromLevel: '4', toLevel: '3', ...october },
        },
      },
    });
  });
});
