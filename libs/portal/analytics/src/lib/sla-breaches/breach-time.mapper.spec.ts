import { testDrillLink } from '../shared/drill.fixture';
import {
  breachTime,
  breachTimeChartData,
  breachTimeChartOptions,
  breachTimePick,
  breachTimeTable,
  breachTimeTooltipLabel,
} from './breach-time.mapper';
import { breachesReport, previousBreachesReport } from './sla-breaches.fixture';

const comparisonRange = { from: '2026-10-21', to: '2026-11-03' };

describe('breachTime', () => {
  it('lists the levels of both periods up the ladder, hours to one decimal, zeros where a period had none', () => {
    // 5.25 h -> 5.3, 30.04 h -> 30, 40.56 h -> 40.6; level 3 only in the comparison, level 1 only in this period.
    expect(breachTime(breachesReport, previousBreachesReport).levels).toEqual([
      { level: 1, label: 'L1 Service Desk', escalations: 1, hours: 5.3, comparison: { escalations: 0, hours: 0 } },
      { level: 2, label: 'L2 Team Lead', escalations: 3, hours: 30, comparison: { escalations: 2, hours: 12 } },
      { level: 3, label: 'L3 Engineering', escalations: 0, hours: 0, comparison: { escalations: 1, hours: 40.6 } },
    ]);
  });
});

describe('breachTimeChartData', () => {
  it('draws hours or escalations per level', () => {
    const alone = breachTime(breachesReport, null);
    expect(breachTimeChartData(alone, 'hours').datasets.map((d) => [d.label, d.data])).toEqual([
      ['Hours at the level (SLA calendar)', [5.3, 30]],
    ]);
    const compared = breachTime(breachesReport, previousBreachesReport);
    expect(breachTimeChartData(compared, 'escalations').datasets.map((d) => [d.label, d.data])).toEqual([
      ['This period', [1, 3, 0]],
      ['Comparison period', [0, 2, 1]],
    ]);
  });

  it('shows hours and escalations in the tooltip whichever the bars measure', () => {
    const compared = breachTime(breachesReport, previousBreachesReport);
    expect(breachTimeTooltipLabel(compared, 0, 1)).toBe('This period: 30 h over 3 escalations');
    expect(breachTimeTooltipLabel(compared, 1, 2)).toBe('Comparison period: 40.6 h over 1 escalation');
    expect(breachTimeTooltipLabel(breachTime(breachesReport, null), 0, 0)).toBe('5.3 h over 1 escalation');
  });

  it('shows the legend only when two periods are drawn', () => {
    const legend = (comparison: typeof previousBreachesReport | null) =>
      breachTimeChartOptions(breachTime(breachesReport, comparison), 'hours', false).plugins?.legend?.display;
    expect([legend(null), legend(previousBreachesReport)]).toEqual([false, true]);
  });
});

describe('breachTimePick', () => {
  const model = breachTime(breachesReport, previousBreachesReport);

  it("opens the level's breached escalations, the comparison's over its own period", () => {
    expect(breachTimePick(model, { datasetIndex: 0, index: 0 })).toEqual({
      target: { basis: 'breach-time', atLevel: 1 },
    });
    expect(breachTimePick(model, { datasetIndex: 1, index: 2 })).toEqual({
      target: { basis: 'breach-time', atLevel: 3 },
      range: comparisonRange,
    });
    expect(breachTimePick(model, { datasetIndex: 0, index: 2 })).toBeNull();
  });
});

describe('breachTimeTable', () => {
  it('lists both periods per level, linking the counts above zero', () => {
    const table = breachTimeTable(breachTime(breachesReport, previousBreachesReport), testDrillLink);
    expect(table.rows.map((r) => r.cells)).toEqual([
      { level: 'L1 Service Desk', escalations: 1, hours: 5.3, comparisonEscalations: 0, comparisonHours: 0 },
      { level: 'L2 Team Lead', escalations: 3, hours: 30, comparisonEscalations: 2, comparisonHours: 12 },
      { level: 'L3 Engineering', escalations: 0, hours: 0, comparisonEscalations: 1, comparisonHours: 40.6 },
    ]);
    expect(table.rows[1]?.links).toEqual({
      escalations: { path: '/reports/drill-down', queryParams: { basis: 'breach-time', atLevel: '2' } },
      comparisonEscalations: {
        path: '/reports/drill-down',
        queryParams: { basis: 'breach-time', atLevel: '2', ...comparisonRange },
      },
    });
    expect(Object.keys(table.rows[0]?.links ?? {})).toEqual(['escalations']);
    expect(Object.keys(table.rows[2]?.links ?? {})).toEqual(['comparisonEscalations']);
  });
});
