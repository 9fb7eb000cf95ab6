import type { SurveyAnswers, SurveyQuestion, SurveyTemplateDefinition } from '@ladder/contracts';

export type AnswerValue = number | string;

export type CheckedAnswers =
  | { valid: true; answers: Record<string, AnswerValue>; overall: number | null }
  | { valid: false; fields: Record<string, string[]> };

/** Why one answer does not fit its question, or null when it does. */
function problemWith(question: SurveyQuestion, value: AnswerValue): string | null {
  switch (question.kind) {
    case 'rating':
      return Number.isInteger(value) && Number(value) >= 1 && Number(value) <= 5
        ? null
        : 'must be a whole number from 1 to 5';
    case 'choice':
      return question.options.some((o) => o.value === value)
        ? null
        : `must be one of: ${question.options.map((o) => o.value).join(', ')}`;
    case 'text':
      if (typeof value !== 'string') return 'must be text';
      return value.length <= question.maxLength ? null : `must be at most ${question.maxLength} characters`;
  }
}

/** Null, a missing key and blank text all mean "not answered". */
function given(value: SurveyAnswers[string] | undefined): AnswerValue | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  return value;
}

/**
 * Checks a stakeholder's answers against the questions of their invitation's template version. What is kept: each
 * answered question's value (text trimmed); skipped optional questions are left out. `overall` is the CSAT rating.
 */
export function checkAnswers(definition: SurveyTemplateDefinition, answers: SurveyAnswers): CheckedAnswers {
  const fields: Record<string, string[]> = {};
  const kept: Record<string, AnswerValue> = {};
  const known = new Set(definition.questions.map((q) => q.key));
  for (const key of Object.keys(answers).filter((k) => !known.has(k))) {
    fields[`answers.${key}`] = ['is not a question of this survey'];
  }
  for (const question of definition.questions) {
    const value = given(answers[question.key]);
    const problem =
      value === null ? (question.required ? 'an answer is required' : null) : problemWith(question, value);
    if (problem) fields[`answers.${question.key}`] = [problem];
    else if (value !== null) kept[question.key] = value;
  }
  if (Object.keys(fields).length > 0) return { valid: false, fields };
  const overall = kept[definition.csatQuestion];
  return { valid: true, answers: kept, overall: typeof overall === 'number' ? overall : null };
}
