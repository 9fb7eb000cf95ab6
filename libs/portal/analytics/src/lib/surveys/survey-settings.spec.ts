import { commentSearch, surveyQueryParams } from './survey-settings';

describe('surveyQueryParams', () => {
  it('always sends the grouping and the threshold, the comment filters only when set', () => {
    const base = { groupBy: 'team', hoursAtLevel: '4', commentMaxScore: 'any', commentText: '' } as const;
    expect(surveyQueryParams(base)).toEqual({ groupBy: 'team', hoursAtLevel: '4' });
    expect(surveyQueryParams({ ...base, groupBy: 'level', commentMaxScore: '2', commentText: 'slow' })).toEqual({
      groupBy: 'level',
      hoursAtLevel: '4',
      commentMaxScore: '2',
      commentText: 'slow',
    });
  });
});

describe('commentSearch', () => {
  it('trims the search and cuts it to the 100 characters the API takes', () => {
    expect(commentSearch('  too slow  ')).toBe('too slow');
    expect(commentSearch('   ')).toBe('');
    expect(commentSearch(undefined)).toBe('');
    expect(commentSearch('a'.repeat(120))).toBe('a'.repeat(100));
    // Cut within a gap, the space left at the end goes too.
    expect(commentSearch(`${'b'.repeat(99)} c`)).toBe('b'.repeat(99));
  });
});
