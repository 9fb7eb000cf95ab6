import { SubmitFeedbackSchema, SurveyTemplateDefinitionSchema } from '@ladder/contracts';
import { checkWith, withoutPrefix } from './schema-errors';

describe('checkWith', () => {
  it('gives the parsed, trimmed value when valid', () => {
    expect(checkWith(SubmitFeedbackSchema, { topic: 'tooling', body: '  More filters  ' })).toEqual({
      ok: true,
      data: { topic: 'tooling', body: 'More filters' },
    });
  });

  it('keys friendly messages by path and keeps the contract’s own messages', () => {
    const checked = checkWith(SurveyTemplateDefinitionSchema, {
      questions: [
        { kind: 'text', key: 'Bad Key', prompt: ' ', required: false, maxLength: 5 },
        { kind: 'choice', key: 'c', prompt: 'Pick', required: true, options: [{ value: 'a', label: 'A' }] },
      ],
      csatQuestion: 'c',
    });
    expect(checked).toEqual({
      ok: false,
      errors: {
        'questions.0.key': 'lower-case letters, digits and _, starting with a letter, at most 40',
        'questions.0.prompt': 'Required',
        'questions.0.maxLength': 'At least 10',
        'questions.1.options': 'Add at least 2',
        csatQuestion: 'must name one of the rating questions',
      },
    });
  });

  it('says a number is expected when a number field is empty', () => {
    const checked = checkWith(SurveyTemplateDefinitionSchema, {
      questions: [{ kind: 'text', key: 'free', prompt: 'Tell us', required: false, maxLength: null }],
      csatQuestion: 'free',
    });
    expect(checked.ok || checked.errors['questions.0.maxLength']).toBe('Enter a number');
  });
});

describe('withoutPrefix', () => {
  it('strips the body field and keeps other paths', () => {
    expect(
      withoutPrefix({ 'definition.questions.0.key': 'bad', definition: 'whole', version: 'stale' }, 'definition'),
    ).toEqual({
      'questions.0.key': 'bad',
      '': 'whole',
      version: 'stale',
    });
  });
});
