import type { SurveyQuestion } from '@ladder/contracts';
import { answerErrors, answersPayload, remainingNotice, serverAnswerErrors } from './survey-answers';

const questions: SurveyQuestion[] = [
  { kind: 'rating', key: 'overall', prompt: 'Overall?', required: true, lowLabel: 'Poor', highLabel: 'Great' },
  { kind: 'rating', key: 'informed', prompt: 'Kept informed?', required: false, lowLabel: 'No', highLabel: 'Yes' },
  {
    kind: 'choice',
    key: 'right_level',
    prompt: 'Right level?',
    required: true,
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
  },
  { kind: 'text', key: 'comment', prompt: 'Anything else?', required: false, maxLength: 10 },
];

describe('answersPayload', () => {
  it('sends every question, trimmed text and null for what was left out', () => {
    expect(answersPayload(questions, { overall: 4, right_level: 'no', comment: '  thanks  ' })).toEqual({
      overall: 4,
      informed: null,
      right_level: 'no',
      comment: 'thanks',
    });
  });

  it('drops keys that are not questions and values a question cannot take', () => {
    expect(answersPayload(questions, { overall: 7, right_level: 'maybe', comment: '   ', stray: 'x' })).toEqual({
      overall: null,
      informed: null,
      right_level: null,
      comment: null,
    });
  });
});

describe('answerErrors', () => {
  it('asks for each required answer in words that fit the question', () => {
    expect(answerErrors(questions, { comment: '' })).toEqual({
      overall: 'Please choose a rating from 1 to 5.',
      right_level: 'Please choose one of the options.',
    });
  });

  it('counts text after trimming and says how far over the limit it is', () => {
    const draft = { overall: 5, right_level: 'yes' };
    expect(answerErrors(questions, { ...draft, comment: '  0123456789  ' })).toEqual({});
    expect(answerErrors(questions, { ...draft, comment: '0123456789ab' })).toEqual({
      comment: 'Please shorten your answer to 10 characters (now 12).',
    });
  });

  it('asks for a required text answer that is only spaces', () => {
    const required: SurveyQuestion = { kind: 'text', key: 'why', prompt: 'Why?', required: true, maxLength: 100 };
    expect(answerErrors([required], { why: '   ' })).toEqual({ why: 'Please write an answer.' });
  });
});

describe('serverAnswerErrors', () => {
  it('puts the API’s messages under their question and the rest under the form', () => {
    expect(
      serverAnswerErrors(questions, {
        'answers.overall': 'Expected 1-5',
        'answers.nope': 'Unknown question',
        answers: 'Bad',
      }),
    ).toEqual({ overall: 'Expected 1-5', form: 'Unknown question' });
  });
});

describe('remainingNotice', () => {
  it('stays quiet until the last tenth (at least 20 characters) and counts past the limit', () => {
    expect(remainingNotice(1700, 2000)).toBe('');
    expect(remainingNotice(1800, 2000)).toBe('200 characters left');
    expect(remainingNotice(79, 100)).toBe('');
    expect(remainingNotice(80, 100)).toBe('20 characters left');
    expect(remainingNotice(2003, 2000)).toBe('3 characters over the limit');
  });
});
