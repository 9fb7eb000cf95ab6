import { testDrillLink } from '../shared/drill.fixture';
import { breachTotalsSubtitle, breachTotalsTable } from './breach-totals.mapper';
import { breachesReport, previousBreachesReport } from './sla-breaches.fixture';

describe('breachTotalsTable', () => {
  it('counts each kind with its share of the escalations, linking the counts to their breaches', () => {
    // Of 20 opened: response 5 = 25 %, resolution 4 = 20 %, level budget 4 = 20 %, update cadence 3 = 15 %.
    const table = breachTotalsTable(breachesReport, null, testDrillLink);
    expect(table.columns.map((c) => c.label)).toEqual(['Target', 'Breached', 'Share of escalations (%)']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      { kind: 'Response', breached: 5, share: 25 },
      { kind: 'Resolution', breached: 4, share: 20 },
      { kind: 'Level budget', breached: 4, share: 20 },
      { kind: 'Update cadence', breached: 3, share: 15 },
    ]);
    expect(table.rows[2]?.links).toEqual({
      breached: { path: '/reports/drill-down', queryParams: { basis: 'breaches', kind: 'level-budget' } },
    });
  });

  it("sets the comparison period's counts and shares beside them, with the change", () => {
    // Comparison: 3 resolution breaches of 13 opened = 23.08 % -> 23.1; change 4 - 3 = 1, 20 - 23.1 = -3.1 points.
    const table = breachTotalsTable(breachesReport, previousBreachesReport, testDrillLink);
    expect(table.rows.map((r) => r.cells)).toEqual([
      {
        kind: 'Response',
        breached: 5,
        share: 25,
        comparisonBreached: 0,
        comparisonShare: 0,
        change: 5,
        shareChange: 25,
      },
      {
        kind: 'Resolution',
        breached: 4,
        share: 20,
        comparisonBreached: 3,
        comparisonShare: 23.1,
        change: 1,
        shareChange: -3.1,
      },
      {
        kind: 'Level budget',
        breached: 4,
        share: 20,
        comparisonBreached: 0,
        comparisonShare: 0,
        change: 4,
        shareChange: 20,
      },
      {
        kind: 'Update cadence',
        breached: 3,
        share: 15,
        comparisonBreached: 0,
        comparisonShare: 0,
        change: 3,
        shareChange: 15,
      },
    ]);
    expect(table.rows[1]?.links?.['comparisonBreached']).toEqual({
      path: '/reports/drill-down',
      queryParams: { basis: 'breaches', kind: 'resolution', from: '2026-10-21', to: '2026-11-03' },
    });
    expect(table.rows[0]?.links?.['comparisonBreached']).toBeUndefined();
  });

  it('says whom the shares are of', () => {
    expect(breachTotalsSubtitle(breachesReport, previousBreachesReport)).toBe(
      'Of 20 escalations opened from 2026-11-04 to 2026-11-17; comparison: 13 escalations opened from 2026-10-21 ' +
        'to 2026-11-03. An escalation counts once in each kind it breached.',
    );
  });
});
