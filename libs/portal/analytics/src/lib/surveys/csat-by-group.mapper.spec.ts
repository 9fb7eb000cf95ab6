import { csatBars, csatBarsLabel, csatBarsOptions, csatTable } from './csat-by-group.mapper';
import { SURVEY_REPORT } from './surveys.fixture';

describe('csatBars', () => {
  const bars = csatBars(SURVEY_REPORT);

  it('draws CSAT per group in percent, with the responses in the label and too-few groups faded', () => {
    // Desk 19 / 26 = 73.08 % -> 73.1; Network 2 / 4 = 50; Field Services no answers.
    expect(bars.labels).toEqual([
      'Service Desk (n=26)',
      'Network (n=4, too few responses)',
      'Field Services (n=0, too few responses)',
    ]);
    const [dataset] = bars.data.datasets;
    expect(dataset?.data).toEqual([73.1, 50, null]);
    expect(dataset?.backgroundColor).toEqual(['#1f5fa8', 'rgba(31, 95, 168, 0.25)', 'rgba(31, 95, 168, 0.25)']);
    expect(dataset?.borderWidth).toEqual([0, 1, 1]);
  });

  it('gives exact figures in the tooltip', () => {
    expect(bars.tooltips).toEqual([
      [
        'CSAT: 73.1% (19 of 26 rated 4 or 5)',
        'CSAT: 50% (2 of 4 rated 4 or 5)',
        'CSAT: no overall satisfaction answers',
      ],
    ]);
    // Desk 26 / 36 = 72.2 %; Network 4 / 14 = 28.6 %.
    expect(bars.footers).toEqual([
      ['Mean score: 4.00', '26 of 38 invited answered (response rate 72.2%)'],
      ['Mean score: 3.00', '4 of 20 invited answered (response rate 28.6%)', 'Too few responses to read as a finding'],
      ['Mean score: –', '0 of 2 invited answered', 'Too few responses to read as a finding'],
    ]);
  });

  it('reads 0 to 100 % without a legend', () => {
    const options = csatBarsOptions(bars, false);
    expect(options.indexAxis).toBe('y');
    expect(options.scales?.['x']).toMatchObject({ beginAtZero: true, max: 100 });
    expect(options.plugins?.legend?.display).toBe(false);
  });

  it('names the dimension in the label', () => {
    expect(csatBarsLabel({ ...SURVEY_REPORT, groupBy: 'level' })).toContain('per level reached');
  });
});

describe('csatTable', () => {
  it('lists invitations, answers and satisfaction per group', () => {
    const table = csatTable(SURVEY_REPORT);
    expect(table.caption).toBe('Survey responses and CSAT per team');
    expect(table.columns[0]?.label).toBe('Team');
    expect(table.rows.map((r) => r.cells)).toEqual([
      {
        group: 'Service Desk',
        invited: 38,
        answered: 26,
        rate: 72.2,
        responses: 26,
        satisfied: 19,
        csat: 73.1,
        mean: 4,
        note: null,
      },
      {
        group: 'Network',
        invited: 20,
        answered: 4,
        rate: 28.6,
        responses: 4,
        satisfied: 2,
        csat: 50,
        mean: 3,
        note: 'Too few responses',
      },
      {
        group: 'Field Services',
        invited: 2,
        answered: 0,
        rate: null,
        responses: 0,
        satisfied: 0,
        csat: null,
        mean: null,
        note: 'Too few responses',
      },
    ]);
  });
});
