import {
  type ChoiceQuestion,
  type QuestionDistribution,
  type SurveyQuestion,
  SurveyTemplateDefinitionSchema,
} from '@ladder/contracts';
import type { SurveyAnswerRow, SurveyTemplateRow } from './surveys.sql';

type Option = QuestionDistribution['options'][number];

const RATINGS = ['1', '2', '3', '4', '5'];

/**
 * A question key as the report shows it: worded as the newest version that has it; a choice's options are the newest
 * version's, then those only older versions offered (an answer keeps the option it was given).
 */
interface MergedQuestion {
  question: SurveyQuestion;
  options: Option[];
}

function optionsOf(question: SurveyQuestion): Option[] {
  switch (question.kind) {
    case 'rating':
      return RATINGS.map((value) => ({
        value,
        label: value === '1' ? `1 (${question.lowLabel})` : value === '5' ? `5 (${question.highLabel})` : value,
      }));
    case 'choice':
      return question.options.map((option) => ({ value: option.value, label: option.label }));
    case 'text':
      return [];
  }
}

/** The questions of the versions given, newest version's order first, then keys only older versions asked. */
export function mergeQuestions(templates: readonly SurveyTemplateRow[]): MergedQuestion[] {
  const newestFirst = [...templates].sort((a, b) => b.version - a.version);
  const merged = new Map<string, MergedQuestion>();
  for (const template of newestFirst) {
    for (const question of SurveyTemplateDefinitionSchema.parse(template.definition).questions) {
      const known = merged.get(question.key);
      if (!known) merged.set(question.key, { question, options: optionsOf(question) });
      else if (known.question.kind === 'choice' && question.kind === 'choice') addOlderOptions(known, question);
    }
  }
  return [...merged.values()];
}

function addOlderOptions(known: MergedQuestion, older: ChoiceQuestion): void {
  for (const option of older.options) {
    if (!known.options.some((o) => o.value === option.value)) known.options.push(option);
  }
}

/**
 * Each question's answers overall and per group (every group of the report, in its order): counts aligned with the
 * options, or for text the one count of answers given. Answers recorded under another kind than the question's
 * newest one are left out.
 */
export function toQuestions(
  templates: readonly SurveyTemplateRow[],
  answers: readonly SurveyAnswerRow[],
  groups: readonly { key: string; label: string }[],
): QuestionDistribution[] {
  return mergeQuestions(templates).map(({ question, options }) => {
    const mine = answers.filter((row) => row.key === question.key && row.kind === question.kind);
    const countsOf = (rows: readonly SurveyAnswerRow[]) => {
      if (question.kind === 'text') return [rows.reduce((sum, row) => sum + row.count, 0)];
      return options.map((option) =>
        rows.filter((row) => valueOf(row) === option.value).reduce((sum, row) => sum + row.count, 0),
      );
    };
    const sum = (counts: number[]) => counts.reduce((total, count) => total + count, 0);
    const counts = countsOf(mine);
    return {
      key: question.key,
      prompt: question.prompt,
      kind: question.kind,
      options,
      responses: sum(counts),
      counts,
      groups: groups.map((group) => {
        const groupCounts = countsOf(mine.filter((row) => row.group_key === group.key));
        return { key: group.key, label: group.label, responses: sum(groupCounts), counts: groupCounts };
      }),
    };
  });
}

/** A rating as its option value ("4" also for 4.0 in JSON); a choice as given. */
function valueOf(row: SurveyAnswerRow): string | null {
  return row.kind === 'rating' && row.value !== null ? String(Number(row.value)) : row.value;
}
