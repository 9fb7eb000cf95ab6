import type {
  ChoiceQuestion,
  RatingQuestion,
  SurveyQuestion,
  SurveyTemplateDefinition,
  TextQuestion,
} from '@ladder/contracts';

/** The template being edited. It may be invalid while the user types; the schema says what to fix. */
export type TemplateDraft = SurveyTemplateDefinition;
export type QuestionKind = SurveyQuestion['kind'];

/** Edits that apply to any kind of question; the kind itself never changes (remove and add instead). */
export type QuestionPatch = Partial<
  Omit<RatingQuestion, 'kind'> & Omit<ChoiceQuestion, 'kind'> & Omit<TextQuestion, 'kind'>
>;

export const KIND_LABEL: Readonly<Record<QuestionKind, string>> = {
  rating: 'Rating 1-5',
  choice: 'Choice',
  text: 'Free text',
};

/** `base`, or `base_2`, `base_3`... whichever is not taken yet. */
export function uniqueKey(taken: readonly string[], base: string): string {
  if (!taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}_${n}`)) n++;
  return `${base}_${n}`;
}

export function newQuestion(kind: QuestionKind, taken: readonly string[]): SurveyQuestion {
  const common = { key: uniqueKey(taken, kind), prompt: '', required: false };
  switch (kind) {
    case 'rating':
      return { ...common, kind, lowLabel: 'Very poor', highLabel: 'Excellent' };
    case 'choice':
      return {
        ...common,
        kind,
        options: [
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ],
      };
    case 'text':
      return { ...common, kind, maxLength: 2000 };
  }
}

export function addQuestion(draft: TemplateDraft, kind: QuestionKind): TemplateDraft {
  const question = newQuestion(
    kind,
    draft.questions.map((q) => q.key),
  );
  // The first rating becomes the CSAT question when none is chosen yet.
  const csatQuestion = draft.csatQuestion === '' && kind === 'rating' ? question.key : draft.csatQuestion;
  return { questions: [...draft.questions, question], csatQuestion };
}

/** Applies only the fields the question's kind has; renaming the CSAT question's key keeps it the CSAT question. */
export function updateQuestion(draft: TemplateDraft, index: number, patch: QuestionPatch): TemplateDraft {
  const current = draft.questions[index];
  if (!current) return draft;
  const updated = Object.fromEntries(
    Object.entries(current).map(([field, value]) => [
      field,
      field in patch && field !== 'kind' ? patch[field as keyof QuestionPatch] : value,
    ]),
  ) as SurveyQuestion;
  const csatQuestion = draft.csatQuestion === current.key ? updated.key : draft.csatQuestion;
  return { questions: draft.questions.map((q, i) => (i === index ? updated : q)), csatQuestion };
}

/** Moves a question up (-1) or down (+1); beyond either end nothing changes. */
export function moveQuestion(draft: TemplateDraft, index: number, by: -1 | 1): TemplateDraft {
  const target = index + by;
  const moving = draft.questions[index];
  const other = draft.questions[target];
  if (!moving || !other) return draft;
  const questions = [...draft.questions];
  questions[index] = other;
  questions[target] = moving;
  return { ...draft, questions };
}

/** Removing the CSAT question hands the role to the first remaining rating, or to none. */
export function removeQuestion(draft: TemplateDraft, index: number): TemplateDraft {
  const removed = draft.questions[index];
  if (!removed) return draft;
  const questions = draft.questions.filter((_, i) => i !== index);
  const csatQuestion =
    removed.key === draft.csatQuestion ? (questions.find((q) => q.kind === 'rating')?.key ?? '') : draft.csatQuestion;
  return { questions, csatQuestion };
}

export function setCsatQuestion(draft: TemplateDraft, key: string): TemplateDraft {
  return { ...draft, csatQuestion: key };
}

function updateOptions(
  draft: TemplateDraft,
  index: number,
  change: (options: ChoiceQuestion['options']) => ChoiceQuestion['options'],
): TemplateDraft {
  const question = draft.questions[index];
  if (question?.kind !== 'choice') return draft;
  return updateQuestion(draft, index, { options: change(question.options) });
}

export function addOption(draft: TemplateDraft, index: number): TemplateDraft {
  return updateOptions(draft, index, (options) => [
    ...options,
    {
      value: uniqueKey(
        options.map((o) => o.value),
        'option',
      ),
      label: '',
    },
  ]);
}

export function updateOption(
  draft: TemplateDraft,
  index: number,
  optionIndex: number,
  patch: Partial<ChoiceQuestion['options'][number]>,
): TemplateDraft {
  return updateOptions(draft, index, (options) => options.map((o, i) => (i === optionIndex ? { ...o, ...patch } : o)));
}

export function removeOption(draft: TemplateDraft, index: number, optionIndex: number): TemplateDraft {
  return updateOptions(draft, index, (options) => options.filter((_, i) => i !== optionIndex));
}
