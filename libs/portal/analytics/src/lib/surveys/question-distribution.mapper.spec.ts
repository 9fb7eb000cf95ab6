import {
  chartedQuestions,
  distributionBars,
  distributionLabel,
  distributionOptions,
  distributionTable,
  RATING_COLOURS,
} from './question-distribution.mapper';
import { INFORMED, OVERALL, RIGHT_LEVEL, SURVEY_REPORT } from './surveys.fixture';

describe('chartedQuestions', () => {
  it('keeps the ratings and choices, not the written answers', () => {
    expect(chartedQuestions(SURVEY_REPORT.questions).map((q) => q.key)).toEqual(['overall', 'informed', 'right_level']);
  });
});

describe('distributionBars', () => {
  it('gives each rating its share of the answers, all responses first, then the groups', () => {
    const bars = distributionBars(OVERALL, 5);
    expect(bars.labels).toEqual(['All responses (n=30)', 'Service Desk (n=26)', 'Network (n=4, too few responses)']);
    // All: 2, 3, 4, 9, 12 of 30 -> 6.7, 10, 13.3, 30, 40. Desk of 26: 3.8, 7.7, 15.4, 30.8, 42.3. Network of 4.
    expect(bars.data.datasets.map((d) => [d.label, d.data, d.backgroundColor])).toEqual([
      ['1 Very dissatisfied', [6.7, 3.8, 25], '#b2182b'],
      ['2 Dissatisfied', [10, 7.7, 25], '#ef8a62'],
      ['3 Neutral', [13.3, 15.4, 0], '#8c8c8c'],
      ['4 Satisfied', [30, 30.8, 25], '#5ab4ac'],
      ['5 Very satisfied', [40, 42.3, 25], '#01665e'],
    ]);
    expect(RATING_COLOURS).toHaveLength(5);
  });

  it('gives choices in their order in the chart palette', () => {
    const bars = distributionBars(RIGHT_LEVEL, 5);
    // All 18, 6, 3 of 27 -> 66.7, 22.2, 11.1; Desk 16, 4, 3 of 23 -> 69.6, 17.4, 13; Network 2, 2, 0 of 4.
    expect(bars.data.datasets.map((d) => [d.label, d.data, d.backgroundColor])).toEqual([
      ['Yes', [66.7, 69.6, 50], '#1f5fa8'],
      ['No', [22.2, 17.4, 50], '#c25e00'],
      ['Not sure', [11.1, 13, 0], '#2e7d32'],
    ]);
  });

  it('gives the count and the share in the tooltip, and says when a row has no answers', () => {
    const bars = distributionBars(INFORMED, 5);
    // Informed "5": 6 of 28 = 21.4 %, 6 of 24 = 25 %, 0 of 4.
    expect(bars.tooltips[4]).toEqual([
      '5 Very satisfied: 6 of 28 (21.4%)',
      '5 Very satisfied: 6 of 24 (25%)',
      '5 Very satisfied: 0 of 4 (0%)',
    ]);
    const unanswered = distributionBars(
      { ...INFORMED, groups: [{ key: 'x', label: 'Quiet', responses: 0, counts: [0, 0, 0, 0, 0] }] },
      5,
    );
    expect(unanswered.rows[1]?.shares).toEqual([null, null, null, null, null]);
    expect(unanswered.tooltips[0]?.[1]).toBe('1 Very dissatisfied: no answers');
  });

  it('stacks the bars to 100 %', () => {
    const options = distributionOptions(distributionBars(OVERALL, 5), false);
    expect(options.scales?.['x']).toMatchObject({ stacked: true, max: 100 });
    expect(options.scales?.['y']).toMatchObject({ stacked: true });
  });

  it('describes the chart with the question and its options', () => {
    expect(distributionLabel(distributionBars(RIGHT_LEVEL, 5), 'severity')).toBe(
      'Stacked bar chart of the answers to "Was it handled at the right level?", each bar adding up to 100 %: all ' +
        'responses first, then per severity, with the options in the order Yes, No, Not sure. The counts are in the table view.',
    );
  });
});

describe('distributionTable', () => {
  it('lists each row with each option’s count and share', () => {
    const table = distributionTable(distributionBars(RIGHT_LEVEL, 5), 'team');
    expect(table.columns.map((c) => c.label)).toEqual([
      'Team',
      'Answers',
      'Yes',
      'Yes (%)',
      'No',
      'No (%)',
      'Not sure',
      'Not sure (%)',
    ]);
    expect(table.rows.map((r) => r.cells)).toEqual([
      {
        group: 'All responses',
        responses: 27,
        count0: 18,
        share0: 66.7,
        count1: 6,
        share1: 22.2,
        count2: 3,
        share2: 11.1,
      },
      {
        group: 'Service Desk',
        responses: 23,
        count0: 16,
        share0: 69.6,
        count1: 4,
        share1: 17.4,
        count2: 3,
        share2: 13,
      },
      { group: 'Network', responses: 4, count0: 2, share0: 50, count1: 2, share1: 50, count2: 0, share2: 0 },
    ]);
  });
});
