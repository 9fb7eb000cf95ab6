import { answeredAt, commentFiltersText, commentsTable } from './survey-comments.mapper';
import { SURVEY_REPORT } from './surveys.fixture';

describe('commentsTable', () => {
  it('lists each comment with its escalation, linked, and who wrote it', () => {
    const table = commentsTable(SURVEY_REPORT);
    expect(table.columns.map((c) => c.key)).toEqual([
      'answered',
      'score',
      'escalation',
      'title',
      'team',
      'severity',
      'level',
      'question',
      'comment',
      'respondent',
    ]);
    expect(table.rows[0]).toEqual({
      cells: {
        answered: '2026-11-12 09:30',
        score: 2,
        escalation: 'ESC-1042',
        title: 'VPN down for finance',
        team: 'Network',
        severity: 'S2',
        level: 'L3',
        question: 'Anything else?',
        comment: 'Nobody told us for a day.',
        respondent: 'Ana Ruiz <ana@example.com>',
      },
      links: { escalation: { path: '/escalations/10000000-0000-4000-8000-000000001042' } },
    });
    // A respondent without a name shows the address; a comment without an overall score shows none.
    expect(table.rows[1]?.cells['respondent']).toBe('ops@example.com');
    expect(table.rows[2]?.cells['score']).toBeNull();
  });

  it('has no respondent column when surveys are anonymous', () => {
    const anonymous = {
      ...SURVEY_REPORT,
      anonymous: true,
      comments: SURVEY_REPORT.comments.map((c) => ({ ...c, respondent: null })),
    };
    const table = commentsTable(anonymous);
    expect(table.columns.map((c) => c.key)).not.toContain('respondent');
    expect(Object.keys(table.rows[0]?.cells ?? {})).not.toContain('respondent');
  });
});

describe('answeredAt', () => {
  it('gives the UTC day and minute', () => {
    expect(answeredAt('2026-11-10T16:05:59.999Z')).toBe('2026-11-10 16:05');
  });
});

describe('commentFiltersText', () => {
  it('says what the comments are narrowed to, nothing when they are not', () => {
    expect(commentFiltersText('any', '')).toBeNull();
    expect(commentFiltersText('2', '')).toBe('Comments scored 2 or lower');
    expect(commentFiltersText('any', 'slow')).toBe('Comments containing “slow”');
    expect(commentFiltersText('3', 'slow')).toBe('Comments scored 3 or lower and containing “slow”');
  });
});
