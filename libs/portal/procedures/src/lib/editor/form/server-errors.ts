import type { ApiError } from '@ladder/portal/core';
import type { PathErrors } from './draft-errors';

/** A reference check's problem: its path is inside the definition ("levels.0.teamIds.1"). */
interface Problem {
  path: string;
  message: string;
}

function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const { path, message } = value as Partial<Record<keyof Problem, unknown>>;
  return typeof path === 'string' && typeof message === 'string';
}

function problemsOf(details: unknown): Problem[] {
  const problems: unknown =
    typeof details === 'object' && details !== null && 'problems' in details ? details.problems : null;
  return Array.isArray(problems) ? problems.filter(isProblem) : [];
}

/**
 * A 400 as field errors keyed like the form: the body's validation paths as they are, the definition's reference
 * problems under `definition.`; the message itself under "" when nothing names a field.
 */
export function serverErrors(error: ApiError): PathErrors {
  const errors: Record<string, string> = { ...error.fieldErrors };
  for (const problem of problemsOf(error.details)) errors[`definition.${problem.path}`] ??= problem.message;
  return Object.keys(errors).length ? errors : { '': error.message };
}
