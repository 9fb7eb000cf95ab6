import type { SatisfactionDriver } from '@ladder/contracts';
import {
  driverAxisReach,
  driverChart,
  driverChartLabel,
  driverChartOptions,
  driverRows,
  driverSentence,
  driverTable,
} from './survey-drivers.mapper';
import { DRIVERS } from './surveys.fixture';

const [waited, reached, breached, missedUpdate] = DRIVERS as [
  SatisfactionDriver,
  SatisfactionDriver,
  SatisfactionDriver,
  SatisfactionDriver,
];

describe('driverSentence', () => {
  it('says a difference clear of zero in plain words, the interval as magnitudes', () => {
    // -1.1 with CI -1.62 to -0.58: 1.1 lower, 0.6 to 1.6.
    expect(driverSentence(waited, 4)).toBe(
      'Escalations that waited over 4 h at L2 score 1.1 lower (n=12 vs 15, 95 % CI 0.6 to 1.6)',
    );
    // +0.5 with CI 0.08 to 0.92: 0.1 to 0.9 higher.
    expect(driverSentence(missedUpdate, 4)).toBe(
      'Escalations that missed a stakeholder update score 0.5 higher (n=10 vs 20, 95 % CI 0.1 to 0.9)',
    );
  });

  it('reads the issue’s example with thousands grouped', () => {
    const example = {
      ...waited,
      with: { n: 312, mean: 3.1 },
      without: { n: 1204, mean: 4.2 },
      ciLow: -1.4,
      ciHigh: -0.8,
    };
    expect(driverSentence(example, 4)).toBe(
      'Escalations that waited over 4 h at L2 score 1.1 lower (n=312 vs 1,204, 95 % CI 0.8 to 1.4)',
    );
  });

  it('says when the interval spans zero, each bound with its side', () => {
    // -0.46 -> 0.5 lower; CI -1.24 to 0.32.
    expect(driverSentence(reached, 2)).toBe(
      'Escalations that reached L3 score 0.5 lower, which may be no difference at all (n=6 vs 24, 95 % CI 1.2 lower to 0.3 higher)',
    );
    const none = { ...reached, difference: 0.02, ciLow: -0.4, ciHigh: 0.44 };
    expect(driverSentence(none, 2)).toBe(
      'Escalations that reached L3 score about the same, which may be no difference at all (n=6 vs 24, 95 % CI 0.4 lower to 0.4 higher)',
    );
  });

  it('says too few responses rather than a figure', () => {
    expect(driverSentence(breached, 4)).toBe(
      'Escalations that breached an SLA target: too few responses to tell (n=3 vs 27)',
    );
    const noMean = { ...missedUpdate, with: { n: 0, mean: null }, difference: null };
    expect(driverSentence(noMean, 4)).toBe(
      'Escalations that missed a stakeholder update: too few responses to tell (n=0 vs 20)',
    );
  });

  it('names the threshold asked for, and falls back to the API’s label without a level', () => {
    expect(driverSentence(waited, 24)).toMatch(/^Escalations that waited over 24 h at L2 score/);
    expect(driverSentence({ ...waited, level: null }, 4)).toMatch(/^Waited over 4 h at L2 score 1.1 lower/);
  });
});

describe('driverChart', () => {
  const chart = driverChart(driverRows(DRIVERS, 4));

  it('draws each interval as a floating bar and the difference as a point coloured by its reading', () => {
    const [interval, difference] = chart.data.datasets;
    expect(interval).toMatchObject({ type: 'bar', data: [[-1.62, -0.58], [-1.24, 0.32], null, [0.08, 0.92]] });
    expect(difference).toMatchObject({
      type: 'line',
      showLine: false,
      data: [-1.1, -0.46, null, 0.5],
      pointBackgroundColor: ['#b2182b', '#5f6368', '#5f6368', '#01665e'],
    });
    expect(chart.labels[2]).toBe('Escalations that breached an SLA target (too few responses)');
  });

  it('gives the interval, the difference and both means in the tooltip', () => {
    expect(chart.tooltips).toEqual([
      ['95 % CI: −1.6 to −0.6', '95 % CI: −1.2 to +0.3', '', '95 % CI: +0.1 to +0.9'],
      [
        'Difference in mean score: −1.1',
        'Difference in mean score: −0.5',
        'Too few responses to tell',
        'Difference in mean score: +0.5',
      ],
    ]);
    expect(chart.footers?.[0]).toEqual(['With: mean 3.00 (n=12)', 'Without: mean 4.10 (n=15)']);
  });

  it('centres the axis on zero, out to the farthest bound rounded up to half a point', () => {
    // Farthest charted bound: 1.62 -> 2 (the too-few breach's -1.71 is not drawn).
    expect(driverAxisReach(chart.rows)).toBe(2);
    expect(driverAxisReach(driverRows([missedUpdate], 4))).toBe(1);
    expect(driverAxisReach(driverRows([{ ...missedUpdate, ciHigh: 1.2 }], 4))).toBe(1.5);
    expect(driverChartOptions(chart, false).scales?.['x']).toMatchObject({ min: -2, max: 2, beginAtZero: false });
  });

  it('puts every finding into the accessible label', () => {
    expect(driverChartLabel(chart.rows)).toContain('Escalations that reached L3 score 0.5 lower');
  });
});

describe('driverTable', () => {
  it('lists both samples, the difference and its interval', () => {
    const table = driverTable(driverRows(DRIVERS, 4));
    expect(table.rows.map((r) => r.cells)).toEqual([
      {
        factor: 'Escalations that waited over 4 h at L2',
        withN: 12,
        withMean: 3,
        withoutN: 15,
        withoutMean: 4.1,
        difference: -1.1,
        ciLow: -1.62,
        ciHigh: -0.58,
        reading: 'Lower',
      },
      {
        factor: 'Escalations that reached L3',
        withN: 6,
        withMean: 3.5,
        withoutN: 24,
        withoutMean: 3.96,
        difference: -0.46,
        ciLow: -1.24,
        ciHigh: 0.32,
        reading: 'Not clear',
      },
      {
        factor: 'Escalations that breached an SLA target',
        withN: 3,
        withMean: 2.33,
        withoutN: 27,
        withoutMean: 4.04,
        difference: -1.71,
        ciLow: null,
        ciHigh: null,
        reading: 'Too few responses',
      },
      {
        factor: 'Escalations that missed a stakeholder update',
        withN: 10,
        withMean: 4.2,
        withoutN: 20,
        withoutMean: 3.7,
        difference: 0.5,
        ciLow: 0.08,
        ciHigh: 0.92,
        reading: 'Higher',
      },
    ]);
  });
});
