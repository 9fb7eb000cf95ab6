import { EMPTY_SURVEY_REPORT, SURVEY_REPORT } from './surveys.fixture';
import { surveyNotes, surveySummaryTiles } from './survey-summary.mapper';

describe('surveySummaryTiles', () => {
  it('gives invitations, their outcome and satisfaction', () => {
    // Rate 30 / 52 = 57.69 % -> 57.7 %; CSAT 21 / 30 = 70 %; mean 116 / 30 = 3.8667 -> 3.87.
    expect(surveySummaryTiles(SURVEY_REPORT)).toEqual([
      { label: 'Invited', value: '60', detail: '6 awaiting an answer, 2 withdrawn on reopening' },
      { label: 'Answered', value: '30', detail: 'of 60 invited' },
      { label: 'Expired', value: '18', detail: 'and 4 opted out' },
      { label: 'Response rate', value: '57.7%', detail: 'answered of the 52 with a known outcome' },
      { label: 'CSAT', value: '70%', detail: '21 of 30 rated overall satisfaction 4 or 5' },
      { label: 'Mean score', value: '3.87', detail: 'overall satisfaction, 1 (worst) to 5' },
    ]);
  });

  it('shows a dash where nothing was answered', () => {
    const tiles = surveySummaryTiles(EMPTY_SURVEY_REPORT);
    expect(tiles.map((t) => t.value)).toEqual(['0', '0', '0', '–', '–', '–']);
  });

  it('groups thousands', () => {
    const report = { ...SURVEY_REPORT, responseRate: { ...SURVEY_REPORT.responseRate, invited: 1204 } };
    expect(surveySummaryTiles(report)[0]?.value).toBe('1,204');
  });
});

describe('surveyNotes', () => {
  it('says when surveys are anonymous, and always what "too few" means', () => {
    const tooFew =
      'Figures from fewer than 5 responses are marked "too few responses": they are shown, but are not to be read as a finding.';
    expect(surveyNotes(SURVEY_REPORT)).toEqual([tooFew]);
    expect(surveyNotes({ ...SURVEY_REPORT, anonymous: true })).toEqual([
      'Surveys are anonymous: figures and comments are shown without who answered.',
      tooFew,
    ]);
  });
});
