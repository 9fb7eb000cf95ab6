import type { ProcedureReplayResult } from '@ladder/contracts';
import { breachRateChart, compared, levelChart, levelRows, replayDays, severityRows, signed } from './replay.mapper';

const result: ProcedureReplayResult = {
  procedureVersionId: '00000000-0000-4000-8000-0000000000f1',
  days: 90,
  from: '2026-08-29T08:00:00.000Z',
  to: '2026-11-27T08:00:00.000Z',
  escalations: 13,
  actual: {
    levels: [
      { level: 1, reached: 13, autoEscalations: 2 },
      { level: 2, reached: 5, autoEscalations: 0 },
    ],
    severities: [
      {
        severity: 'S2',
        escalations: 8,
        responseBreaches: 1,
        resolutionBreaches: 2,
        responseBreachRate: 0.125,
        resolutionBreachRate: 0.25,
      },
      {
        severity: 'S1',
        escalations: 3,
        responseBreaches: 0,
        resolutionBreaches: 1,
        responseBreachRate: 0,
        resolutionBreachRate: 1 / 3,
      },
      {
        severity: 'S4',
        escalations: 0,
        responseBreaches: 0,
        resolutionBreaches: 0,
        responseBreachRate: null,
        resolutionBreachRate: null,
      },
    ],
  },
  draft: {
    levels: [
      { level: 1, reached: 13, autoEscalations: 6 },
      { level: 2, reached: 8, autoEscalations: 1 },
      { level: 3, reached: 1, autoEscalations: 0 },
    ],
    severities: [
      {
        severity: 'S1',
        escalations: 3,
        responseBreaches: 0,
        resolutionBreaches: 0,
        responseBreachRate: 0,
        resolutionBreachRate: 0,
      },
      {
        severity: 'S2',
        escalations: 8,
        responseBreaches: 1,
        resolutionBreaches: 3,
        responseBreachRate: 0.125,
        resolutionBreachRate: 0.375,
      },
      {
        severity: 'S4',
        escalations: 0,
        responseBreaches: 0,
        resolutionBreaches: 0,
        responseBreachRate: null,
        resolutionBreachRate: null,
      },
    ],
  },
  assumptions: ['Time at a level is taken as observed.'],
};

describe('replay mapper', () => {
  it('reads the days from the URL, 90 unless one of 30, 60, 90, 180', () => {
    expect([replayDays('30'), replayDays('180'), replayDays('45'), replayDays(null), replayDays('x')]).toEqual([
      30, 180, 90, 90, 90,
    ]);
  });

  it('compares a figure: fewer is better', () => {
    expect(compared(4, 2)).toEqual({ actual: 4, draft: 2, difference: -2, trend: 'better' });
    expect(compared(2, 4)).toEqual({ actual: 2, draft: 4, difference: 2, trend: 'worse' });
    expect(compared(3, 3)).toEqual({ actual: 3, draft: 3, difference: 0, trend: 'same' });
    expect(compared(null, null)).toEqual({ actual: null, draft: null, difference: null, trend: 'unknown' });
  });

  it('puts actual and draft side by side per severity, rates in percent with one decimal', () => {
    expect(severityRows(result)).toEqual([
      {
        severity: 'S1',
        escalations: 3,
        responseBreaches: { actual: 0, draft: 0, difference: 0, trend: 'same' },
        responseRate: { actual: 0, draft: 0, difference: 0, trend: 'same' },
        resolutionBreaches: { actual: 1, draft: 0, difference: -1, trend: 'better' },
        resolutionRate: { actual: 33.3, draft: 0, difference: -33.3, trend: 'better' },
      },
      {
        severity: 'S2',
        escalations: 8,
        responseBreaches: { actual: 1, draft: 1, difference: 0, trend: 'same' },
        responseRate: { actual: 12.5, draft: 12.5, difference: 0, trend: 'same' },
        resolutionBreaches: { actual: 2, draft: 3, difference: 1, trend: 'worse' },
        resolutionRate: { actual: 25, draft: 37.5, difference: 12.5, trend: 'worse' },
      },
      {
        severity: 'S4',
        escalations: 0,
        responseBreaches: { actual: 0, draft: 0, difference: 0, trend: 'same' },
        responseRate: { actual: null, draft: null, difference: null, trend: 'unknown' },
        resolutionBreaches: { actual: 0, draft: 0, difference: 0, trend: 'same' },
        resolutionRate: { actual: null, draft: null, difference: null, trend: 'unknown' },
      },
    ]);
  });

  it('lists every level either side reached, a level only the draft reaches counting 0 actually', () => {
    expect(levelRows(result)).toEqual([
      {
        level: 1,
        reached: { actual: 13, draft: 13, difference: 0, trend: 'same' },
        autoEscalations: { actual: 2, draft: 6, difference: 4, trend: 'worse' },
      },
      {
        level: 2,
        reached: { actual: 5, draft: 8, difference: 3, trend: 'worse' },
        autoEscalations: { actual: 0, draft: 1, difference: 1, trend: 'worse' },
      },
      {
        level: 3,
        reached: { actual: 0, draft: 1, difference: 1, trend: 'worse' },
        autoEscalations: { actual: 0, draft: 0, difference: 0, trend: 'same' },
      },
    ]);
  });

  it('writes a difference with its sign', () => {
    expect([signed(2), signed(-33.3), signed(0), signed(null), signed(1234.5)]).toEqual([
      '+2',
      '−33.3',
      '0',
      '–',
      '+1,234.5',
    ]);
  });

  it('draws breach rates as four bars a severity, with the same figures as a table', () => {
    const view = breachRateChart(severityRows(result), false);
    expect(view.data.labels).toEqual(['S1', 'S2', 'S4']);
    expect(view.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Response breach rate, actual (%)', [0, 12.5, null]],
      ['Response breach rate, draft (%)', [0, 12.5, null]],
      ['Resolution breach rate, actual (%)', [33.3, 25, null]],
      ['Resolution breach rate, draft (%)', [0, 37.5, null]],
    ]);
    expect(view.table.rows[1]?.cells).toEqual({ category: 'S2', s0: 12.5, s1: 12.5, s2: 25, s3: 37.5 });
    expect(view.label).toBe(
      'Bar chart of breach rates per severity, actual and with the draft: S1 resolution 33.3 % actual, 0 % with the draft; ' +
        'S2 resolution 25 % actual, 37.5 % with the draft; S4 resolution – % actual, – % with the draft.',
    );
  });

  it('draws levels reached and auto-escalations, actual beside the draft', () => {
    const view = levelChart(levelRows(result), false);
    expect(view.data.labels).toEqual(['L1', 'L2', 'L3']);
    expect(view.data.datasets.map((d) => d.data)).toEqual([
      [13, 5, 0],
      [13, 8, 1],
      [2, 0, 0],
      [6, 1, 0],
    ]);
    expect(view.table.columns.map((c) => c.label)).toEqual([
      'Level',
      'Reached, actual',
      'Reached, draft',
      'Auto-escalations, actual',
      'Auto-escalations, draft',
    ]);
  });
});
