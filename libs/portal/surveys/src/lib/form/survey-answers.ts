import type { SurveyAnswers, SurveyQuestion } from '@ladder/contracts';
import type { PathErrors } from '../shared/schema-errors';

/** What the respondent has entered so far, per question key; null for nothing yet. */
export type AnswerDraft = Readonly<Record<string, number | string | null>>;

export const RATINGS = [1, 2, 3, 4, 5] as const;

/** Question key -> the message shown under that question. */
export type AnswerErrors = PathErrors;

function textOf(draft: AnswerDraft, key: string): string {
  const value = draft[key];
  return typeof value === 'string' ? value.trim() : '';
}

/** The answers to send: one entry per question, trimmed text, and null for whatever was left out. */
export function answersPayload(questions: readonly SurveyQuestion[], draft: AnswerDraft): SurveyAnswers {
  const answers: Record<string, number | string | null> = {};
  for (const q of questions) {
    const value = draft[q.key];
    if (q.kind === 'rating') {
      answers[q.key] = typeof value === 'number' && RATINGS.includes(value as 1) ? value : null;
    } else if (q.kind === 'choice') {
      answers[q.key] = q.options.some((o) => o.value === value) ? (value as string) : null;
    } else {
      answers[q.key] = textOf(draft, q.key) || null;
    }
  }
  return answers;
}

/** The same checks the API makes, worded for the respondent, so most mistakes never leave the phone. */
export function answerErrors(questions: readonly SurveyQuestion[], draft: AnswerDraft): AnswerErrors {
  const payload = answersPayload(questions, draft);
  const errors: Record<string, string> = {};
  for (const q of questions) {
    if (q.kind === 'text') {
      const length = textOf(draft, q.key).length;
      if (length > q.maxLength)
        errors[q.key] = `Please shorten your answer to ${q.maxLength} characters (now ${length}).`;
      else if (q.required && length === 0) errors[q.key] = 'Please write an answer.';
    } else if (q.required && payload[q.key] === null) {
      errors[q.key] = q.kind === 'rating' ? 'Please choose a rating from 1 to 5.' : 'Please choose one of the options.';
    }
  }
  return errors;
}

/** The API's 400 details (`answers.<key>` or `<key>`) as messages under the questions; anything else under `form`. */
export function serverAnswerErrors(questions: readonly SurveyQuestion[], fieldErrors: PathErrors): AnswerErrors {
  const keys = new Set(questions.map((q) => q.key));
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors)) {
    const key = path.replace(/^answers\.?/, '');
    errors[keys.has(key) ? key : 'form'] ??= message;
  }
  return errors;
}

/** Said to screen readers only near the limit, so typing is not drowned in announcements. */
export function remainingNotice(length: number, maxLength: number): string {
  const left = maxLength - length;
  if (left < 0) return `${-left} characters over the limit`;
  return left <= Math.max(20, Math.floor(maxLength / 10)) ? `${left} characters left` : '';
}
