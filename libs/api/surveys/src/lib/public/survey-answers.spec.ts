import type { SurveyTemplateDefinition } from '@ladder/contracts';
import { checkAnswers } from './survey-answers';

const DEFINITION: SurveyTemplateDefinition = {
  csatQuestion: 'overall',
  questions: [
    { kind: 'rating', key: 'overall', prompt: 'Overall?', required: true, lowLabel: 'Bad', highLabel: 'Good' },
    {
      kind: 'choice',
      key: 'right_level',
      prompt: 'Right level?',
      required: false,
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ],
    },
    { kind: 'text', key: 'comment', prompt: 'Anything else?', required: false, maxLength: 10 },
  ],
};

describe('checking survey answers', () => {
  it('keeps the answered questions, trims text, leaves out skipped ones and reads the overall rating', () => {
    expect(checkAnswers(DEFINITION, { overall: 4, right_level: 'no', comment: '  slow  ' })).toEqual({
      valid: true,
      answers: { overall: 4, right_level: 'no', comment: 'slow' },
      overall: 4,
    });
    expect(checkAnswers(DEFINITION, { overall: 1, right_level: null, comment: '   ' })).toEqual({
      valid: true,
      answers: { overall: 1 },
      overall: 1,
    });
  });

  it('requires the required questions', () => {
    expect(checkAnswers(DEFINITION, {})).toEqual({
      valid: false,
      fields: { 'answers.overall': ['an answer is required'] },
    });
    expect(checkAnswers(DEFINITION, { overall: null })).toMatchObject({ valid: false });
  });

  it('takes a rating only as a whole number from 1 to 5', () => {
    for (const overall of [0, 6, 2.5, '4']) {
      expect(checkAnswers(DEFINITION, { overall })).toEqual({
        valid: false,
        fields: { 'answers.overall': ['must be a whole number from 1 to 5'] },
      });
    }
    expect(checkAnswers(DEFINITION, { overall: 5 })).toMatchObject({ valid: true, overall: 5 });
  });

  it("takes a choice only among its options' values, and text only up to its length", () => {
    expect(checkAnswers(DEFINITION, { overall: 3, right_level: 'maybe', comment: 'x'.repeat(11) })).toEqual({
      valid: false,
      fields: {
        'answers.right_level': ['must be one of: yes, no'],
        'answers.comment': ['must be at most 10 characters'],
      },
    });
    expect(checkAnswers(DEFINITION, { overall: 3, comment: 7 })).toEqual({
      valid: false,
      fields: { 'answers.comment': ['must be text'] },
    });
    expect(checkAnswers(DEFINITION, { overall: 3, comment: 'x'.repeat(10) })).toMatchObject({ valid: true });
  });

  it('rejects answers to questions the survey does not ask', () => {
    expect(checkAnswers(DEFINITION, { overall: 3, speed: 5 })).toEqual({
      valid: false,
      fields: { 'answers.speed': ['is not a question of this survey'] },
    });
  });
});
