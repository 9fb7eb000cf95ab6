import type { ReviewFigures } from '@ladder/contracts';
import { metricValue, outcomeOf, remeasureWindow } from './review-metrics';

const figures: ReviewFigures = {
  escalations: 8,
  resolved: 6,
  firstLevelResolutionRate: 0.5,
  mttaMinutes: 12,
  mttrMinutes: 150,
  slaBreachRate: 0.25,
  breachRates: { response: 0.125, resolution: 0.375, levelBudget: 0.5, updateCadence: null },
  surveyResponses: 4,
  csat: 0.75,
  timeAtLevel: [
    { level: 1, stints: 8, p90Hours: 1.5 },
    { level: 2, stints: 3, p90Hours: 4 },
  ],
};

describe('metricValue', () => {
  it.each([
    ['mttr-hours', null, 2.5],
    ['mtta-minutes', null, 12],
    ['first-level-resolution-rate', null, 0.5],
    ['resolution-breach-rate', null, 0.375],
    ['response-breach-rate', null, 0.125],
    ['level-budget-breach-rate', null, 0.5],
    ['time-at-level-p90-hours', 2, 4],
    ['time-at-level-p90-hours', 3, null],
    ['csat', null, 0.75],
  ] as const)('reads %s (level %s) as %s', (metric, level, expected) => {
    expect(metricValue(figures, metric, level)).toBe(expected);
  });

  it('has no MTTR when nothing was resolved', () => {
    expect(metricValue({ ...figures, mttrMinutes: null }, 'mttr-hours', null)).toBeNull();
  });
});

describe('outcomeOf', () => {
  it.each([
    ['decrease', 2, 2, 'met'],
    ['decrease', 2.01, 2, 'not-met'],
    ['increase', 0.8, 0.8, 'met'],
    ['increase', 0.79, 0.8, 'not-met'],
    ['increase', null, 0.8, 'no-data'],
  ] as const)('%s to %s against target %s is %s', (direction, value, target, expected) => {
    expect(outcomeOf(direction, value, target)).toBe(expected);
  });
});

describe('remeasureWindow', () => {
  const march = { from: '2026-03-01', to: '2026-03-14' };

  it('is as long as the period and ends on the due date', () => {
    expect(remeasureWindow(march, '2026-04-30')).toEqual({ from: '2026-04-17', to: '2026-04-30' });
  });

  it('starts no earlier than the day after the period', () => {
    expect(remeasureWindow(march, '2026-03-20')).toEqual({ from: '2026-03-15', to: '2026-03-20' });
  });

  it('has no window for a due date within the period', () => {
    expect(remeasureWindow(march, '2026-03-14')).toBeNull();
  });
});
