import type { SurveyTemplateDefinition } from '@ladder/contracts';
import {
  addOption,
  addQuestion,
  moveQuestion,
  removeOption,
  removeQuestion,
  setCsatQuestion,
  uniqueKey,
  updateOption,
  updateQuestion,
} from './template-draft';
import { NO_CSAT_QUESTION, questionErrorCount, templateErrors, templateWideErrors } from './template-errors';

const seeded: SurveyTemplateDefinition = {
  questions: [
    { kind: 'rating', key: 'overall', prompt: 'Overall?', required: true, lowLabel: 'Poor', highLabel: 'Great' },
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
    { kind: 'text', key: 'comment', prompt: 'Anything else?', required: false, maxLength: 2000 },
  ],
  csatQuestion: 'overall',
};

const keys = (d: SurveyTemplateDefinition) => d.questions.map((q) => q.key);

describe('template draft operations', () => {
  it('picks the next free key', () => {
    expect(uniqueKey(['rating', 'rating_2'], 'rating')).toBe('rating_3');
    expect(uniqueKey(['text'], 'rating')).toBe('rating');
  });

  it('adds a question of each kind with defaults that pass the schema once it has a prompt', () => {
    let draft = addQuestion(addQuestion(addQuestion(seeded, 'rating'), 'choice'), 'text');
    expect(keys(draft)).toEqual(['overall', 'right_level', 'comment', 'rating', 'choice', 'text']);
    expect(draft.csatQuestion).toBe('overall');
    expect(templateErrors(draft)).toEqual({
      'questions.3.prompt': 'Required',
      'questions.4.prompt': 'Required',
      'questions.5.prompt': 'Required',
    });
    for (const i of [3, 4, 5]) draft = updateQuestion(draft, i, { prompt: `Question ${i}` });
    expect(templateErrors(draft)).toEqual({});
  });

  it('makes the first rating the CSAT question when there was none', () => {
    const empty = { questions: [], csatQuestion: '' };
    expect(addQuestion(empty, 'text').csatQuestion).toBe('');
    expect(addQuestion(empty, 'rating').csatQuestion).toBe('rating');
  });

  it('edits only the fields a question has and follows a renamed CSAT key', () => {
    const draft = updateQuestion(seeded, 0, { key: 'satisfaction', maxLength: 5, lowLabel: 'Bad' });
    expect(draft.questions[0]).toEqual({
      kind: 'rating',
      key: 'satisfaction',
      prompt: 'Overall?',
      required: true,
      lowLabel: 'Bad',
      highLabel: 'Great',
    });
    expect(draft.csatQuestion).toBe('satisfaction');
    expect(updateQuestion(seeded, 1, { key: 'level' }).csatQuestion).toBe('overall');
  });

  it('moves questions up and down and ignores moves past either end', () => {
    expect(keys(moveQuestion(seeded, 2, -1))).toEqual(['overall', 'comment', 'right_level']);
    expect(keys(moveQuestion(seeded, 0, 1))).toEqual(['right_level', 'overall', 'comment']);
    expect(moveQuestion(seeded, 0, -1)).toBe(seeded);
    expect(moveQuestion(seeded, 2, 1)).toBe(seeded);
  });

  it('hands the CSAT role to the next rating when its question is removed, or to none', () => {
    const twoRatings = addQuestion(seeded, 'rating');
    expect(removeQuestion(twoRatings, 0)).toEqual(
      expect.objectContaining({ csatQuestion: 'rating', questions: twoRatings.questions.slice(1) }),
    );
    const none = removeQuestion(seeded, 0);
    expect(none.csatQuestion).toBe('');
    expect(templateErrors(none)).toEqual({ csatQuestion: NO_CSAT_QUESTION });
    expect(removeQuestion(seeded, 1).csatQuestion).toBe('overall');
  });

  it('sets the CSAT question, and the schema rejects a choice in that role', () => {
    expect(templateErrors(setCsatQuestion(seeded, 'right_level'))).toEqual({
      csatQuestion: 'must name one of the rating questions',
    });
  });

  it('adds, edits and removes options of a choice question only', () => {
    let draft = addOption(seeded, 1);
    expect(draft.questions[1]).toEqual(
      expect.objectContaining({
        options: [
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
          { value: 'option', label: '' },
        ],
      }),
    );
    expect(templateErrors(draft)).toEqual({ 'questions.1.options.2.label': 'Required' });
    draft = updateOption(draft, 1, 2, { value: 'yes', label: 'Not sure' });
    expect(templateErrors(draft)).toEqual({ 'questions.1.options': 'option values must be unique' });
    draft = removeOption(draft, 1, 0);
    expect(templateErrors(draft)).toEqual({});
    expect(addOption(seeded, 0)).toBe(seeded);
  });
});

describe('template error helpers', () => {
  const errors = {
    'questions.1.prompt': 'Required',
    'questions.1.options.0.label': 'Required',
    'questions.10.key': 'bad',
    questions: 'Add at least 1',
    csatQuestion: 'must name one of the rating questions',
  };

  it('counts a question’s messages without mixing up question 1 and 10', () => {
    expect(questionErrorCount(errors, 1)).toBe(2);
    expect(questionErrorCount(errors, 10)).toBe(1);
    expect(questionErrorCount(errors, 0)).toBe(0);
  });

  it('lists what concerns the template as a whole', () => {
    expect(templateWideErrors(errors)).toEqual(['Questions: Add at least 1']);
    expect(templateErrors({ questions: [], csatQuestion: '' })).toEqual({
      questions: 'Add at least 1',
      csatQuestion: NO_CSAT_QUESTION,
    });
  });
});
