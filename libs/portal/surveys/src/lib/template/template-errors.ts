import { SurveyTemplateDefinitionSchema } from '@ladder/contracts';
import { checkWith, type PathErrors } from '../shared/schema-errors';
import type { TemplateDraft } from './template-draft';

/** The contract's own checks on the draft, keyed by path (`questions.2.options.0.label`, `csatQuestion`). */
export function templateErrors(draft: TemplateDraft): PathErrors {
  const checked = checkWith(SurveyTemplateDefinitionSchema, draft);
  if (checked.ok) return {};
  // No CSAT question chosen reads better than the key pattern it fails.
  return draft.csatQuestion === '' ? { ...checked.errors, csatQuestion: NO_CSAT_QUESTION } : checked.errors;
}

export const NO_CSAT_QUESTION = 'Choose the rating that measures overall satisfaction';

/** The messages about one question, its options included, for the question's header. */
export function questionErrorCount(errors: PathErrors, index: number): number {
  const prefix = `questions.${index}.`;
  return Object.keys(errors).filter((path) => path.startsWith(prefix)).length;
}

/** Messages about the template as a whole rather than a field of a question. */
export function templateWideErrors(errors: PathErrors): string[] {
  return Object.entries(errors)
    .filter(([path]) => !/^questions\.\d+\./.test(path) && path !== 'csatQuestion')
    .map(([path, message]) => (path === 'questions' ? `Questions: ${message}` : message));
}
