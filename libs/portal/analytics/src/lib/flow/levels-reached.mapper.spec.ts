import { flowReport, previousFlowReport } from './flow.fixture';
import {
  levelsReached,
  levelsReachedChartData,
  levelsReachedPick,
  levelsReachedTable,
  levelsReachedTooltipLabel,
} from './levels-reached.mapper';
import { testDrillLink } from '../shared/drill.fixture';

const comparisonRange = { from: '2026-10-02', to: '2026-10-31' };

describe('levelsReached', () => {
  it('counts each level of either period, with shares in percent, zero where a period never reached it', () => {
    // Comparison L2: 70 of 180 = 38.89 % -> 38.9; it never reached L3.
    expect(levelsReached(flowReport, previousFlowReport).levels).toEqual([
      {
        level: 1,
        label: 'L1 Service Desk',
        reached: 200,
        sharePercent: 100,
        of: 200,
        comparison: { reached: 180, sharePercent: 100, of: 180 },
      },
      {
        level: 2,
        label: 'L2 Team Lead',
        reached: 80,
        sharePercent: 40,
        of: 200,
        comparison: { reached: 70, sharePercent: 38.9, of: 180 },
      },
      {
        level: 3,
        label: 'L3 Engineering',
        reached: 30,
        sharePercent: 15,
        of: 200,
        comparison: { reached: 0, sharePercent: 0, of: 180 },
      },
    ]);
  });

  it('draws the counts, the comparison beside them, with exact tooltips', () => {
    const model = levelsReached(flowReport, previousFlowReport);
    expect(levelsReachedChartData(model).datasets.map((d) => [d.label, d.data])).toEqual([
      ['This period', [200, 80, 30]],
      ['Comparison period', [180, 70, 0]],
    ]);
    expect(levelsReachedTooltipLabel(model, 0, 1)).toBe('This period: 80 escalations (40% of 200)');
    expect(levelsReachedTooltipLabel(model, 1, 1)).toBe('Comparison period: 70 escalations (38.9% of 180)');
    const alone = levelsReached(flowReport, null);
    expect(levelsReachedChartData(alone).datasets.map((d) => d.label)).toEqual(['Escalations that reached the level']);
    expect(levelsReachedTooltipLabel(alone, 0, 2)).toBe('30 escalations (15% of 200)');
  });

  it('opens the escalations that reached a clicked level, in the period of the bar', () => {
    const model = levelsReached(flowReport, previousFlowReport);
    expect(levelsReachedPick(model, { datasetIndex: 0, index: 1 })).toEqual({ target: { basis: 'opened', level: 2 } });
    expect(levelsReachedPick(model, { datasetIndex: 1, index: 1 })).toEqual({
      target: { basis: 'opened', level: 2 },
      range: comparisonRange,
    });
    expect(levelsReachedPick(model, { datasetIndex: 1, index: 2 })).toBeNull();
  });

  it('tables counts and shares, linking the counts', () => {
    const table = levelsReachedTable(levelsReached(flowReport, previousFlowReport), testDrillLink);
    expect(table.rows.map((r) => r.cells)).toEqual([
      { level: 'L1 Service Desk', reached: 200, share: 100, comparisonReached: 180, comparisonShare: 100 },
      { level: 'L2 Team Lead', reached: 80, share: 40, comparisonReached: 70, comparisonShare: 38.9 },
      { level: 'L3 Engineering', reached: 30, share: 15, comparisonReached: 0, comparisonShare: 0 },
    ]);
    expect(table.rows[1]?.links).toEqual({
      reached: { path: '/reports/drill-down', queryParams: { basis: 'opened', level: '2' } },
      comparisonReached: {
        path: '/reports/drill-down',
        queryParams: { basis: 'opened', level: '2', ...comparisonRange },
      },
    });
    expect(Object.keys(table.rows[2]?.links ?? {})).toEqual(['reached']);
  });
});
