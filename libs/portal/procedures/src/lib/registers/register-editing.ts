import type { ErrorStateMatcher } from '@angular/material/core';
import { type FieldErrors, toApiError } from '@ladder/portal/core';

/** Why a save did not go through, for the dialog that reopens with what the user typed. */
export interface EditProblem {
  message: string;
  fields: FieldErrors;
}

export type SaveOutcome = { saved: true } | { saved: false; problem: EditProblem; retry: boolean };

/**
 * A failed save in words. A 400 (field errors) and a 409 (someone changed the entry meanwhile) can be fixed and
 * retried with what the user typed; anything else cannot.
 */
export function saveFailure(error: unknown, noun: string): SaveOutcome {
  const apiError = toApiError(error);
  if (apiError.code === 'stale_version') {
    const message = `Someone changed this ${noun} while you were editing. The register is reloaded; your changes are kept below: check them and save again.`;
    return { saved: false, retry: true, problem: { message, fields: {} } };
  }
  if (apiError.code === 'validation_failed') {
    return { saved: false, retry: true, problem: { message: apiError.message, fields: apiError.fieldErrors } };
  }
  if (apiError.code === 'not_found') {
    return { saved: false, retry: false, problem: { message: `This ${noun} was deleted meanwhile.`, fields: {} } };
  }
  return { saved: false, retry: false, problem: { message: apiError.message, fields: apiError.fieldErrors } };
}

/**
 * Opens the edit dialog until the save goes through, the user cancels, or the failure cannot be fixed by editing;
 * each reopening shows what was typed and why it did not save. Returns the problem that ended it, if any.
 */
export async function editUntilSaved<V>(
  initial: V,
  open: (value: V, problem: EditProblem | null) => Promise<V | undefined>,
  save: (value: V) => Promise<SaveOutcome>,
): Promise<EditProblem | null> {
  let value = initial;
  let problem: EditProblem | null = null;
  for (;;) {
    const typed = await open(value, problem);
    if (typed === undefined) return null;
    const outcome = await save(typed);
    if (outcome.saved) return null;
    if (!outcome.retry) return outcome.problem;
    value = typed;
    problem = outcome.problem;
  }
}

/** Shows a field in error when the API named it, or when it is invalid once touched. */
export function fieldErrorMatcher(fields: FieldErrors, path: string): ErrorStateMatcher {
  return {
    isErrorState: (control) => fields[path] !== undefined || Boolean(control?.invalid && control.touched),
  };
}
